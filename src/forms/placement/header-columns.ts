/**
 * What every section reader does first: read a header row into the columns its labels stand in
 * (see align-cells), and take a data row's filled cells less the section's own label.
 */
import type { RowLabel } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { HeaderColumns } from "./align-cells.js";

/** A header row's columns: each cell `fieldOf` knows, with its column; `null` fields are labels. */
export function headerColumns<F extends string>(
  row: Row | undefined,
  fieldOf: (cell: Cell) => F | null | undefined,
  ledger: CellLedger,
): HeaderColumns<F> | undefined {
  if (!row) return undefined;
  const columns: Array<{ field: F | null; col: number }> = [];
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const field = fieldOf(cell);
    if (field === undefined) {
      ledger.unplace(cell, "header");
      continue;
    }
    ledger.label(cell, "header");
    columns.push({ field, col: cell.col });
  }
  return columns.some((c) => c.field !== null) ? columns : undefined;
}

/** The filled cells of a data row, less a cell labelling the section (`资金管理情况`, `总分`, `合计`), read as a label. */
export function valueCells(row: Row, section: RowLabel, ledger: CellLedger): Cell[] {
  const cells: Cell[] = [];
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    if (cell.facts.rowLabel === section) ledger.label(cell, "section label");
    else cells.push(cell);
  }
  return cells;
}
