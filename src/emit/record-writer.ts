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

/**
 * Records as the UTF-8 text `writeEncoded` takes. Each record's JSON is encoded straight into one
 * growing buffer: no joined string to build, flatten and encode again (that was a third of the
 * output's cost). The buffer is never from Node's shared pool, so a worker can transfer it.
 */
export function encodeRecords(records: readonly PeRecord[], format: EncodedFormat): Uint8Array {
  if (records.length === 0) return new Uint8Array(0);
  const separator = RECORD_SEPARATOR[format];
  let out = Buffer.allocUnsafeSlow(64 * 1024);
  let at = 0;
  for (let i = 0; i < records.length; i++) {
    const json = JSON.stringify(records[i]);
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = at + separator.length + json.length * 3;
    if (most > out.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(out.length * 2, most));
      out.copy(grown, 0, 0, at);
      out = grown;
    }
    if (i > 0) at += out.write(separator, at, "latin1");
    at += out.write(json, at, "utf8");
  }
  return out.subarray(0, at);
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
