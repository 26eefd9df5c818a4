/**
 * Check `total-score-mismatch`: 总分 should be the sum of the indicator scores, on some forms plus
 * the funds score and the 资金管理情况 scores (004: 3.9 + 90 = 93.9). If no such sum matches, the
 * stated 总分 is kept and a warning gives the sum of all three.
 */
import { MANAGEMENT_SECTION_LABEL } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { amountsAgree } from "../arithmetic.js";

export function checkTotalScore(
  stated: number | null,
  indicatorScores: ReadonlyArray<number | null>,
  fundsScore: number | null,
  managementScores: ReadonlyArray<number | null>,
  sourceLine: number | undefined,
  ledger: CellLedger,
): void {
  if (stated === null || indicatorScores.length === 0) return;
  const sum = (xs: ReadonlyArray<number | null>): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const indicators = sum(indicatorScores);
  const candidates = [
    indicators,
    indicators + (fundsScore ?? 0),
    indicators + (fundsScore ?? 0) + sum(managementScores),
    indicators + sum(managementScores),
  ];
  if (candidates.some((c) => amountsAgree(c, stated))) return;
  const computed = Math.round((candidates[2] as number) * 1000) / 1000;
  ledger.report("total-score-mismatch", { stated, parts: `indicator, funds and ${MANAGEMENT_SECTION_LABEL} scores`, computed }, sourceLine);
}
