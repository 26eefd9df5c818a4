/** `--format ndjson`: one JSON record per line. */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import type { RecordWriter } from "./record-writer.js";

export function ndjsonWriter(out: Writable): RecordWriter {
  return {
    write(records: readonly PeRecord[]): void {
      let chunk = "";
      for (const record of records) chunk += JSON.stringify(record) + "\n";
      if (chunk !== "") out.write(chunk);
    },
    writeSerialized(jsons: readonly string[]): void {
      if (jsons.length > 0) out.write(jsons.join("\n") + "\n");
    },
    end(): Promise<void> {
      return Promise.resolve();
    },
  };
}
