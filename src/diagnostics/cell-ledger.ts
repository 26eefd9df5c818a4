/**
 * Keeps the books of one record: which cells went into a field or served as a label, which are
 * listed in `unmapped`, and the diagnostics. `close()` lists every filled cell of the record's
 * rows that was neither used nor listed, so no cell is ever silently dropped. The marks it leaves
 * on cells are what `parseText` audits afterwards.
 */
import { isKnownLabel } from "../../grammars/vocabulary/index.js";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "./codes.js";

/** What the ledger needs of a cell (lines/model.ts's Cell has it). */
export interface LedgerCell {
  readonly line: number;
  readonly text: string;
  /** What the vocabulary says of the text, where the cell was read from a line (lines/cell-facts.ts). */
  readonly facts?: { readonly knownLabel: boolean };
  mark: number;
}

/** What the ledger needs of a row. */
export interface LedgerRow {
  readonly cells: readonly LedgerCell[];
}

export interface UnmappedEntry {
  line: number;
  text: string;
}

const USED = 1;
const LISTED = 2;

/** Whether some record of the parse used or listed the cell (the parse's coverage audit). */
export function isAccounted(cell: LedgerCell): boolean {
  return cell.mark !== 0;
}

/** Accounts for a cell outside any record: a table no recogniser claimed, listed in the document's unmapped. */
export function markListed(cell: LedgerCell): void {
  cell.mark |= LISTED;
}

export class CellLedger {
  readonly diagnostics: Diagnostic[] = [];
  readonly unmapped: UnmappedEntry[] = [];

  /** Marks cells as placed in a field or read as a label. */
  use(...cells: Array<LedgerCell | undefined>): void {
    for (const cell of cells) if (cell) cell.mark |= USED;
  }

  /**
   * Consumes a cell read as a label (a header cell, a section's own label), checked rather than
   * trusted: taken only if the vocabulary knows its text as a label or header wording
   * (vocabulary/known-labels.ts), or `kept` says the record keeps the text itself (a summary's
   * level key, a result list's `table`). Any other text goes to unmapped, reported as
   * `label-unknown`. Returns whether the cell was taken as a label.
   */
  label(cell: LedgerCell | undefined, what: string, kept = false): boolean {
    if (!cell || cell.text === "") return true;
    if ((cell.mark & LISTED) !== 0) return false;
    if (kept || (cell.facts ? cell.facts.knownLabel : isKnownLabel(cell.text))) {
      cell.mark |= USED;
      return true;
    }
    cell.mark |= LISTED;
    this.unmapped.push({ line: cell.line, text: cell.text });
    this.report("label-unknown", { text: cell.text, what }, cell.line);
    return false;
  }

  isUsed(cell: LedgerCell): boolean {
    return cell.mark !== 0;
  }

  /** Whether the cell went to `unmapped` (so no field holds its value). */
  isListed(cell: LedgerCell): boolean {
    return (cell.mark & LISTED) !== 0;
  }

  /** Lists a cell in `unmapped`, with the diagnostic saying why. */
  unplace(cell: LedgerCell, what: string): void {
    if ((cell.mark & LISTED) !== 0 || cell.text === "") return;
    cell.mark |= LISTED;
    this.unmapped.push({ line: cell.line, text: cell.text });
    this.report("cell-unplaced", { text: cell.text, what }, cell.line);
  }

  /** Lists a cell in `unmapped` with a diagnostic of its own that says why (instead of `cell-unplaced`). */
  listWith(cell: LedgerCell, code: DiagnosticCode, args: Record<string, string | number | undefined>): void {
    if ((cell.mark & LISTED) !== 0 || cell.text === "") return;
    cell.mark |= LISTED;
    this.unmapped.push({ line: cell.line, text: cell.text });
    this.report(code, args, cell.line);
  }

  /** Lists a cell in `unmapped` under a diagnostic already reported for it and others (one warning for a run of cells). */
  listCovered(cell: LedgerCell): void {
    if ((cell.mark & LISTED) !== 0 || cell.text === "") return;
    cell.mark |= LISTED;
    this.unmapped.push({ line: cell.line, text: cell.text });
  }

  report(code: DiagnosticCode, args: Record<string, string | number | undefined> = {}, line?: number): void {
    this.diagnostics.push(diagnostic(code, args, line));
  }

  /** Lists every filled cell of `rows` not yet accounted for; returns the unmapped cells in line order. */
  close(rows: readonly LedgerRow[], what: string): UnmappedEntry[] {
    for (const row of rows) {
      for (const cell of row.cells) {
        if (cell.text !== "" && !this.isUsed(cell)) this.unplace(cell, what);
      }
    }
    // Diagnostics in line order (stable), whatever order the sections were read in.
    this.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return [...this.unmapped].sort((a, b) => a.line - b.line);
  }
}
