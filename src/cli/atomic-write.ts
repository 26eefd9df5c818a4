/**
 * Atomic file output: everything is written to a temporary file beside the target, which is
 * renamed over the target only when complete, so a killed run never leaves a half-written file.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export interface AtomicStream {
  readonly stream: WriteStream;
  /** Flushes, closes and renames into place. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file. */
  abort(): Promise<void>;
}

export function openAtomicStream(target: string): AtomicStream {
  const temp = tempPathFor(target);
  const stream = createWriteStream(temp, { flags: "wx" });
  const closed = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.once("error", reject);
      stream.end(() => resolve());
    });
  return {
    stream,
    async commit() {
      await closed();
      await rename(temp, target);
    },
    async abort() {
      await closed().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}
