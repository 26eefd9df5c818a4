/**
 * Check `grade-score-mismatch` on a result row: a 自评等级 of 优 under 60 points, or 差 at 90 or more,
 * contradicts its 自评得分. Both are kept as stated and the row is reported.
 */
import { BOTTOM_GRADE, TOP_GRADE } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

export function checkGradeScore(grade: string | null, score: number | null, sourceLine: number, ledger: CellLedger): void {
  if (grade === null || score === null) return;
  if ((score < 60 && grade.startsWith(TOP_GRADE)) || (score >= 90 && grade === BOTTOM_GRADE)) {
    ledger.report("grade-score-mismatch", { grade, score }, sourceLine);
  }
}
