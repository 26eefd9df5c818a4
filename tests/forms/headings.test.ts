// The text lines above a table: its title, its year, and labelled values such as 主管部门：….
import { describe, expect, it } from "vitest";
import type { TextLine } from "../../src/document/build-document.js";
import { labelledValue, labelledYear, titleAndYear, yearInTitle, yearNamedWith, yearOf } from "../../src/forms/headings.js";

const text = (line: number, t: string, token: TextLine["token"] = "text"): TextLine => ({ line, text: t, token });

describe("yearOf", () => {
  it.each([
    { source: "004 line 7", line: "(2021 年度)", year: 2021 },
    { source: "a full-width year line", line: "（2024 年度）", year: 2024 },
    { source: "004 line 3, no year", line: "附件 1:", year: null },
  ])("reads the year of $source: $year", ({ line, year }) => {
    expect(yearOf(line)).toBe(year);
  });
});

describe("yearInTitle", () => {
  it.each([
    { source: "a title with its year", title: "2023年度项目支出绩效自评表", year: 2023 },
    { source: "a title with a spaced year", title: "某局 2023 年度项目支出绩效自评表", year: 2023 },
    // 004 line 47: `2021 年部门…`: 年 not followed by 度 is still a year word's start
    { source: "004 line 5, no year", title: "社保工作专项经费项目支出绩效自评表", year: null },
  ])("reads the year $source carries: $year", ({ title, year }) => {
    expect(yearInTitle(title)).toBe(year);
  });
});

describe("titleAndYear", () => {
  it("takes the title and year lines standing above a form (004 lines 3–7)", () => {
    const headings = [text(3, "附件 1:"), text(5, "社保工作专项经费项目支出绩效自评表", "formTitle"), text(7, "(2021 年度)", "year")];
    expect(titleAndYear(headings)).toEqual({ title: headings[1], year: headings[2] });
  });

  it("ignores a year line standing above the title", () => {
    const headings = [text(1, "(2020 年度)", "year"), text(3, "社保工作专项经费项目支出绩效自评表", "formTitle")];
    expect(titleAndYear(headings)).toEqual({ title: headings[1], year: undefined });
  });

  it("takes a title standing directly above (four lines at most) before one further up", () => {
    const headings = [
      text(1, "其他项目支出绩效自评表", "formTitle"),
      text(2, "社保工作专项经费项目支出绩效自评表", "formTitle"),
      text(3, "一"),
      text(4, "二"),
      text(5, "三"),
    ];
    expect(titleAndYear(headings).title?.line).toBe(2);
  });

  it("takes a title further up only where nothing stands in the four lines above (a publication's prose)", () => {
    const headings = [
      text(1, "社保工作专项经费项目支出绩效自评表", "formTitle"),
      text(2, "一"),
      text(3, "二"),
      text(4, "三"),
      text(5, "四"),
    ];
    expect(titleAndYear(headings)).toEqual({ title: headings[0], year: undefined });
    expect(titleAndYear([...headings.slice(0, 4), text(5, "（2021年度）", "year")]).title).toBeUndefined();
  });
});

describe("labelledValue", () => {
  // 000 lines 5–9, nearest first
  const headings = [text(9, "单位：万元"), text(7, "主管部门：社保科"), text(5, "部门绩效自评结果公开汇总表")];
  it.each([
    { label: "主管部门", value: "社保科" },
    { label: "单位", value: "万元" },
    { label: "实施单位", value: null },
  ])("reads $label from 000 lines 5–9: $value", ({ label, value }) => {
    expect(labelledValue(headings, label)).toBe(value);
  });

  it("reads a half-width colon and trims the value (主管部门: 社保科 )", () => {
    expect(labelledValue([text(7, "主管部门: 社保科 ")], "主管部门")).toBe("社保科");
  });

  it("takes the nearest line first", () => {
    expect(labelledValue([text(9, "单位：元"), text(3, "单位：万元")], "单位")).toBe("元");
  });
});

describe("labelledYear", () => {
  it.each([
    { source: "synthetic 02b line 2", lines: ["部门整体支出绩效评价指标评分表", "评价年度：2023年"], year: 2023 },
    { source: "a half-width colon and no 年", lines: ["预算年度:2022"], year: 2022 },
    { source: "a label not ending in 年度", lines: ["填报日期：2023年3月1日"], year: null },
    { source: "a year in prose, not labelled", lines: ["本单位2023年度共实施项目12个"], year: null },
  ])("reads the year of $source: $year", ({ lines, year }) => {
    expect(labelledYear(lines.map((t, i) => text(i + 1, t)))).toBe(year);
  });
});

describe("yearNamedWith", () => {
  it.each([
    { source: "real 04 lines 1–16, the notice's title far above its table", lines: ["南漳县招商服务中心2019年部门决算", "第二部分 县招商服务中心2019年部门决算表", "收入支出决算总表"], year: 2019 },
    { source: "a title with 年度", lines: ["某局2021年度部门决算公开"], year: 2021 },
    { source: "a year after the word, not before it", lines: ["部门决算说明（2020年）"], year: null },
    { source: "headings naming no 决算", lines: ["2018年工作总结"], year: null },
  ])("reads the year of $source: $year", ({ lines, year }) => {
    expect(yearNamedWith(lines.map((t, i) => text(i + 1, t)), "决算")).toBe(year);
  });
});
