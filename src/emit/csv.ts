/**
 * `--format csv`: one table per run (see csv-tables.ts), written with fast-csv. `--bom` prefixes a
 * UTF-8 BOM so Excel reads the Chinese text right; `--csv-safe` defuses cells a spreadsheet would
 * run as a formula.
 */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import { TABLES, type CsvTable } from "./csv-tables.js";
import type { RecordWriter } from "./record-writer.js";

/** `=1+1`, `+x`, `-x`, `@x` → prefixed with `'`; plain numbers such as `-9.5` are left alone. */
export function csvSafe(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?\d+(\.\d+)?%?$/.test(value)) return value;
  return `'${value}`;
}

export interface CsvOptions {
  readonly table: CsvTable;
  readonly bom: boolean;
  readonly safe: boolean;
}

/** A CSV writer on `out`. fast-csv is imported here, when CSV is asked for: a static import would
 *  be hoisted to the top of the command's bundle and load at every start (~15 ms). */
export async function csvWriter(out: Writable, options: CsvOptions): Promise<RecordWriter> {
  const { format } = await import("fast-csv");
  const spec = TABLES[options.table];
  // includeEndRowDelimiter: every CSV ends with a newline, so `wc -l` counts its rows and
  // `cat a.csv b.csv` keeps them apart.
  const stream = format({ headers: [...spec.columns], writeBOM: options.bom, alwaysWriteHeaders: true, includeEndRowDelimiter: true });
  stream.pipe(out, { end: false });
  const done = new Promise<void>((resolve) => stream.on("end", () => resolve()));
  return {
    write(records: readonly PeRecord[]): void {
      for (const record of records) {
        for (const row of spec.rows(record)) {
          stream.write(
            row.map((v) => {
              if (v === null) return "";
              const text = String(v);
              return options.safe ? csvSafe(text) : text;
            }),
          );
        }
      }
    },
    end(): Promise<void> {
      stream.end();
      return done;
    },
  };
}
