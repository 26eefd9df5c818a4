// readUnlabelledTotal, through the funds reader: a funds table whose one row of values has no label
// (its label cell spanned header and values, written on the header's row only) gives the total line,
// reported funds-total-unlabelled; two such rows, or a labelled row, leave the rule alone.
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse-text.js";
import type { ProjectRecord } from "../../../src/schema/project.js";

const FORM = ["2022年度项目支出绩效自评表", "项目名称\t社区居家养老服务补贴", "主管部门\t某区民政局\t实施单位\t某区养老服务中心"];
const INDICATORS = ["绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分", "\t产出指标\t数量指标\t服务老人数量\t≥2000人\t2150人\t90\t88"];

const parse = (funds: string[]): ProjectRecord => {
  const { records } = parseText([...FORM, ...funds, ...INDICATORS, "总分\t100\t97.5"].join("\n"));
  expect(records).toHaveLength(1);
  return records[0] as ProjectRecord;
};

describe("a funds table whose one row of values has no label", () => {
  it.each([
    {
      funds: ["项目资金情况（万元）\t预算数\t执行数\t执行率\t分值\t得分", "\t80\t76\t95%\t10\t9.5"],
      line: { label: "", item: "total", initialBudget: null, annualBudget: 80, executed: 76, weight: 10, executionRate: 95, score: 9.5 },
    },
    {
      funds: ["资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "\t80\t82\t76\t10\t92.68%\t9.3"],
      line: { label: "", item: "total", initialBudget: 80, annualBudget: 82, executed: 76, weight: 10, executionRate: 92.68, score: 9.3 },
    },
  ])("reads it as the total line ($funds.0)", ({ funds, line }) => {
    const r = parse(funds);
    expect(r.funds.lines).toEqual([line]);
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "funds-total-unlabelled").map((d) => d.line)).toEqual([5]);
  });

  it("leaves two rows of values without labels unread as lines, their cells in unmapped", () => {
    const r = parse(["资金情况（万元）\t预算数\t执行数\t执行率\t分值\t得分", "\t80\t76\t95%\t10\t9.5", "\t20\t19\t95%\t\t"]);
    expect(r.funds.lines).toEqual([]);
    expect(r.unmapped.map((u) => u.text)).toContain("80");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("funds-total-unlabelled");
  });
});
