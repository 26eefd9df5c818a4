// CellLedger.label: a cell read as a label is checked, not trusted — taken only if the
// vocabulary knows its text (vocabulary/known-labels.ts) or the record keeps it; else unmapped.
import { describe, expect, it } from "vitest";
import { CellLedger, isAccounted } from "../../src/diagnostics/cell-ledger.js";
import { isKnownLabel } from "../../grammars/vocabulary/index.js";

const cell = (text: string, line = 9) => ({ line, text, mark: 0 });

describe("CellLedger.label", () => {
  it("takes the vocabulary's labels and header wordings as written in the fixtures", () => {
    // 001 line 9, 003 line 869, 000 line 11, 002 line 92, 003 line 168
    for (const text of ["项目资金", "项目资金 (万元)", "年初预算数", "执行率 %", "执行数（至2025年底）", "预算数（调整后）", "自评 得分", "主管部门（单位）", "栏次", "(万元)"]) {
      expect(isKnownLabel(text), text).toBe(true);
    }
  });

  it("lists a header cell the vocabulary does not know in unmapped and reports label-unknown", () => {
    const ledger = new CellLedger();
    for (const text of ["ZQ7X42", "全年预算数ZQ7X42", "ZQ7X42实际完成值", "2023预算数"]) {
      const c = cell(text);
      expect(ledger.label(c, "funds header")).toBe(false);
      expect(isAccounted(c)).toBe(true);
    }
    expect(ledger.unmapped.map((u) => u.text)).toEqual(["ZQ7X42", "全年预算数ZQ7X42", "ZQ7X42实际完成值", "2023预算数"]);
    expect(ledger.diagnostics[0]).toEqual({
      code: "label-unknown",
      severity: "warning",
      message: "the cell 「ZQ7X42」 stands among the labels of this funds header but is no label pe-parse knows; kept in unmapped",
      line: 9,
    });
  });

  it("takes a text the record keeps, and an empty cell, without a word", () => {
    const ledger = new CellLedger();
    expect(ledger.label(cell("县（市）区级"), "summary sub-header", true)).toBe(true);
    expect(ledger.label(cell(""), "summary sub-header")).toBe(true);
    expect(ledger.unmapped).toEqual([]);
    expect(ledger.diagnostics).toEqual([]);
  });
});
