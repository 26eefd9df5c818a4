/**
 * Check `total-score-mismatch`: 总分 should be the sum of the indicator scores, on some forms plus
 * the funds score and the 资金管理情况 scores (004: 3.9 + 90 = 93.9). If no such sum matches, the
 * stated 总分 is kept and a warning gives the sum of all three — unless the parser could not read
 * every score (`lost`, counted only when no sum matches: scores that were not numbers, numbers of the indicator rows it placed in no
 * field): then the sum says nothing about the source, and `total-score-unchecked` says so instead.
 * Where no part states a score at all (real/05: a table of 目标值 / 实际完成值, the score in prose),
 * there is no sum to compare.
 */
import { MANAGEMENT_SECTION_LABEL } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { amountsAgree, sumOfStated } from "../arithmetic.js";

export function checkTotalScore(
  stated: number | null,
  indicatorScores: ReadonlyArray<number | null>,
  fundsScore: number | null,
  managementScores: ReadonlyArray<number | null>,
  sourceLine: number | undefined,
  ledger: CellLedger,
  lost: () => number = () => 0,
): void {
  if (stated === null || indicatorScores.length === 0) return;
  // No part states a score (a result publication's table has no 得分 column): nothing to add up.
  if (fundsScore === null && indicatorScores.every((s) => s === null) && managementScores.every((s) => s === null)) return;
  const indicators = sumOfStated(indicatorScores) ?? 0;
  const management = sumOfStated(managementScores) ?? 0;
  const candidates = [
    indicators,
    indicators + (fundsScore ?? 0),
    indicators + (fundsScore ?? 0) + management,
    indicators + management,
  ];
  for (const candidate of candidates) if (amountsAgree(candidate, stated)) return;
  const computed = Math.round((candidates[2] as number) * 1000) / 1000;
  const unread = lost();
  if (unread > 0) {
    const parts = `indicator, funds and ${MANAGEMENT_SECTION_LABEL} scores`;
    ledger.report("total-score-unchecked", { stated, parts, computed, lost: unread === 1 ? "1 value of the indicator rows" : `${unread} values of the indicator rows` }, sourceLine);
    return;
  }
  ledger.report("total-score-mismatch", { stated, parts: `indicator, funds and ${MANAGEMENT_SECTION_LABEL} scores`, computed }, sourceLine);
}
