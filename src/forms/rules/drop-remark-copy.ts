/**
 * Repair of a scraper's copy: a 偏差原因 that only repeats the cell before it (001 line 576,
 * `…¦完成¦完成¦¦¦`) is a copy of that cell, not a remark. Decision: the cell placed as remark
 * equals its left neighbour, which is not the indicator's name. Effect: the record's remark stays
 * null and the copy goes to unmapped, reported `cell-unplaced`, like the copies on the rows above.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";

/** The remark cell to keep: `remark`, or undefined where it is a copy (then listed unmapped). */
export function dropRemarkCopy(
  remark: Cell | undefined,
  cells: readonly Cell[],
  name: Cell | undefined,
  ledger: CellLedger,
): Cell | undefined {
  if (!remark) return undefined;
  const before = cells[cells.indexOf(remark) - 1];
  if (!before || before.text !== remark.text || before === name) return remark;
  ledger.unplace(remark, "indicator");
  return undefined;
}
