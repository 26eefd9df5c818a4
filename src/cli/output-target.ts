/**
 * Where an output file of the run (`-o PATH`, `--diagnostics PATH`, `explain --html PATH`) goes.
 * A regular file or a new path is written atomically (a temporary file beside it, renamed into
 * place); a device (`/dev/null`), a FIFO or a pipe is written directly, since renaming over it
 * would replace it with a plain file; a path naming one of this process's descriptors
 * (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`, as `-o >(gzip)` passes) is written through
 * that descriptor, never reopened or renamed over (`-o /dev/stdout >> log` appends); a symbolic
 * link is followed, so the file it points to is replaced and the link kept. An output that is
 * one of the inputs, or the same file as another output of the run, is refused: writing it would
 * destroy the dump being read, or one output would silently replace the other.
 */
import { createWriteStream, fstatSync, statSync, type Stats } from "node:fs";
import { lstat, open, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
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

/**
 * The identities of the inputs that exist (a path that does not is reported elsewhere), standard
 * input's too when it is read and is a file (`pe-parse - -o notice.txt < notice.txt`).
 */
export function inputIdentities(paths: readonly string[], readsStdin = false): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    try {
      ids.add(fileIdentity(statSync(path)));
    } catch {
      // unreadable: nothing to protect
    }
  }
  if (readsStdin) {
    const info = descriptorInfo(0);
    if (info?.isFile()) ids.add(fileIdentity(info));
  }
  return ids;
}

/** What a descriptor of this process is, if it is open. */
export function descriptorInfo(fd: number): Stats | undefined {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`: a name of an open descriptor of this process. */
const DESCRIPTOR = /^\/(?:dev\/(?:fd\/(\d+)|std(in|out|err))|proc\/(?:self|thread-self|(\d+))\/fd\/(\d+))$/;

function descriptorOf(path: string): number | undefined {
  const m = DESCRIPTOR.exec(path);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return ["in", "out", "err"].indexOf(m[2]);
  if (m[3] !== undefined && Number(m[3]) !== process.pid) return undefined;
  return Number(m[4]);
}

/**
 * Where a path leads, its links followed one at a time: to a descriptor of this process (a link
 * to `/dev/stdout` as well as the name itself), or to the path of the file itself, which may not
 * exist yet (a dangling link names where the new file goes).
 */
async function follow(path: string): Promise<{ fd: number } | { path: string }> {
  let at = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const fd = descriptorOf(at);
    if (fd !== undefined) return { fd };
    let info;
    try {
      info = await lstat(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { path: at };
      throw error;
    }
    if (!info.isSymbolicLink()) return { path: at };
    at = resolve(dirname(at), await readlink(at));
  }
  throw Object.assign(new Error("symbolic link loop"), { code: "ELOOP" });
}

/** An output opened: where it writes, and the identity of what it writes (for collisions). */
export interface OpenedOutput {
  /** The stream to write to; undefined for standard output itself (`-o /dev/stdout` is `-o -`). */
  readonly output: OutputStream | undefined;
  /** Device and inode of an existing file, else `path:` and its real path once created. */
  readonly identity: string;
}

/**
 * Opens `path` for output. `taken`: the identities no output may have (the inputs, with the
 * reason), and where this output is added, so a second output of the same file is refused.
 */
export async function openOutput(path: string, taken: Map<string, string>): Promise<OpenedOutput> {
  const claim = (identity: string): void => {
    const owner = taken.get(identity);
    if (owner !== undefined) throw new OutputError(path, `${owner}; not overwritten`);
    taken.set(identity, `is the same file as ${path}`);
  };
  try {
    const where = await follow(path);
    if ("fd" in where) {
      const info = descriptorInfo(where.fd);
      if (!info) throw Object.assign(new Error("bad file descriptor"), { code: "EBADF" });
      const identity = fileIdentity(info);
      claim(identity);
      if (where.fd === 1) return { output: undefined, identity };
      const stream = createWriteStream("", { fd: where.fd, autoClose: false });
      return { output: watchedStream(stream, async () => undefined, async () => undefined, "finish"), identity };
    }
    const info = await stat(where.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info?.isDirectory()) throw new OutputError(path, "is a directory");
    if (info && !info.isFile()) {
      claim(fileIdentity(info));
      const handle = await open(where.path, "w");
      return { output: watchedStream(createWriteStream(where.path, { fd: handle }), async () => undefined, async () => undefined), identity: fileIdentity(info) };
    }
    // The temporary file goes beside the file itself, so the rename replaces it, not a link to it.
    const identity = info ? fileIdentity(info) : `path:${join(await realpath(dirname(where.path)), basename(where.path))}`;
    claim(identity);
    return { output: await openAtomicStream(where.path, info?.mode), identity };
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(path, describeFsError(error));
  }
}

/** The identities an output may not take: each input, as "is one of the inputs". */
export function protectedInputs(ids: Iterable<string>): Map<string, string> {
  const taken = new Map<string, string>();
  for (const id of ids) taken.set(id, "is one of the inputs");
  return taken;
}

/**
 * Writes `data` to `path` as `-o` would (devices directly, links followed, never one of
 * `inputs`; `/dev/stdout` is `stdout`); throws OutputError.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, inputs: readonly string[], stdout: Writable): Promise<void> {
  const { output } = await openOutput(path, protectedInputs(inputIdentities(inputs)));
  const target = output?.stream ?? stdout;
  target.write(data);
  if (!output) return;
  try {
    await output.commit();
  } catch (error) {
    await output.abort();
    throw new OutputError(path, describeFsError(error));
  }
}
