// labelKey / headerKey: the comparison keys of label cells, so that wrapped, full-width and
// unit-bracketed labels meet the wording a vocabulary table writes once.
import { describe, expect, it } from "vitest";
import { headerKey, labelKey } from "../../../grammars/vocabulary/index.js";

describe("labelKey", () => {
  it.each([
    { source: "004 line 11", text: "项目资金 (万元)", key: "项目资金" },
    { source: "004 line 16", text: "年度 总体 目标", key: "年度总体目标" },
    { source: "a full-width unit and colon", text: "年度资金总额（万元）：", key: "年度资金总额" },
    { source: "003 line 1218", text: "年度资金总额（万元）：", key: "年度资金总额" },
    { source: "a half-width colon", text: "年度资金总额(万元):", key: "年度资金总额" },
    { source: "ideographic spaces", text: "全年\u3000预算数", key: "全年预算数" },
    { source: "000 line 11, a bracket that is no unit", text: "预算数（调整后）", key: "预算数(调整后)" },
    { source: "004 line 22, a percent unit", text: "发放差错率 (%)", key: "发放差错率" },
    { source: "002 line 29", text: "序号", key: "序号" },
  ])("gives the key of $source: $text → $key", ({ text, key }) => {
    expect(labelKey(text)).toBe(key);
  });
});

describe("headerKey", () => {
  it.each([
    { source: "a lettered header", text: "全年预算数（A）", key: "全年预算数" },
    { source: "a rate's letters", text: "执行率（B/A）", key: "执行率" },
    { source: "003 line 811", text: "执行率 %", key: "执行率" },
    { source: "004 line 11", text: "年初预算数", key: "年初预算数" },
    { source: "000 line 11, a qualifier kept", text: "预算数（调整后）", key: "预算数(调整后)" },
  ])("gives the header key of $source: $text → $key", ({ text, key }) => {
    expect(headerKey(text)).toBe(key);
  });
});
