// readFundsBreakdown: a department's funds broken down by income and by expenditure, each item a
// text and the amount after it — under a header row, or beside the side labels on their own row
// (the labels merged down the rows); one item per side in order where the columns were lost.
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
    {
      name: "reads one item per side in order where the columns were lost (text that lost its TABs)",
      rows: ["按收入性质分\t按支出性质分", "其中：一般公共预算\t700\t其中：基本支出\t300", "政府性基金预算\t100\t项目支出\t550"],
      byIncome: { "其中：一般公共预算": 700, 政府性基金预算: 100 },
      byExpenditure: { "其中：基本支出": 300, 项目支出: 550 },
    },
    {
      name: "gives a one-item row that lost its empty first cell, left of every side's columns, to the first side",
      rows: ["按收入性质分\t其中：一般公共预算\t820.00\t按支出性质分\t其中：基本支出\t610.00", "政府性基金预算\t0.00\t项目支出\t310.00", "其他资金\t100.00"],
      byIncome: { "其中：一般公共预算": 820, 政府性基金预算: 0, 其他资金: 100 },
      byExpenditure: { "其中：基本支出": 610, 项目支出: 310 },
    },
    {
      name: "gives a row with one item to the side whose columns it stands in",
      rows: ["按收入性质分\t金额\t按支出性质分\t金额", "一般公共预算\t1100.00\t基本支出\t850.00", "\t\t项目支出\t250.00"],
      byIncome: { 一般公共预算: 1100 },
      byExpenditure: { 基本支出: 850, 项目支出: 250 },
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
