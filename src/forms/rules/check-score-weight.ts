/**
 * Check `score-exceeds-weight`: a 得分 above its 分值 is kept as written and reported
 * (001 line 18: 分值 15, 得分 20).
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { SCORE_EPSILON } from "../arithmetic.js";

export function checkScoreWeight(
  item: { weight: number | null; score: number | null },
  name: string,
  sourceLine: number | undefined,
  ledger: CellLedger,
): void {
  if (item.weight === null || item.score === null || item.score <= item.weight + SCORE_EPSILON) return;
  ledger.report("score-exceeds-weight", { score: item.score, weight: item.weight, name }, sourceLine);
}
