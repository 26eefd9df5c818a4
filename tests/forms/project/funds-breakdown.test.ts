// readFundsBreakdown: a department's 年度资金总额 by income and by expenditure, each side a label
// column and the amount right of it; a row may fill one side only.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { readFundsBreakdown } from "../../../src/forms/project/funds-breakdown.js";
import { rowOf } from "../../helpers/cells.js";

describe("readFundsBreakdown", () => {
  it("reads both sides below their header, a row filling one side only", () => {
    const rows = [
      rowOf("年度资金总额\t1500.00\t1500.00\t1480.00", 20),
      rowOf("按收入性质分\t金额\t按支出性质分\t金额", 21),
      rowOf("一般公共预算\t1100.00\t基本支出\t850.00", 22),
      rowOf("政府性基金预算\t400.00\t项目支出\t650.00", 23),
      rowOf("\t\t其他支出\t—", 24),
    ];
    const ledger = new CellLedger();
    const breakdown = readFundsBreakdown(rows, ledger);
    expect(breakdown.byIncome).toEqual({ 一般公共预算: 1100, 政府性基金预算: 400 });
    expect(breakdown.byExpenditure).toEqual({ 基本支出: 850, 项目支出: 650, 其他支出: null });
    // The funds line above the header is not the breakdown's: it stays for the funds reader.
    expect(breakdown.rows.map((r) => r.line)).toEqual([21, 22, 23, 24]);
    const unused = breakdown.rows.flatMap((r) => r.cells).filter((c) => c.text !== "" && !ledger.isUsed(c));
    expect(unused.map((c) => c.text)).toEqual([]);
  });

  it("reads one side when the header names one", () => {
    const rows = [rowOf("按支出性质分\t金额", 5), rowOf("基本支出\t12.5", 6)];
    const breakdown = readFundsBreakdown(rows, new CellLedger());
    expect(breakdown.byIncome).toBeUndefined();
    expect(breakdown.byExpenditure).toEqual({ 基本支出: 12.5 });
  });

  it("reads nothing from funds rows without a breakdown header", () => {
    const rows = [rowOf("年度资金总额\t1500.00\t1500.00", 20), rowOf("其中：财政拨款\t1500.00\t1500.00", 21)];
    expect(readFundsBreakdown(rows, new CellLedger())).toEqual({ rows: [] });
  });
});
