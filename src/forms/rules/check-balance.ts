/**
 * Check `balance-mismatch` on a summary row: 结余结转数 should be 预算数 − 执行数 (each the sum of
 * its levels). A row where it is not is kept as stated and reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { amountsAgree, roundSum } from "../arithmetic.js";

export function checkBalance(
  budget: number | null,
  executed: number | null,
  carryover: number | null,
  sourceLine: number,
  ledger: CellLedger,
): void {
  if (budget === null || executed === null || carryover === null || amountsAgree(budget - executed, carryover)) return;
  ledger.report("balance-mismatch", { stated: carryover, budget, executed, computed: roundSum(budget - executed) }, sourceLine);
}
