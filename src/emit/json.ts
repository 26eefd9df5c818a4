/** `--format json`: `{ "records": [...] }`, streamed one record at a time. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import { encodeRecords, RECORD_SEPARATOR, type RecordWriter } from "./record-writer.js";

export function jsonWriter(out: Writable): RecordWriter {
  let count = 0;
  const writeEncoded = (bytes: Uint8Array, records: number): void => {
    if (records === 0) return;
    out.write(count === 0 ? '{"records":[\n' : RECORD_SEPARATOR.json);
    out.write(bytes);
    count += records;
  };
  return {
    write: (records: readonly PeRecord[]): void => writeEncoded(encodeRecords(records, "json"), records.length),
    writeEncoded,
    end(): Promise<void> {
      out.write(count === 0 ? '{"records":[]}\n' : "\n]}\n");
      return Promise.resolve();
    },
  };
}
