/**
 * 执行率 should be 全年执行数 ÷ 全年预算数 × 100. Where it is not (beyond rounding), the stated rate is
 * kept and a warning carries both figures (001 line 538: 2644 ÷ 2993 = 88.34%, stated 93.90%).
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";

export function checkExecutionRate(
  line: { annualBudget: number | null; executed: number | null; executionRate: number | null },
  sourceLine?: number,
): Diagnostic | undefined {
  const { annualBudget: budget, executed, executionRate: rate } = line;
  if (budget === null || executed === null || rate === null || budget <= 0) return undefined;
  const computed = (executed / budget) * 100;
  if (Math.abs(computed - rate) <= Math.max(0.6, computed * 0.01)) return undefined;
  return diagnostic(
    "rate-mismatch",
    { stated: rate, executed, budget, computed: Math.round(computed * 100) / 100 },
    sourceLine,
  );
}
