/** `--format json`: `{ "records": [...] }`, streamed one record at a time. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import type { RecordWriter } from "./record-writer.js";

export function jsonWriter(out: Writable): RecordWriter {
  let count = 0;
  const writeSerialized = (jsons: readonly string[]): void => {
    let chunk = "";
    for (const json of jsons) {
      chunk += (count === 0 ? '{"records":[\n' : ",\n") + json;
      count++;
    }
    if (chunk !== "") out.write(chunk);
  };
  return {
    write(records: readonly PeRecord[]): void {
      writeSerialized(records.map((r) => JSON.stringify(r)));
    },
    writeSerialized,
    end(): Promise<void> {
      out.write(count === 0 ? '{"records":[]}\n' : "\n]}\n");
      return Promise.resolve();
    },
  };
}
