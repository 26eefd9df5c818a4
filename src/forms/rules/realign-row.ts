/**
 * Repair `row-realigned`: a row whose cells stand off their header's columns (shifted, padded,
 * with an extra or a lost cell) is placed by what its cells say (placement/align-cells.ts,
 * placement/place-funds-values.ts), and the placement reported. 001 line 365, under
 * `绩效指标¦一级指标¦二级指标¦三级指标¦年度指标值…`:
 *   `指标 2：预算执行率¦¦¦≥95%¦100%¦5¦4¦无`  →  name, target ≥95%, actual 100%, weight 5, score 4, remark 无
 * Effect: cells the placement dropped go to unmapped (`cell-unplaced`); the moved cells are named
 * in the report.
 */
import type { FundsField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";
import type { Alignment } from "../placement/align-cells.js";
import { FIELD_ORDER, type Placement } from "../placement/place-funds-values.js";

/** Reports an alignment of a `what` row: its dropped cells unmapped, its moved cells named. */
export function reportRealignment<F extends string>(alignment: Alignment<F>, what: string, line: number, ledger: CellLedger): void {
  for (const cell of alignment.dropped) ledger.unplace(cell, what);
  if (alignment.moved.length === 0) return;
  let detail = "";
  for (const m of alignment.moved) detail += `${detail === "" ? "" : ", "}${m.field} ${m.cell.text}`;
  ledger.report("row-realigned", { what, detail }, line);
}

/** Reports a funds row's placement: dropped cells unmapped; if any cell moved or dropped, where each went. */
export function reportFundsRealignment(placement: Placement, line: number, ledger: CellLedger): void {
  for (const cell of placement.dropped) ledger.unplace(cell, "funds");
  if (placement.moved.length === 0 && placement.dropped.length === 0) return;
  ledger.report("row-realigned", { what: "funds", detail: placedDetail(placement.placed) }, line);
}

/** `initialBudget 7, annualBudget 6, …`: where a realigned row's cells went, in field order. */
function placedDetail(placed: ReadonlyMap<FundsField, Cell>): string {
  let detail = "";
  for (const f of FIELD_ORDER) {
    const cell = placed.get(f);
    if (cell) detail += `${detail === "" ? "" : ", "}${f} ${cell.text}`;
  }
  return detail;
}
