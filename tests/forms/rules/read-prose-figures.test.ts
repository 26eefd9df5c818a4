// readProseFunds / readProseScore: a result publication's funds and score stated in sentences above
// its table are read when a figure word stands right before a number with its unit, each read
// reported read-from-prose; a number without its word or unit stays prose.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { TextLine } from "../../../src/document/build-document.js";
import { budgetLabel, readProseFunds, readProseScore } from "../../../src/forms/rules/read-prose-figures.js";

const lines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ line: i + 1, text, token: "text" }));

describe("budgetLabel", () => {
  it.each([
    ["2021年本专科生奖助学金项目实际下达预算", "2021年度本专科生奖助学金项目", "实际下达预算"],
    ["2022年项目年度预算资金", "老旧小区改造补助", "项目年度预算资金"],
    ["项目资金总额", null, "项目资金总额"],
  ] as const)("labels 「%s」 (project %s) as 「%s」: no leading year, no project name", (words, name, label) => {
    expect(budgetLabel(words, name)).toBe(label);
  });
});

describe("readProseFunds", () => {
  it("gives one total funds line in the budget's unit and reports what it read", () => {
    const ledger = new CellLedger();
    const read = readProseFunds(lines("一、自评结论", "2022年项目年度预算资金320万元，实际支出304万元，预算执行率95%。"), "老旧小区改造补助", ledger);
    expect(read).toEqual({
      unit: "万元",
      sourceLine: 2,
      line: { label: "项目年度预算资金", item: "total", initialBudget: null, annualBudget: 320, executed: 304, weight: null, executionRate: 95, score: null },
    });
    expect(ledger.diagnostics).toMatchObject([{ code: "read-from-prose", severity: "info", line: 2 }]);
    expect(ledger.diagnostics[0]?.message).toContain("「实际支出304万元」");
  });

  it("leaves an amount in another unit than the budget's in the text", () => {
    const read = readProseFunds(lines("下达预算320万元，实际支出3040000元。"), null, new CellLedger());
    expect(read?.line.executed).toBeNull();
    expect(read?.line.annualBudget).toBe(320);
  });

  it("reads nothing where no sentence states a budget", () => {
    const ledger = new CellLedger();
    expect(readProseFunds(lines("实际支出304万元。", "预算执行率95%。"), null, ledger)).toBeUndefined();
    expect(ledger.diagnostics).toEqual([]);
  });
});

describe("readProseScore", () => {
  it("reads the first score a sentence states, reported", () => {
    const ledger = new CellLedger();
    expect(readProseScore(lines("(一)评价得分情况。", "自评小组经过自评,综合评价得分为 99.8分。"), ledger)).toBe(99.8);
    expect(ledger.diagnostics).toMatchObject([{ code: "read-from-prose", line: 2 }]);
  });

  it("reads no 分 without a score word before it", () => {
    expect(readProseScore(lines("满分100分，按指标逐项打分。"), new CellLedger())).toBeNull();
  });
});
