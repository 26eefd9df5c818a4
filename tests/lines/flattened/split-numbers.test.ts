// Glued digits cut into their columns' numbers by the form's own arithmetic; a split the arithmetic
// allows two ways is reported and the text kept.
import { describe, expect, it } from "vitest";
import { cutNumbers, splitFundsRun, weightScoreCuts } from "../../../src/lines/flattened/split-numbers.js";

const FUNDS = ["annualBudget", "executed", "weight", "executionRate", "score"] as const;

describe("splitFundsRun", () => {
  it.each([
    { run: "202010100.00%10", total: true, cells: ["20", "20", "10", "100.00%", "10"] },
    { run: "2020100.00%", total: false, cells: ["20", "20", "100.00%"] },
    { run: "100951095.00%9.5", total: true, cells: ["100", "95", "10", "95.00%", "9.5"] },
  ])("splits 「$run」 by 执行率 = 执行数 ÷ 预算数 and the total's 分值 10", ({ run, total, cells }) => {
    expect(splitFundsRun(run, FUNDS, total, total ? undefined : 20)?.cells).toEqual(cells);
  });

  it("reports two splits the arithmetic both allows and keeps the text", () => {
    // 11 / 11 / 100% and 1 / 1 / … : 111100.00% cuts as 1¦11¦… too; without 分值 nothing tells them apart.
    const split = splitFundsRun("1111100.00%", ["annualBudget", "executed", "executionRate"], false);
    expect(split?.cells).toEqual(["1111100.00%"]);
    expect(split?.ambiguous).toBeDefined();
  });

  it("gives no split when none holds", () => {
    // 20 / 19 gives 95%, not 100%; 20191 / 0 would give 0.00% but exceeds the total's 20.
    expect(splitFundsRun("2019100.00%", ["annualBudget", "executed", "executionRate"], false, 20)).toBeUndefined();
  });
});

describe("cutNumbers and weightScoreCuts", () => {
  it("cuts digits without leading zeros", () => {
    expect(cutNumbers("2020", 2)).toEqual([
      ["20", "20"],
      ["202", "0"],
    ]);
  });
  it.each([
    ["3030", 2, [["30", "30"]]],
    ["2018", 2, [["20", "18"]]],
    ["20", 1, [["20"]]],
  ] as const)("cuts 「%s」 into 分值 and 得分 with 得分 ≤ 分值 ≤ 100", (digits, count, cuts) => {
    expect(weightScoreCuts(digits, count)).toEqual(cuts);
  });
});
