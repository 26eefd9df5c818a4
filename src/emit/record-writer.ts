/** The interface every output format implements: records go in as each file is done. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";

export interface RecordWriter {
  /** Writes the records of one file. */
  write(records: readonly PeRecord[]): void;
  /** Closes the output (a JSON array's `]}`, the CSV stream) and resolves when it is flushed. */
  end(): Promise<void>;
}

/** Resolves once `out` has taken everything written so far (its buffer drained). */
export function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      out.off("drain", done);
      out.off("close", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    out.on("error", done);
  });
}
