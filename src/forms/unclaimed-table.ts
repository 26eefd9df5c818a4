/**
 * The cells a parse left in its document-level `unmapped` (only the audit's `cell-unaccounted`
 * safety net puts any there) as one `table` record, so an output of records never drops them:
 * the command writes records, not the document's list. Light on purpose (no parser, no
 * vocabulary): the command's main thread uses it.
 */
import { diagnostic } from "../diagnostics/codes.js";
import type { UnmappedCell } from "../schema/common.js";
import type { TableRecord } from "../schema/table.js";

const REASON = "cells no record claimed";

export function unclaimedTable(cells: readonly UnmappedCell[], file: string, encoding?: string): TableRecord | undefined {
  if (cells.length === 0) return undefined;
  const rows: Array<{ line: number; cells: string[] }> = [];
  for (const cell of [...cells].sort((a, b) => a.line - b.line)) {
    const last = rows[rows.length - 1];
    if (last && last.line === cell.line) last.cells.push(cell.text);
    else rows.push({ line: cell.line, cells: [cell.text] });
  }
  const startLine = (rows[0] as { line: number }).line;
  const endLine = (rows[rows.length - 1] as { line: number }).line;
  return {
    kind: "table",
    source: encoding ? { file, startLine, endLine, encoding } : { file, startLine, endLine },
    diagnostics: [diagnostic("table-unrecognised", { rows: rows.length, reason: REASON }, startLine)],
    unmapped: [],
    title: null,
    header: [],
    rows,
    reason: REASON,
  };
}
