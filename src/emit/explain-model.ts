/**
 * What `pe-parse explain` shows of each record, shared by its text and HTML forms: a label, where
 * its fields, repairs and unmapped cells are in the dump (provenance.ts), and, per cell, what
 * concerns it.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import type { PeRecord } from "../schema/record.js";
import { provenanceOf, type CellRef, type DumpCells, type Provenance } from "./provenance.js";

export interface ExplainedRecord {
  /** 1-based, in output order. */
  readonly number: number;
  readonly record: PeRecord;
  /** `project 社保工作专项经费`, `final-account Z01 收入支出决算总表`. */
  readonly label: string;
  readonly provenance: Provenance;
}

/** What concerns one cell of the dump. */
export interface CellMarks {
  record?: number;
  fields: string[];
  /** Indexes into the record's `provenance.repairs`. */
  repairs: number[];
  unmapped: boolean;
}

export const cellKey = (c: CellRef): string => `${c.line}:${c.col}`;

export function recordLabel(record: PeRecord): string {
  switch (record.kind) {
    case "final-account":
      return `${record.kind} ${[record.code, record.title].filter((x) => x).join(" ")}`;
    case "department":
      return `${record.kind} ${record.department ?? record.title ?? ""}`;
    case "table":
      return `${record.kind} ${record.title ?? record.header[0]?.join(" / ") ?? ""}`.trimEnd();
    default:
      return `${record.kind} ${record.name}`;
  }
}

export function explainRecords(records: readonly PeRecord[], cells: DumpCells): ExplainedRecord[] {
  return records.map((record, i) => ({ number: i + 1, record, label: recordLabel(record), provenance: provenanceOf(record, cells) }));
}

/** Per cell (`line:col`), what the records say of it. */
export function marksByCell(explained: readonly ExplainedRecord[]): Map<string, CellMarks> {
  const out = new Map<string, CellMarks>();
  const at = (c: CellRef, record: number): CellMarks => {
    let m = out.get(cellKey(c));
    if (!m) out.set(cellKey(c), (m = { record, fields: [], repairs: [], unmapped: false }));
    return m;
  };
  for (const e of explained) {
    for (const f of e.provenance.fields) if (f.cell) at(f.cell, e.number).fields.push(f.path);
    e.provenance.repairs.forEach((r, i) => {
      for (const c of r.cells) at(c, e.number).repairs.push(i);
    });
    for (const u of e.provenance.unmapped) if (u.cell) at(u.cell, e.number).unmapped = true;
  }
  return out;
}

/** The repairs that concern a field's cell. */
export function repairsOfCell(e: ExplainedRecord, cell: CellRef | undefined): Diagnostic[] {
  if (!cell) return [];
  return e.provenance.repairs.filter((r) => r.cells.some((c) => c.line === cell.line && c.col === cell.col)).map((r) => r.diagnostic);
}
