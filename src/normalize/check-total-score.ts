/**
 * 总分 should be the sum of the indicator scores, on some forms plus the funds score and the
 * 资金管理情况 scores (004: 3.9 + 90 = 93.9). If no such sum matches, the stated 总分 is kept and a
 * warning gives the indicator sum.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 0.011;

export function checkTotalScore(
  stated: number | null,
  indicatorScores: ReadonlyArray<number | null>,
  fundsScore: number | null,
  managementScores: ReadonlyArray<number | null>,
  sourceLine?: number,
): Diagnostic | undefined {
  if (stated === null || indicatorScores.length === 0) return undefined;
  const sum = (xs: ReadonlyArray<number | null>): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const indicators = sum(indicatorScores);
  const candidates = [
    indicators,
    indicators + (fundsScore ?? 0),
    indicators + (fundsScore ?? 0) + sum(managementScores),
    indicators + sum(managementScores),
  ];
  if (candidates.some((c) => close(c, stated))) return undefined;
  const all = candidates[2] as number;
  const computed = Math.round(all * 1000) / 1000;
  return diagnostic(
    "total-score-mismatch",
    { stated, parts: "indicator, funds and 资金管理情况 scores", computed },
    sourceLine,
  );
}
