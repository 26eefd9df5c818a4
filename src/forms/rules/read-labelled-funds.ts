/**
 * Repair of funds written as labelled values, not as a header over rows (document/funds-pairs.ts):
 *   `年度预算数（万元）¦300` / `实际支出数（万元）¦285` / `预算执行率¦95%`
 *     → funds line { label "", item total, annualBudget 300, executed 285, executionRate 95 }
 *   `全年预算数¦300¦全年执行数¦285¦执行率¦95%` → the same, from one row
 * Decision: the funds section's rows are all such pairs (a header word, then a number), one of
 * them naming an amount. Effect: one total line, each value under its label's column (a column
 * named twice keeps its first value; the second goes to unmapped), its label empty as the source
 * writes none; the words are labels; reported `funds-labelled-values`. Before, the rows ended the
 * form (one pair to a row) or their values were listed in unmapped as unknown header words.
 */
import type { FundsField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { fundsPairs, type FundsPair } from "../../document/funds-pairs.js";
import type { Cell, Row } from "../../lines/model.js";

/** The value cell of each column the pairs name, or undefined when the rows are not all pairs. */
export function readLabelledFunds(
  rows: readonly Row[],
  ledger: CellLedger,
): { cells: Map<FundsField, Cell>; labels: Cell[]; line: number } | undefined {
  const pairs: FundsPair[] = [];
  for (const row of rows) {
    const own = fundsPairs(row);
    if (!own) return undefined;
    pairs.push(...own);
  }
  if (pairs.length === 0) return undefined;
  const cells = new Map<FundsField, Cell>();
  for (const { field, label, value } of pairs) {
    ledger.label(label, "funds label");
    if (cells.has(field)) ledger.unplace(value, "funds label");
    else cells.set(field, value);
  }
  const line = (pairs[0] as FundsPair).label.line;
  ledger.report("funds-labelled-values", { pairs: pairs.map((p) => `${p.label.text} ${p.value.text}`).join("、") }, line);
  return { cells, labels: pairs.map((p) => p.label), line };
}
