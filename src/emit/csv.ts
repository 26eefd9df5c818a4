/**
 * `--format csv`: one table per run (see csv-tables.ts), written with fast-csv. `--bom` prefixes a
 * UTF-8 BOM so Excel reads the Chinese text right; `--csv-safe` defuses cells a spreadsheet would
 * run as a formula; `--headers zh` names the columns in Chinese (csv-headers-zh.ts).
 *
 * A table with spread columns (`summary`: `budget.中央`, `budget.省级` …) is written when the run
 * ends: its level columns are the union over the run's records, in order of first appearance,
 * and a CSV header cannot grow once rows follow it. The other tables stream row by row.
 */
import type { Writable } from "node:stream";
import type { PeRecord } from "../schema/record.js";
import { CSV_HEADERS_ZH } from "./csv-headers-zh.js";
import { SPREAD, TABLES, type Cell, type CsvHeaderLanguage, type CsvTable, type SpreadCell, type TableCell } from "./csv-tables.js";
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
  readonly headers?: CsvHeaderLanguage;
}

/** A column's header: its own name, or its Chinese label; `budget.*` spread as `budget.中央`. */
function headerOf(options: CsvOptions, column: string, label?: string): string {
  const names = CSV_HEADERS_ZH[options.table] as Readonly<Record<string, string>>;
  const name = options.headers === "zh" ? (names[column] ?? column) : column.endsWith(SPREAD) ? column.slice(0, -SPREAD.length) : column;
  return label === undefined ? name : `${name}.${label}`;
}

const isSpread = (cell: TableCell): cell is SpreadCell => typeof cell === "object" && cell !== null;

/** A CSV writer on `out`. fast-csv is imported here, when CSV is asked for: a static import would
 *  be hoisted to the top of the command's bundle and load at every start (~15 ms). */
export async function csvWriter(out: Writable, options: CsvOptions): Promise<RecordWriter> {
  const { format } = await import("fast-csv");
  const spec = TABLES[options.table];
  const text = (v: Cell): string => {
    if (v === null) return "";
    const s = String(v);
    return options.safe ? csvSafe(s) : s;
  };
  const open = (headers: string[]) => {
    // includeEndRowDelimiter: every CSV ends with a newline, so `wc -l` counts its rows and
    // `cat a.csv b.csv` keeps them apart.
    const stream = format({ headers, writeBOM: options.bom, alwaysWriteHeaders: true, includeEndRowDelimiter: true });
    stream.pipe(out, { end: false });
    const done = new Promise<void>((resolve) => stream.on("end", () => resolve()));
    return { stream, done };
  };

  const spreadColumns = spec.columns.flatMap((c, i) => (c.endsWith(SPREAD) ? [i] : []));
  if (spreadColumns.length === 0) {
    const { stream, done } = open(spec.columns.map((c) => headerOf(options, c)));
    return {
      write(records: readonly PeRecord[]): void {
        for (const record of records) for (const row of spec.rows(record)) stream.write((row as Cell[]).map(text));
      },
      end(): Promise<void> {
        stream.end();
        return done;
      },
    };
  }

  // Spread columns: keep the rows and each spread column's labels until the run ends.
  const rows: TableCell[][] = [];
  const labels = new Map<number, Set<string>>(spreadColumns.map((i) => [i, new Set<string>()]));
  return {
    write(records: readonly PeRecord[]): void {
      for (const record of records) {
        for (const row of spec.rows(record)) {
          rows.push(row);
          for (const [i, seen] of labels) {
            const cell = row[i] as TableCell;
            if (isSpread(cell)) for (const label of Object.keys(cell.byLabel)) seen.add(label);
          }
        }
      }
    },
    end(): Promise<void> {
      const headers = spec.columns.flatMap((c, i) => {
        const seen = labels.get(i);
        return seen ? [...seen].map((label) => headerOf(options, c, label)) : [headerOf(options, c)];
      });
      const { stream, done } = open(headers);
      for (const row of rows) {
        stream.write(
          row.flatMap((cell, i) => {
            const seen = labels.get(i);
            if (!seen) return [text(cell as Cell)];
            const byLabel = isSpread(cell) ? cell.byLabel : {};
            return [...seen].map((label) => text(byLabel[label] ?? null));
          }),
        );
      }
      stream.end();
      return done;
    },
  };
}
