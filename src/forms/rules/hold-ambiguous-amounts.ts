/**
 * Check `funds-amounts-ambiguous`: a funds row with two equal amounts for the three amount columns,
 * where the scrape dropped the empty cell (real 02 line 8, a table rendered cell by cell):
 *   `387664.62¦387664.62¦10¦100%¦10` under `年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分`
 * The amounts are 年初预算数 and 全年预算数, or 全年预算数 and 全年执行数: both readings give the same
 * 全年预算数, and a 执行率 of 100% fits either (it needs 全年执行数 = 全年预算数, or was written with no
 * 全年执行数). Decision: two amounts placed, equal, one of them the 全年预算数, the header naming all
 * three amount columns, and the cells not standing under those columns (the empty cell that would
 * have told was dropped). Effect: the 全年预算数 is kept; the other amount is read into neither column
 * but listed in unmapped with the warning naming both readings — no number is put in a column the
 * text does not settle.
 */
import type { FundsField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";
import type { HeaderColumns } from "../placement/align-cells.js";
import type { Placement } from "../placement/place-funds-values.js";

const OPEN: ReadonlyArray<FundsField> = ["initialBudget", "executed"];

export function holdAmbiguousAmounts(placement: Placement, header: HeaderColumns<FundsField> | undefined, ledger: CellLedger): void {
  if (header === undefined || !(["initialBudget", "annualBudget", "executed"] as const).every((f) => header.some((c) => c.field === f))) return;
  const annual = placement.placed.get("annualBudget");
  const placedOpen = OPEN.filter((f) => placement.placed.has(f));
  if (annual === undefined || placedOpen.length !== 1) return;
  const field = placedOpen[0] as FundsField;
  const other = placement.placed.get(field) as Cell;
  const a = annual.facts.amount;
  const b = other.facts.amount;
  if (a.kind !== "number" || b.kind !== "number" || a.value !== b.value) return;
  // Columns settle it where the cells stand under their own headings (an empty cell kept in place).
  if (!placement.moved.includes(annual) && !placement.moved.includes(other)) return;
  placement.placed.delete(field);
  ledger.listWith(other, "funds-amounts-ambiguous", { value: other.text, annual: annual.text });
}
