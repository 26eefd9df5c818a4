// markPartHeadings (src/document/part-heading.ts): which lines between a form's parts are
// headings of the form, decided on the row tokens.
import { describe, expect, it } from "vitest";
import { rowTokensOf } from "../../src/document/build-document.js";
import { readLines } from "../../src/lines/read-lines.js";

/** The token name of each line (page breaks left out). */
const tokens = (lines: readonly string[]): string[] =>
  rowTokensOf(readLines(lines.join("\n"))).map((t) => t.tokenType.name).filter((n) => n !== "PageBreak");

const IDENTITY = ["项目名称\t测试项目", "主管部门\t某局\t实施单位\t某中心"];
const FUNDS_HEADER = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分";
const FUNDS_TOTAL = "年度资金总额\t100\t100\t90\t10\t90%\t9";
const GOALS_HEADER = "年度总体目标\t预期目标\t实际完成情况";
const INDICATOR_HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分";

describe("markPartHeadings", () => {
  it.each([
    { name: "a text line between funds and goals", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "二、绩效目标完成情况", GOALS_HEADER], at: 4, heading: true },
    { name: "a text line under the identity rows", lines: [...IDENTITY, "项目概况", FUNDS_HEADER, FUNDS_TOTAL], at: 2, heading: true },
    { name: "a text line after a page break", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "", "三、绩效指标", INDICATOR_HEADER], at: 4, heading: true },
    { name: "a numbered one-cell row", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "（三）指标完成情况\t\t", INDICATOR_HEADER], at: 4, heading: true },
    { name: "an unnumbered one-cell row under the identity rows", lines: [...IDENTITY, "基本信息\t\t", FUNDS_HEADER], at: 2, heading: true },
    { name: "a one-cell row under the identity rows, a labelled row after it", lines: [...IDENTITY, "项目概况\t\t", "项目负责人\t张三", FUNDS_HEADER], at: 2, heading: true },
    { name: "a line a labelled row follows, not under the identity rows", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "四、其他", "项目负责人\t张三"], at: 4, heading: false },
    { name: "an unnumbered one-cell row after the goals (a goal's text)", lines: [...IDENTITY, GOALS_HEADER, "\t完成任务\t", INDICATOR_HEADER], at: 3, heading: false },
    { name: "a line no part of the form follows", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "二、其他情况", "备注\t无"], at: 4, heading: false },
    { name: "a labelled line", lines: [...IDENTITY, "填报人：张三", FUNDS_HEADER], at: 2, heading: false },
    { name: "a unit line (the recogniser reads its unit)", lines: [...IDENTITY, "单位：万元", FUNDS_HEADER], at: 2, heading: true },
    { name: "a sentence", lines: [...IDENTITY, "项目按计划实施，效果良好。", FUNDS_HEADER], at: 2, heading: false },
    { name: "a number", lines: [...IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, "2023", GOALS_HEADER], at: 4, heading: false },
    { name: "a line under a title, above a form's first part", lines: ["某项目绩效自评表", "项目资金情况", FUNDS_HEADER], at: 1, heading: false },
    { name: "an identity label with its value glued on", lines: [IDENTITY[0] as string, "实施单位某中心", FUNDS_HEADER], at: 1, heading: false },
    { name: "a line inside a 部门决算 table", lines: ["公开01表", "项目\t行次\t金额", "一、一般公共预算财政拨款收入\t1\t100", "说明", FUNDS_TOTAL], at: 3, heading: false },
  ])("$name: heading $heading", ({ lines, at, heading }) => {
    expect(tokens(lines)[at] === "PartHeading").toBe(heading);
  });

  it("makes a text line a row of one cell, counted as one row more", () => {
    const repairs = { diagnostics: [], extraRows: 0 };
    const [, , heading] = rowTokensOf(readLines([...IDENTITY, "项目概况", FUNDS_HEADER].join("\n")), repairs) as Array<{ payload: unknown }>;
    expect(heading?.payload).toMatchObject({ kind: "table", line: 3, row: { cells: [{ col: 0, text: "项目概况", line: 3 }] } });
    expect(repairs.extraRows).toBe(1);
  });
});
