/**
 * Atomic file output: everything is written to a temporary file beside the target, which is
 * renamed over the target only when complete, so a killed run or a full disk never leaves a
 * half-written file. The temporary file is removed on any exit, a signal's included
 * (exit-cleanup.ts).
 */
import { closeSync, createWriteStream, fchmodSync, openSync, unlinkSync, writeFileSync } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { removeOnExit } from "./exit-cleanup.js";

/** Temporary files made by this process so far: two writes of one target in the same millisecond
 *  (`--split --force` over files that give the same names) must not share a temporary path, or the
 *  first to finish would take the other's off the exit clean-up's list. */
let temporaries = 0;

function tempPathFor(target: string): string {
  temporaries++;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${temporaries.toString(36)}.${Date.now().toString(36)}.tmp`);
}

/**
 * Writes a new temporary file whole, through the descriptor that created it, on this thread: an
 * asynchronous write reopens the file by its path on libuv's thread pool, and a reopen under way
 * when a signal came created the file again after the exit clean-up had removed it (a SIGHUP during
 * `--split` left one in CI). The file is small; on failure it is removed and the error thrown.
 */
export function writeTemporary(temp: string, data: string | Uint8Array): void {
  const fd = createTemporary(temp);
  try {
    writeFileSync(fd, data);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
}

/** `writeTemporary`, the file removed on any exit until the returned function is called. */
export function writeTemporaryRemovedOnExit(temp: string, data: string | Uint8Array): () => void {
  const forget = removeOnExit(temp);
  try {
    writeTemporary(temp, data);
  } catch (error) {
    forget();
    throw error;
  }
  return forget;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  await renameOrRemove(temp, target, writeTemporaryRemovedOnExit(temp, data));
}

/**
 * Creates the temporary file on this thread. Created on libuv's thread pool, a file whose open was
 * under way when a signal came could appear after the exit clean-up had run, and stay behind (a
 * SIGHUP during `--split` left one); the clean-up runs on this thread, so it now sees every file
 * created before it, and none is created after it.
 */
function createTemporary(temp: string, mode?: number): number {
  const fd = openSync(temp, "wx", mode === undefined ? undefined : mode & 0o7777);
  if (mode === undefined) return fd;
  try {
    fchmodSync(fd, mode & 0o7777); // whatever the umask says
    return fd;
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
}

/** Renames the temp file onto the target; on failure removes it. */
async function renameOrRemove(temp: string, target: string, forget: () => void): Promise<void> {
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    forget();
  }
}

/** A stream of output that may fail midway (a full disk): the failure is kept, not thrown. */
export interface OutputStream {
  readonly stream: Writable;
  /** The first error writing the stream, once there is one. */
  error(): Error | undefined;
  /** Settles with the first error writing the stream (and never if there is none). */
  readonly failed: Promise<Error>;
  /** Flushes and closes; rejects with the first error. Nothing is in place yet. */
  flush(): Promise<void>;
  /** Puts a flushed output in place (renames a temporary file over its target). */
  publish(): Promise<void>;
  /** `flush` then `publish`. */
  commit(): Promise<void>;
  /** Closes without committing: a temporary file is removed. */
  abort(): Promise<void>;
}

/**
 * Watches a write stream for its first error, so that nothing throws and nothing is missed.
 * `until`: what a flush waits for — "close" for a file this run opened (a close can still fail),
 * "finish" for a descriptor it only borrows (`-o /dev/fd/3`), which it never closes.
 */
export function watchedStream(
  stream: Writable,
  finish: () => Promise<void>,
  discard: () => Promise<void>,
  until: "close" | "finish" = "close",
): OutputStream {
  let first: Error | undefined;
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => (fail = resolve));
  stream.on("error", (error) => {
    first ??= error;
    fail(first);
  });
  const settled = (): Promise<void> =>
    new Promise((resolve) => {
      if (stream.closed || (until === "finish" && stream.writableFinished)) return resolve();
      const done = (): void => {
        stream.off("close", done);
        stream.off(until, done);
        stream.off("error", done);
        resolve();
      };
      stream.once("close", done);
      stream.once(until, done);
      stream.once("error", done);
      if (!stream.destroyed) stream.end();
    });
  const output: OutputStream = {
    stream,
    error: () => first,
    failed,
    async flush() {
      if (first) throw first;
      await settled();
      if (first) throw first;
    },
    publish: finish,
    async commit() {
      await output.flush();
      await output.publish();
    },
    async abort() {
      // A borrowed descriptor (standard output among them) is left open: only what this run opened is closed.
      if (until === "close") {
        stream.destroy();
        await settled();
      }
      await discard();
    },
  };
  return output;
}

/**
 * Opens the temporary file at once, so a missing or read-only folder fails before any work.
 * `mode`: the permissions of the file it replaces, kept (a private 0600 file stays private).
 */
export async function openAtomicStream(target: string, mode?: number): Promise<OutputStream> {
  const temp = tempPathFor(target);
  const forget = removeOnExit(temp);
  let fd: number;
  try {
    fd = createTemporary(temp, mode);
  } catch (error) {
    forget();
    throw error;
  }
  const stream = createWriteStream(temp, { fd });
  return watchedStream(
    stream,
    () => renameOrRemove(temp, target, forget),
    async () => {
      await unlink(temp).catch(() => undefined);
      forget();
    },
  );
}
