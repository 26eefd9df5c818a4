/** Reads a section header row into the columns its labels stand in (see align-cells). */
import type { Row } from "../../document/model.js";
import type { HeaderColumns } from "../../normalize/align-cells.js";
import type { CellLedger } from "../cell-ledger.js";

export function headerColumns<F extends string>(
  row: Row | undefined,
  fieldOf: (text: string) => F | null | undefined,
  ledger: CellLedger,
): HeaderColumns<F> | undefined {
  if (!row) return undefined;
  const columns: Array<{ field: F | null; col: number }> = [];
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const field = fieldOf(cell.text);
    if (field === undefined) {
      ledger.unplace(cell, "header");
      continue;
    }
    ledger.use(cell);
    columns.push({ field, col: cell.col });
  }
  return columns.some((c) => c.field !== null) ? columns : undefined;
}
