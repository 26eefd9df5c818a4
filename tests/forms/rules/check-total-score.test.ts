// checkTotalScore: 总分 should be the indicator scores' sum, on some forms plus the funds score and
// the 资金管理情况 scores; otherwise total-score-mismatch gives the full sum.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { checkTotalScore } from "../../../src/forms/rules/check-total-score.js";

/** What the check reports into a fresh ledger. */
function reported(
  stated: number | null,
  indicators: ReadonlyArray<number | null>,
  funds: number | null,
  management: ReadonlyArray<number | null>,
  line?: number,
): Diagnostic[] {
  const ledger = new CellLedger();
  checkTotalScore(stated, indicators, funds, management, line, ledger);
  return ledger.diagnostics;
}

interface Case {
  readonly name: string;
  readonly line: number;
  readonly stated: number | null;
  readonly indicators: Array<number | null>;
  readonly funds: number | null;
  readonly management: Array<number | null>;
  readonly diagnostic: Diagnostic | undefined;
}

const mismatch = (stated: number, computed: number, line: number): Diagnostic => ({
  code: "total-score-mismatch",
  severity: "warning",
  message: `总分 states ${stated} but the indicator, funds and 资金管理情况 scores add up to ${computed}; kept as stated`,
  line,
});

const cases: Case[] = [
  {
    // 004 lines 19–45: indicator 得分 10+8+8+8+8+8+10+10+10+10 = 90, 年度资金总额 得分 3.9 (line 12),
    // 总分 `总分¦¦¦¦¦100¦93.9¦¦¦` (line 45)
    name: "accepts 总分 = indicators + funds score (004 line 45: 90 + 3.9 = 93.9)",
    line: 45,
    stated: 93.9,
    indicators: [10, 8, 8, 8, 8, 8, 10, 10, 10, 10],
    funds: 3.9,
    management: [],
    diagnostic: undefined,
  },
  {
    // 001 lines 17–26: indicators 10+20+15+10+10+10+5+10+10 = 100 (with line 18's 20 over 15), 总分 100
    name: "accepts 总分 = the indicator scores alone (001 line 26)",
    line: 26,
    stated: 100,
    indicators: [10, 20, 15, 10, 10, 10, 5, 10, 10],
    funds: 10,
    management: [],
    diagnostic: undefined,
  },
  {
    // 003 lines 812–834: indicators 66.75, funds 10 (line 812), 资金管理情况 4+5+5+5 (lines 817–820), 总分 95.75
    name: "accepts 总分 = indicators + funds + 资金管理情况 scores (003 line 834)",
    line: 834,
    stated: 95.75,
    indicators: [10, 1.75, 10, 15, 15, 10, 5],
    funds: 10,
    management: [4, 5, 5, 5],
    diagnostic: undefined,
  },
  {
    // 003 lines 1751–1778: 年度资金总额 得分 0, indicators 70 + 资金管理情况 20 = 总分 90
    name: "accepts 总分 = indicators + 资金管理情况 scores (003, form of lines 1751–1778)",
    line: 1778,
    stated: 90,
    indicators: [10, 10, 10, 10, 15, 10, 5],
    funds: 0,
    management: [5, 5, 5, 5],
    diagnostic: undefined,
  },
  {
    // 001 lines 556–578: one indicator row has no 得分; the others add up to 90, plus funds 10
    name: "counts an indicator without 得分 as 0 (001, form of lines 556–578)",
    line: 578,
    stated: 100,
    indicators: [10, 15, 15, 10, 10, 10, 10, null, 10],
    funds: 10,
    management: [],
    diagnostic: undefined,
  },
  {
    // 001 lines 208–234: indicators add up to 105, with funds 115; 总分 says 100
    name: "reports a 总分 no sum gives, with the full sum (001 line 234)",
    line: 234,
    stated: 100,
    indicators: [10, 20, 10, 10, 10, 10, 10, 10, 10, 5],
    funds: 10,
    management: [],
    diagnostic: mismatch(100, 115, 234),
  },
  {
    // 003 lines 957–986: indicators 60, no funds 得分 (line 962), 资金管理情况 20; 总分 94.04
    name: "reports a 总分 above every sum (003 line 986)",
    line: 986,
    stated: 94.04,
    indicators: [3, 3, 4, 5, 5, 10, 10, 10, 5, 2, 3],
    funds: null,
    management: [5, 5, 5, 5],
    diagnostic: mismatch(94.04, 80, 986),
  },
  {
    // 003 line 1125–1152: the 总分 row has no values
    name: "checks nothing without a stated 总分 (003, form of lines 1125–1152)",
    line: 1152,
    stated: null,
    indicators: [10, 5.33, 10, 10, 25, 5],
    funds: 10,
    management: [5, 5, 5, 5],
    diagnostic: undefined,
  },
  {
    // real/05: a table of 目标值 / 实际完成值 (no 得分 column), 综合评价得分 99.8 read from the prose
    name: "checks nothing when no indicator, funds or 资金管理情况 row states a score (real/05)",
    line: 4,
    stated: 99.8,
    indicators: [null, null, null, null, null, null, null, null, null],
    funds: null,
    management: [],
    diagnostic: undefined,
  },
  {
    name: "checks nothing without indicators (004 line 45 with its indicators cut off)",
    line: 45,
    stated: 93.9,
    indicators: [],
    funds: 3.9,
    management: [],
    diagnostic: undefined,
  },
];

describe("checkTotalScore", () => {
  it.each(cases)("$name", ({ stated, indicators, funds, management, line, diagnostic }) => {
    expect(reported(stated, indicators, funds, management, line)).toEqual(diagnostic === undefined ? [] : [diagnostic]);
  });

  it("tolerates binary rounding in a sum of decimals (003 line 1329)", () => {
    // 003 lines 1301–1329: indicators 67.24, funds 10, 资金管理情况 20; in binary the sum is 97.24000000000001
    const indicators = [10, 2.24, 15, 10, 25, 2, 3];
    expect(indicators.reduce((a, x) => a + x, 0) + 10 + 20).not.toBe(97.24);
    expect(reported(97.24, indicators, 10, [5, 5, 5, 5], 1329)).toEqual([]);
  });
});

describe("checkTotalScore when the parser lost scores", () => {
  it.each([
    {
      // 02_yunnan-yongde-minglangzhongxue-2022 line 34: 总分 96, but rows the parser could not place
      // hold scores it never read; the 76 it has says nothing about the source
      name: "does not blame the source: reports the sum unchecked, as info",
      stated: 96,
      indicators: [10, 7, 10, 10, 9, 10, 10, 10],
      lost: 2,
      diagnostic: {
        code: "total-score-unchecked",
        severity: "info",
        message:
          "总分 states 96; the indicator, funds and 资金管理情况 scores read add up to 86, but 2 values of the indicator rows could not be read, so the sum is not checked",
        line: 34,
      },
    },
    {
      name: "still accepts a sum that matches, lost values or not",
      stated: 86,
      indicators: [10, 7, 10, 10, 9, 10, 10, 10],
      lost: 1,
      diagnostic: undefined,
    },
  ])("$name", ({ stated, indicators, lost, diagnostic }) => {
    const ledger = new CellLedger();
    checkTotalScore(stated, indicators, 10, [], 34, ledger, () => lost);
    expect(ledger.diagnostics).toEqual(diagnostic === undefined ? [] : [diagnostic]);
  });
});
