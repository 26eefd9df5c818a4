// checkGradeScore: a 自评等级 of 优 under 60 points, or 差 at 90 or more, contradicts its 自评得分;
// both are kept as stated and the row reported grade-score-mismatch.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { checkGradeScore } from "../../../src/forms/rules/check-grade-score.js";

interface Case {
  readonly name: string;
  readonly line: number;
  readonly grade: string | null;
  readonly score: number | null;
  readonly diagnostics: Diagnostic[];
}

const mismatch = (grade: string, score: number, line: number): Diagnostic => ({
  code: "grade-score-mismatch",
  severity: "warning",
  message: `自评等级 「${grade}」 does not match 自评得分 ${score}; kept as stated`,
  line,
});

const cases: Case[] = [
  // 002 line 30 `1¦323003-…社会保险中心¦城乡医疗救助¦54.939800¦100¦优`
  { name: "accepts 优 at 100 points (002 line 30)", line: 30, grade: "优", score: 100, diagnostics: [] },
  // 002 line 38 `8¦…¦(本级)追加2023年社保中心长期护理保险经办服务费¦2.390000¦0¦差`
  { name: "accepts 差 at 0 points (002 line 38)", line: 38, grade: "差", score: 0, diagnostics: [] },
  // 002 line 38 with its grade written 优
  { name: "reports 优 at 0 points (002 line 38, grade 优)", line: 38, grade: "优", score: 0, diagnostics: [mismatch("优", 0, 38)] },
  { name: "reports 优 at 59 points, just under 60 (002 line 38, score 59)", line: 38, grade: "优", score: 59, diagnostics: [mismatch("优", 59, 38)] },
  { name: "accepts 优 at exactly 60 points (002 line 38, score 60)", line: 38, grade: "优", score: 60, diagnostics: [] },
  // a grade written with a qualifier still starts with 优
  { name: "reports 优秀 at 0 points, read by its first character (002 line 38, grade 优秀)", line: 38, grade: "优秀", score: 0, diagnostics: [mismatch("优秀", 0, 38)] },
  // 002 line 30 with its grade written 差
  { name: "reports 差 at 100 points (002 line 30, grade 差)", line: 30, grade: "差", score: 100, diagnostics: [mismatch("差", 100, 30)] },
  { name: "reports 差 at exactly 90 points (002 line 30, score 90)", line: 30, grade: "差", score: 90, diagnostics: [mismatch("差", 90, 30)] },
  { name: "accepts 差 at 89 points (002 line 30, score 89)", line: 30, grade: "差", score: 89, diagnostics: [] },
  { name: "checks nothing without a grade (002 line 30, grade empty)", line: 30, grade: null, score: 0, diagnostics: [] },
  { name: "checks nothing without a score (002 line 38, score empty)", line: 38, grade: "优", score: null, diagnostics: [] },
];

describe("checkGradeScore", () => {
  it.each(cases)("$name", ({ line, grade, score, diagnostics }) => {
    const ledger = new CellLedger();
    checkGradeScore(grade, score, line, ledger);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
