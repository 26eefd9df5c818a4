/**
 * `--diagnostics FILE`: every diagnostic of a run as one table, CSV (`.csv`, with `--bom`'s BOM)
 * or NDJSON (`.ndjson`, `.jsonl`), for sorting and filtering in a spreadsheet. Columns: file,
 * line, severity, code, the record's kind and name, message, and the stated and computed values
 * when a diagnostic carries them (optional `stated` / `computed` properties; empty otherwise).
 */
import { extname } from "node:path";
import type { Writable } from "node:stream";
import type { Diagnostic } from "../diagnostics/codes.js";
import type { PeRecord } from "../schema/record.js";

export const DIAGNOSTIC_COLUMNS = ["file", "line", "severity", "code", "recordKind", "recordName", "message", "stated", "computed"] as const;

export type DiagnosticsTableFormat = "csv" | "ndjson";

/** The table's format by the file's extension; undefined for any other name. */
export function diagnosticsTableFormat(path: string): DiagnosticsTableFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".ndjson" || ext === ".jsonl" ? "ndjson" : undefined;
}

/** The record a diagnostic belongs to: its kind, and the name a reader knows it by. */
export interface DiagnosticOwner {
  readonly kind: string;
  readonly name: string;
}

/** A record's name whatever its kind: its (project) name, else its code and title, else its table. */
export function recordOwner(record: PeRecord): DiagnosticOwner {
  const r = record as unknown as Readonly<Record<string, unknown>>;
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  let name = text(r.name);
  if (name === "" && text(r.code) !== "") name = [text(r.code), text(r.title)].filter((s) => s !== "").join(" ");
  if (name === "") name = text(r.table);
  if (name === "") name = text(r.department) || text(r.title);
  // A table record with no title: its first header row, else where it starts.
  if (name === "" && record.kind === "table") name = record.header[0]?.join(" / ") || `line ${record.source.startLine}`;
  return { kind: record.kind, name };
}

/** The stated or computed value a diagnostic may carry (the parser may add them), as text. */
function valueOf(d: Diagnostic, key: "stated" | "computed"): string | number | null {
  const v = (d as unknown as Readonly<Record<string, unknown>>)[key];
  return typeof v === "number" || typeof v === "string" ? v : null;
}

const csvCell = (v: string | number | null): string => {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export interface DiagnosticsTableWriter {
  /** One diagnostic of `file`, of the record `owner` (none for a file's own diagnostics). */
  write(file: string, d: Diagnostic, owner?: DiagnosticOwner): void;
  /** Every diagnostic of the records, then none: the run's diagnostics of one parse result. */
  writeRecords(file: string, records: readonly PeRecord[]): void;
}

export function diagnosticsTableWriter(out: Writable, format: DiagnosticsTableFormat, options: { bom: boolean }): DiagnosticsTableWriter {
  const rowOf = (file: string, d: Diagnostic, owner?: DiagnosticOwner): Array<string | number | null> => [
    file,
    d.line ?? null,
    d.severity,
    d.code,
    owner?.kind ?? null,
    owner?.name ?? null,
    d.message,
    valueOf(d, "stated"),
    valueOf(d, "computed"),
  ];
  const write =
    format === "csv"
      ? (file: string, d: Diagnostic, owner?: DiagnosticOwner): void => void out.write(rowOf(file, d, owner).map(csvCell).join(",") + "\n")
      : (file: string, d: Diagnostic, owner?: DiagnosticOwner): void => {
          const row = rowOf(file, d, owner);
          out.write(JSON.stringify(Object.fromEntries(DIAGNOSTIC_COLUMNS.map((c, i) => [c, row[i]]))) + "\n");
        };
  // The header (and the BOM) at once: a run with no diagnostic still writes a table, empty.
  if (format === "csv") out.write((options.bom ? "\uFEFF" : "") + DIAGNOSTIC_COLUMNS.join(",") + "\n");
  return {
    write,
    writeRecords(file, records) {
      for (const record of records) {
        if (record.diagnostics.length === 0) continue;
        const owner = recordOwner(record);
        for (const d of record.diagnostics) write(file, d, owner);
      }
    },
  };
}
