/**
 * Keeps the books of one record: which cells went into a field or served as a label, which are
 * listed in `unmapped`, and the diagnostics. `close()` lists every filled cell of the record's
 * rows that was neither used nor listed, so no cell is ever silently dropped. Every ledger of a
 * parse also enters its cells in the parse's shared `Coverage`, which `parseText` audits.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../diagnostics/codes.js";
import type { Cell, Row } from "../document/model.js";
import type { UnmappedCell } from "../schema/common.js";

/** The cells of one parse that some record used or listed. */
export type Coverage = Set<Cell>;

export class CellLedger {
  // Membership is kept in Sets; a record has at most a few hundred cells.
  private readonly used = new Set<Cell>();
  private readonly listed = new Set<Cell>();

  constructor(private readonly coverage: Coverage = new Set()) {}

  readonly diagnostics: Diagnostic[] = [];
  readonly unmapped: UnmappedCell[] = [];

  /** Marks cells as placed in a field or read as a label. */
  use(...cells: Array<Cell | undefined>): void {
    for (const cell of cells) {
      if (!cell || this.used.has(cell)) continue;
      this.used.add(cell);
      this.coverage.add(cell);
    }
  }

  isUsed(cell: Cell): boolean {
    return this.used.has(cell) || this.listed.has(cell);
  }

  /** Lists a cell in `unmapped`, with the diagnostic saying why. */
  unplace(cell: Cell, what: string): void {
    if (this.listed.has(cell) || cell.text === "") return;
    this.listed.add(cell);
    this.coverage.add(cell);
    this.unmapped.push({ line: cell.line, text: cell.text });
    this.report("cell-unplaced", { text: cell.text, what }, cell.line);
  }

  report(code: DiagnosticCode, args: Record<string, string | number | undefined> = {}, line?: number): void {
    this.diagnostics.push(diagnostic(code, args, line));
  }

  /** Lists every filled cell of `rows` not yet accounted for; returns the unmapped cells in line order. */
  close(rows: readonly Row[], what: string): UnmappedCell[] {
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
