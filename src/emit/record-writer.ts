/** The interface every output format implements: records go in as each file is done. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";

export interface RecordWriter {
  /** Writes records. */
  write(records: readonly PeRecord[]): void;
  /** Writes `count` records already turned into UTF-8 JSON text, each `JSON.stringify(record)`
   *  and joined by `RECORD_SEPARATOR[format]`, when the format is made of such text: lets worker
   *  threads serialise and encode, and hand the bytes over without a copy. */
  writeEncoded?(bytes: Uint8Array, count: number): void;
  /** Closes the output (a JSON array's `]}`, the CSV stream) and resolves when it is flushed. */
  end(): Promise<void>;
}

/** How the JSON texts of a run of records are joined, in the formats made of them. */
export const RECORD_SEPARATOR = { ndjson: "\n", json: ",\n" } as const;
export type EncodedFormat = keyof typeof RECORD_SEPARATOR;

/** Records as the UTF-8 text `writeEncoded` takes. */
export function encodeRecords(records: readonly PeRecord[], format: EncodedFormat): Uint8Array {
  let text = "";
  for (let i = 0; i < records.length; i++) text += (i === 0 ? "" : RECORD_SEPARATOR[format]) + JSON.stringify(records[i]);
  return new TextEncoder().encode(text);
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
