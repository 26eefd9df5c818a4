/**
 * Check `funds-sum-mismatch`: 年度资金总额 should equal the sum of its parts (当年财政拨款 + 上年结转资金 +
 * 其他资金, or 政府性预算资金 + 财政专户管理资金 + 单位资金) in each amount column. A mismatch is
 * reported, never fixed.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { FundsLine } from "../../schema/project.js";
import { amountsAgree, roundSum, sumOfStated } from "../arithmetic.js";

const FIELDS = ["initialBudget", "annualBudget", "executed"] as const;

const isTotalLine = (line: FundsLine): boolean => line.item === "total";

export function checkFundsSum(lines: readonly FundsLine[], sourceLine: number | undefined, ledger: CellLedger): void {
  const total = lines.find(isTotalLine);
  const parts = lines.filter((l) => !isTotalLine(l));
  if (!total || parts.length === 0) return;
  for (const field of FIELDS) {
    const stated = total[field];
    const values: Array<number | null> = [];
    for (const part of parts) values.push(part[field]);
    const sum = sumOfStated(values);
    if (stated === null || sum === null) continue;
    const computed = roundSum(sum);
    if (!amountsAgree(computed, stated)) ledger.report("funds-sum-mismatch", { field, stated, computed }, sourceLine);
  }
}
