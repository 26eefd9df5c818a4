/**
 * Check `balance-mismatch` on a summary row: 结余结转数 should be 预算数 − 执行数, or with a
 * 结余交回财政数 column the two together should. A level group with its own 小计 / 合计 column
 * (`预算数¦¦` over `小计¦市级¦县级`) counts that column, not the sum of all three. A row where it is not
 * so is kept as stated and reported:
 *   `1¦农村公路养护¦…¦300¦200¦100¦280¦190¦90¦15¦5` → 15 + 5 = 300 − 280: no report.
 */
import { LIST_SUBTOTAL_WORDS, LIST_TOTAL_WORDS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { amountsAgree, roundSum, sumOfStated } from "../arithmetic.js";

/** A group's amount: its own 小计 / 合计 where it states one, else the sum of its levels. */
function groupAmount(levels: Readonly<Record<string, number | null>>): number | null {
  for (const [level, value] of Object.entries(levels)) {
    if (value !== null && (LIST_TOTAL_WORDS.includes(level) || LIST_SUBTOTAL_WORDS.includes(level))) return value;
  }
  return sumOfStated(Object.values(levels));
}

export function checkBalance(
  budgetLevels: Readonly<Record<string, number | null>>,
  executedLevels: Readonly<Record<string, number | null>>,
  carryover: number | null,
  returned: number | null,
  sourceLine: number,
  ledger: CellLedger,
): void {
  const budget = groupAmount(budgetLevels);
  const executed = groupAmount(executedLevels);
  if (budget === null || executed === null || carryover === null) return;
  const balance = budget - executed;
  if (amountsAgree(balance, carryover) || (returned !== null && amountsAgree(balance, carryover + returned))) return;
  ledger.report("balance-mismatch", { stated: carryover, budget, executed, computed: roundSum(balance) }, sourceLine);
}
