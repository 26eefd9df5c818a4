// checkScoreWeight: a 得分 above its 分值 is kept as written and reported as score-exceeds-weight.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { checkScoreWeight } from "../../../src/forms/rules/check-score-weight.js";

/** What the check reports into a fresh ledger. */
function reported(item: Case["item"], label: string, line?: number): Diagnostic[] {
  const ledger = new CellLedger();
  checkScoreWeight(item, label, line, ledger);
  return ledger.diagnostics;
}

interface Case {
  readonly name: string;
  readonly line: number;
  readonly item: { weight: number | null; score: number | null };
  readonly label: string;
  readonly diagnostic: Diagnostic | undefined;
}

const cases: Case[] = [
  {
    // 001 line 18: `¦¦质量指标¦指标 1: 经费专款专用率，经费专款专业率¦…¦完成¦15¦20¦无`
    name: "reports a 得分 of 20 against a 分值 of 15 (001 line 18)",
    line: 18,
    item: { weight: 15, score: 20 },
    label: "经费专款专用率，经费专款专业率",
    diagnostic: {
      code: "score-exceeds-weight",
      severity: "warning",
      message: "得分 20 exceeds 分值 15 for 「经费专款专用率，经费专款专业率」; kept as stated",
      line: 18,
    },
  },
  {
    // 001 line 17: `…¦发放人数，按人数发放率¦完成¦10¦10¦无`
    name: "accepts a full score (001 line 17)",
    line: 17,
    item: { weight: 10, score: 10 },
    label: "发放人数，按人数发放率",
    diagnostic: undefined,
  },
  {
    // 003 line 827: `…¦工伤、伤残,病退鉴定人数¦300-400人¦660人¦5¦1.75¦65.00%¦…`
    name: "accepts a partial score (003 line 827)",
    line: 827,
    item: { weight: 5, score: 1.75 },
    label: "工伤、伤残,病退鉴定人数",
    diagnostic: undefined,
  },
  {
    // 003 line 962: the 年度资金总额 row lost its 得分
    name: "checks nothing without a score (003 line 962)",
    line: 962,
    item: { weight: 10, score: null },
    label: "年度资金总额",
    diagnostic: undefined,
  },
  {
    // 001 line 11: `¦其中：当年财政拨款¦…¦—¦¦—¦`
    name: "checks nothing without a weight (001 line 11)",
    line: 11,
    item: { weight: null, score: null },
    label: "当年财政拨款",
    diagnostic: undefined,
  },
];

describe("checkScoreWeight", () => {
  it.each(cases)("$name", ({ item, label, line, diagnostic }) => {
    expect(reported(item, label, line)).toEqual(diagnostic === undefined ? [] : [diagnostic]);
  });

  it("reports a score only just above its weight", () => {
    // 001 line 18's 分值 with a 得分 of 15.01
    expect(reported({ weight: 15, score: 15.01 }, "经费专款专用率", 18).map((d) => d.code)).toEqual(["score-exceeds-weight"]);
  });
});
