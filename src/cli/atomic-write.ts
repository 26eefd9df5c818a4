/**
 * Atomic file output: everything is written to a temporary file beside the target, which is
 * renamed over the target only when complete, so a killed run or a full disk never leaves a
 * half-written file. The temporary file is removed on any exit, a signal's included
 * (exit-cleanup.ts).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { open, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { removeOnExit } from "./exit-cleanup.js";

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const forget = removeOnExit(temp);
  await renameOrRemove(temp, target, forget, () => writeFile(temp, data, { flag: "wx" }));
}

/** Writes (if asked) and renames the temp file onto the target; on any failure removes it. */
async function renameOrRemove(temp: string, target: string, forget: () => void, write?: () => Promise<void>): Promise<void> {
  try {
    if (write) await write();
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
  /** Flushes and closes (and renames into place); rejects with the first error. */
  commit(): Promise<void>;
  /** Closes without committing: a temporary file is removed. */
  abort(): Promise<void>;
}

/** Watches a write stream for its first error, so that nothing throws and nothing is missed. */
export function watchedStream(stream: WriteStream, finish: () => Promise<void>, discard: () => Promise<void>): OutputStream {
  let first: Error | undefined;
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => (fail = resolve));
  stream.on("error", (error) => {
    first ??= error;
    fail(first);
  });
  const closed = (): Promise<void> =>
    new Promise((resolve) => {
      if (stream.closed) return resolve();
      stream.once("close", () => resolve());
      stream.end();
    });
  return {
    stream,
    error: () => first,
    failed,
    async commit() {
      if (first) throw first;
      await closed();
      if (first) throw first;
      await finish();
    },
    async abort() {
      stream.destroy();
      await closed();
      await discard();
    },
  };
}

/** Opens the temporary file at once, so a missing or read-only folder fails before any work. */
export async function openAtomicStream(target: string): Promise<OutputStream> {
  const temp = tempPathFor(target);
  const forget = removeOnExit(temp);
  let handle;
  try {
    handle = await open(temp, "wx");
  } catch (error) {
    forget();
    throw error;
  }
  const stream = createWriteStream(temp, { fd: handle });
  return watchedStream(
    stream,
    () => renameOrRemove(temp, target, forget),
    async () => {
      await unlink(temp).catch(() => undefined);
      forget();
    },
  );
}
