/** `--format ndjson`: one JSON record per line. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import { RECORD_SEPARATOR, type RecordWriter } from "./record-writer.js";

export function ndjsonWriter(out: Writable): RecordWriter {
  return {
    write(records: readonly PeRecord[]): void {
      let chunk = "";
      for (const record of records) chunk += JSON.stringify(record) + "\n";
      if (chunk !== "") out.write(chunk);
    },
    writeEncoded(bytes: Uint8Array, count: number): void {
      if (count === 0) return;
      out.write(bytes);
      out.write(RECORD_SEPARATOR.ndjson);
    },
    end(): Promise<void> {
      return Promise.resolve();
    },
  };
}
