// formSignsOf: the form vocabulary a document shows, first line of each word, in line order.
import { describe, expect, it } from "vitest";
import { formSignsOf } from "../../src/document/form-signs.js";
import { linesOf } from "../helpers/cells.js";

describe("formSignsOf", () => {
  it.each([
    {
      name: "finds words in text lines and in cells, first line of each",
      text: "某项目支出绩效自评表\n项目名称\t某项目\n一级指标\t二级指标\n项目名称\t又一项目\n",
      signs: [
        { word: "自评表", line: 1 },
        { word: "项目名称", line: 2 },
        { word: "一级指标", line: 3 },
        { word: "二级指标", line: 3 },
      ],
    },
    {
      // 04_hubei-nanzhang-zsfwzx-2019-juesuan line 17 holds the table code in a cell
      name: "finds a 部门决算 table code inside a line",
      text: "收入支出决算总表\t公开01表\t\n",
      signs: [{ word: "公开01表", line: 1 }],
    },
    {
      name: "reads a label through white space and a zero-width space",
      text: "项目\u200b名称\t某项目\n年度 指标值\t一级 指标\n",
      signs: [
        { word: "项目名称", line: 1 },
        { word: "一级指标", line: 2 },
      ],
    },
    { name: "finds nothing in a table of other words", text: "甲\t乙\n1\t2\n", signs: [] },
  ])("$name", ({ text, signs }) => {
    expect(formSignsOf(linesOf(text))).toEqual(signs);
  });
});
