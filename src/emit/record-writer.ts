/** The interface every output format implements: records go in as each file is done. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";

export interface RecordWriter {
  /** Writes records. */
  write(records: readonly PeRecord[]): void;
  /** Writes records already turned into JSON text (one `JSON.stringify(record)` each), when the
   *  format is made of such text: lets worker threads do the serialising. */
  writeSerialized?(jsons: readonly string[]): void;
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
