/** `--format ndjson`: one JSON record per line. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import { encodeRecords, RECORD_SEPARATOR, type RecordWriter } from "./record-writer.js";

export function ndjsonWriter(out: Writable): RecordWriter {
  const writeEncoded = (bytes: Uint8Array, count: number): void => {
    if (count === 0) return;
    out.write(bytes);
    out.write(RECORD_SEPARATOR.ndjson);
  };
  return {
    write: (records: readonly PeRecord[]): void => writeEncoded(encodeRecords(records, "ndjson"), records.length),
    writeEncoded,
    end(): Promise<void> {
      return Promise.resolve();
    },
  };
}
