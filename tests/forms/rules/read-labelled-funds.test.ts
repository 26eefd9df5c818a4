// readLabelledFunds, through the whole parse: funds written as labelled values (a funds column's
// wording, then a number; one pair or several to a row) give the total line, reported
// funds-labelled-values, and the form goes on after them; a rate or score alone opens no funds.
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse-text.js";
import type { ProjectRecord } from "../../../src/schema/project.js";

const FORM = ["项目支出绩效自评表", "（2023年度）", "项目名称\t乡村振兴衔接资金", "项目单位\t某县农业农村局"];
const AFTER = [
  "年度绩效目标\t完成产业项目5个",
  "一级指标\t二级指标\t三级指标\t目标值\t实际值\t分值\t得分\t偏差原因",
  "产出指标\t数量指标\t产业项目个数\t5个\t5个\t50\t50\t",
  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50\t50\t",
  "自评总分\t100\t100",
];

const parse = (funds: string[]): ProjectRecord => {
  const { records } = parseText([...FORM, ...funds, ...AFTER].join("\n"));
  expect(records.map((r) => r.kind)).toEqual(["project"]);
  return records[0] as ProjectRecord;
};

describe("funds written as labelled values", () => {
  it.each([
    {
      name: "one pair to a row (年度预算数 / 实际支出数 / 预算执行率)",
      funds: ["年度预算数（万元）\t300", "实际支出数（万元）\t285", "预算执行率\t95%"],
      unit: "万元",
      line: { label: "", item: "total", initialBudget: null, annualBudget: 300, executed: 285, weight: null, executionRate: 95, score: null },
    },
    {
      name: "three pairs in one row (全年预算数 / 全年执行数 / 执行率)",
      funds: ["全年预算数\t300\t全年执行数\t285\t执行率\t95%"],
      unit: "万元",
      line: { label: "", item: "total", initialBudget: null, annualBudget: 300, executed: 285, weight: null, executionRate: 95, score: null },
    },
    {
      name: "pairs in 元, with 分值 and 得分 (年初预算数 / 预算执行数 / 分值 / 得分)",
      funds: ["年初预算数（元）\t3000000\t预算执行数（元）\t2850000", "分值\t10\t得分\t9.5"],
      unit: "元",
      line: { label: "", item: "total", initialBudget: 3000000, annualBudget: null, executed: 2850000, weight: 10, executionRate: null, score: 9.5 },
    },
  ])("reads $name as the total line, the form going on after them", ({ funds, unit, line }) => {
    const r = parse(funds);
    expect(r.funds).toEqual({ unit, lines: [line] });
    expect([r.goals.expected, r.indicators.length, r.total.score]).toEqual(["完成产业项目5个", 2, 100]);
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === "funds-labelled-values").map((d) => d.line)).toEqual([5]);
  });

  it("keeps an indicator named 预算执行率 in its table (a rate alone opens no funds)", () => {
    const r = parse([
      "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "年度资金总额\t300\t300\t285\t10\t95%\t9.5",
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "\t产出指标\t时效指标\t资金拨付及时率\t100%\t100%\t10\t10",
      "\t\t\t预算执行率\t100%\t95%\t10\t9.5",
    ]);
    expect(r.indicators.map((i) => i.name)).toContain("预算执行率");
    expect(r.funds.lines).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("funds-labelled-values");
  });
});
