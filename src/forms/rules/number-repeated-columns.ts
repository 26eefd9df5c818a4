/**
 * Repair `column-repeated`: two value columns of one 部门决算 table's half named alike, as a header
 * whose merged top cell was written one column short gives them (`预算数¦¦¦¦¦决算数` over six columns
 * each: the sixth 预算数 column reads as 决算数/公务接待费, beside the real one):
 *   `决算数/公务接待费`, …, `决算数/公务接待费`  →  `决算数/公务接待费`, …, `决算数/公务接待费 (2)`
 * Decision: a value column's name is already a column's in the same half. Effect: the later one is
 * numbered, so each keeps its own value in `values` (one name would keep only the last); reported once
 * per repeated name, on the header's line.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

export interface NamedColumn {
  readonly col: number;
  readonly role: string;
  name: string;
}

export function numberRepeatedColumns(groups: ReadonlyArray<readonly NamedColumn[]>, headerLine: number, ledger: CellLedger): void {
  for (const group of groups) {
    const seen = new Map<string, number>();
    for (const column of group) {
      // A column with no heading (padding) names nothing.
      if (column.role !== "value" || column.name === "") continue;
      const count = (seen.get(column.name) ?? 0) + 1;
      seen.set(column.name, count);
      if (count === 1) continue;
      const named = `${column.name} (${count})`;
      if (count === 2) ledger.report("column-repeated", { name: column.name, col: column.col + 1 }, headerLine);
      column.name = named;
    }
  }
}
