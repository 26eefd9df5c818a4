// readFundsBreakdown: a department's funds broken down by income and by expenditure, each side a
// label column and the amount right of it — under a header row, or beside the side labels on
// their own row (the labels merged down the rows).
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { readFundsBreakdown } from "../../../src/forms/project/funds-breakdown.js";
import { rowOf } from "../../helpers/cells.js";

describe("readFundsBreakdown", () => {
  it.each([
    {
      name: "reads the rows under a header of side labels and 金额 (synthetic 01a)",
      rows: ["按收入性质分\t金额\t按支出性质分\t金额", "一般公共预算\t1100.00\t基本支出\t850.00", "政府性基金预算\t0.00\t项目支出\t250.00"],
      byIncome: { 一般公共预算: 1100, 政府性基金预算: 0 },
      byExpenditure: { 基本支出: 850, 项目支出: 250 },
    },
    {
      name: "reads the items beside the side labels, starting on the labels' own row (synthetic 01b lines 6–8)",
      rows: ["按收入性质分\t其中：一般公共预算\t820.00\t按支出性质分\t其中：基本支出\t610.00", "\t政府性基金预算\t0.00\t\t项目支出\t310.00", "\t其他资金\t100.00\t\t\t"],
      byIncome: { "其中：一般公共预算": 820, 政府性基金预算: 0, 其他资金: 100 },
      byExpenditure: { "其中：基本支出": 610, 项目支出: 310 },
    },
  ])("$name", ({ rows, byIncome, byExpenditure }) => {
    const ledger = new CellLedger();
    const found = readFundsBreakdown(rows.map((r, i) => rowOf(r, i + 6)), ledger);
    expect(found.byIncome).toEqual(byIncome);
    expect(found.byExpenditure).toEqual(byExpenditure);
    expect(found.rows).toHaveLength(rows.length);
    expect(ledger.unmapped).toEqual([]);
  });
});
