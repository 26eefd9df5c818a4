/**
 * Repair of a funds table whose one row of values lost its label: the label cell spanned the
 * header and the values (a rowspan), and the scrape wrote it on the header's row only:
 *   `项目资金情况（万元）¦预算数¦执行数¦执行率¦分值¦得分` / `¦80¦76¦95%¦10¦9.5`
 *     → funds line { label "", item total, annualBudget 80, executed 76, executionRate 95, weight 10, score 9.5 }
 * Decision: the section has no labelled row, and exactly one of the rows under its header holds
 * values only (numbers, rates, dashes), two or more of them, an amount first. Effect: that row is
 * the funds' total line, its label empty (the source writes none), reported
 * `funds-total-unlabelled`. Before, its values were read as a header continuation and listed in
 * unmapped.
 */
import { AMOUNT_UNITS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";

function isValuesOnly(row: Row): boolean {
  const filled = row.cells.filter((c) => c.text !== "");
  if (filled.length < 2 || filled.some((c) => c.facts.amount.kind === "text")) return false;
  const first = (filled[0] as Cell).facts.amount;
  return first.kind === "number" && (first.unit === undefined || first.unit in AMOUNT_UNITS);
}

/** The row of values that is the funds' total, where the section's rows name none; reported. */
export function readUnlabelledTotal(rows: readonly Row[], ledger: CellLedger): Row | undefined {
  const candidates = rows.filter(isValuesOnly);
  if (candidates.length !== 1) return undefined;
  const row = candidates[0] as Row;
  ledger.report("funds-total-unlabelled", {}, row.line);
  return row;
}
