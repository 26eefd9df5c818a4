// A page's mark on a line of its own (its number, `续表`) is a page break (reported), not text that would end
// the form running on over the page. Any other text line stays text.
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/lines/read-lines.js";
import { reportPageMarks } from "../../src/lines/page-marks.js";

describe("a page's number on its own line", () => {
  it.each(["第 1 页，共 2 页", "第3页", "第2页/共5页", "共5页 第2页", "- 2 -", "— 12 —", "　－3－　", "续表", "（续表）", "续上表"])("reads %s as a page break, reported", (text) => {
    const lines = readLines(`项目\t甲\n${text}\n项目\t乙`);
    expect(lines[1]).toEqual({ kind: "blank", line: 2, pageMark: text.trim() });
    expect(reportPageMarks(lines).map((d) => [d.code, d.line])).toEqual([["page-mark", 2]]);
  });

  it.each(["第三章 绩效目标", "第1页说明了项目的基本情况和资金使用情况", "-", "2023", "- 2 - 3", "续表说明", "接上表所列项目"])("keeps %s a text line", (text) => {
    const lines = readLines(`项目\t甲\n${text}\n项目\t乙`);
    expect(lines[1]?.kind).toBe("text");
    expect(reportPageMarks(lines)).toEqual([]);
  });
});
