/**
 * Where `-o PATH` writes. A regular file or a new path is written atomically (a temporary file
 * beside it, renamed into place); a device (`/dev/null`), a FIFO or a `/dev/fd/N` pipe
 * (`-o >(gzip)`) is written directly, since renaming over it would replace it with a plain file;
 * a symbolic link is followed, so the file it points to is replaced and the link kept. An output
 * that is one of the inputs is refused: writing it would destroy the dump being read.
 */
import { createWriteStream, statSync, type Stats } from "node:fs";
import { lstat, open, readlink, realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { openAtomicStream, watchedStream, type OutputStream } from "./atomic-write.js";
import { describeFsError } from "./describe-fs-error.js";

/** An output that cannot be written: `path: reason`, reported as a refused write (exit 2). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** The one identity of a file whatever the path to it: device and inode. */
export const fileIdentity = (info: Pick<Stats, "dev" | "ino">): string => `${info.dev}:${info.ino}`;

/** The identities of the input files that exist (a path that does not is reported elsewhere). */
export function inputIdentities(paths: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    try {
      ids.add(fileIdentity(statSync(path)));
    } catch {
      // unreadable: nothing to protect
    }
  }
  return ids;
}

/** Where a new file at `path` goes: through a dangling link, at the file it names. */
async function followLinks(path: string): Promise<string> {
  let at = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(at);
    } catch {
      return at;
    }
    if (!info.isSymbolicLink()) return at;
    at = resolve(dirname(at), await readlink(at));
  }
  throw Object.assign(new Error("symbolic link loop"), { code: "ELOOP" });
}

export async function openOutput(path: string, inputs: ReadonlySet<string>): Promise<OutputStream> {
  try {
    // stat follows links the kernel's way, which also reads `/dev/fd/63` (a link to `pipe:[…]`).
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info?.isDirectory()) throw new OutputError(path, "is a directory");
    if (info && inputs.has(fileIdentity(info))) throw new OutputError(path, "is one of the inputs; not overwritten");
    if (info && !info.isFile()) {
      const handle = await open(path, "w");
      return watchedStream(createWriteStream(path, { fd: handle }), async () => undefined, async () => undefined);
    }
    // The temporary file goes beside the file itself, so the rename replaces it, not a link to it.
    return await openAtomicStream(info ? await realpath(path) : await followLinks(path));
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(path, describeFsError(error));
  }
}
