/**
 * A list's header row belongs to no one row's record: its unknown cells (and their diagnostics)
 * go to the first row's record, so they reach the output.
 */
import type { CellLedger } from "../diagnostics/cell-ledger.js";
import type { Diagnostic } from "../diagnostics/codes.js";

interface Books {
  unmapped: Array<{ line: number; text: string }>;
  diagnostics: Diagnostic[];
}

export function giveHeaderBooksToFirst(drafts: readonly Books[], header: CellLedger): void {
  const first = drafts[0];
  if (!first || header.unmapped.length === 0) return;
  first.unmapped = [...header.unmapped, ...first.unmapped].sort((a, b) => a.line - b.line);
  first.diagnostics = [...header.diagnostics, ...first.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
