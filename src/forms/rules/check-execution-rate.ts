/**
 * Check `rate-mismatch`: 执行率 should be 全年执行数 ÷ 全年预算数 × 100. Where it is not (beyond
 * rounding), the stated rate is kept and a warning carries both figures
 * (001 line 538: 2644 ÷ 2993 = 88.34%, stated 93.90%). The record is not changed.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { rateHolds } from "../arithmetic.js";

export function checkExecutionRate(
  line: { annualBudget: number | null; executed: number | null; executionRate: number | null },
  sourceLine: number | undefined,
  ledger: CellLedger,
): void {
  const { annualBudget: budget, executed, executionRate: rate } = line;
  if (budget === null || executed === null || rate === null || budget <= 0) return;
  const computed = (executed / budget) * 100;
  if (rateHolds(rate, computed)) return;
  ledger.report("rate-mismatch", { stated: rate, executed, budget, computed: Math.round(computed * 100) / 100 }, sourceLine);
}
