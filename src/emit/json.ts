/** `--format json`: `{ "records": [...] }`, streamed one record at a time. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import type { RecordWriter } from "./record-writer.js";

export function jsonWriter(out: Writable): RecordWriter {
  let count = 0;
  return {
    write(records: readonly PeRecord[]): void {
      let chunk = "";
      for (const record of records) {
        chunk += (count === 0 ? '{"records":[\n' : ",\n") + JSON.stringify(record);
        count++;
      }
      if (chunk !== "") out.write(chunk);
    },
    end(): Promise<void> {
      out.write(count === 0 ? '{"records":[]}\n' : "\n]}\n");
      return Promise.resolve();
    },
  };
}
