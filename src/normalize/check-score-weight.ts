/** A 得分 above its 分值 is kept as written and reported (001 line 18: 分值 15, 得分 20). */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";

export function checkScoreWeight(
  item: { weight: number | null; score: number | null },
  name: string,
  sourceLine?: number,
): Diagnostic | undefined {
  if (item.weight === null || item.score === null || item.score <= item.weight + 1e-9) return undefined;
  return diagnostic("score-exceeds-weight", { score: item.score, weight: item.weight, name }, sourceLine);
}
