// Summary tables and result lists worded as other provinces print them (not in the seeds).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";

describe("list tables beyond the seeds", () => {
  it.each(["预算单位", "项目单位", "项目实施单位"])("reads a summary table's %s column as the implementer, not a budget", (unitHeader) => {
    const text = [
      "2022年度项目支出绩效自评结果汇总表",
      "单位：万元",
      `序号\t项目名称\t${unitHeader}\t预算数\t执行数\t结余结转数\t自评得分`,
      "1\t农村公路养护\t县公路中心\t120\t114\t6\t92",
    ].join("\n");
    const [row] = parseText(text).records;
    expect(row).toMatchObject({ kind: "summary-row", name: "农村公路养护", implementer: "县公路中心", budget: { 预算数: 120 }, executed: { 执行数: 114 }, carryover: 6, score: 92, unmapped: [] });
  });

  it.each([
    ["编号", "项目名称", "项目实施单位", "调整后预算数", "实际执行数", "结余结转数", "结余收回数", "自评分数"],
    ["序号", "项目全称", "单位名称", "全年预算数", "预算执行数", "结转结余数", "收回财政数", "评价得分"],
    ["编号", "项目名称", "实施单位", "年度预算数", "支出数", "结余资金", "结余交回财政数", "自评得分"],
  ])("reads a summary table headed %s / %s / %s / %s / %s / %s / %s / %s", (seq, name, unit, budget, executed, carryover, returned, score) => {
    const text = [
      "2022年度项目支出绩效自评结果汇总表",
      "单位：万元",
      [seq, name, unit, budget, executed, carryover, returned, score].join("\t"),
      "1\t农村公路养护\t县公路中心\t120\t114\t6\t6\t92",
      "2\t校舍维修\t县教育局\t80\t80\t0\t0\t100",
    ].join("\n");
    const rows = parseText(text).records;
    expect(rows.map((r) => (r.kind === "summary-row" ? [r.seq, r.name, r.implementer, Object.values(r.budget), Object.values(r.executed), r.carryover, r.returned, r.score, r.unmapped] : r.kind))).toEqual([
      [1, "农村公路养护", "县公路中心", [120], [114], 6, 6, 92, []],
      [2, "校舍维修", "县教育局", [80], [80], 0, 0, 100, []],
    ]);
  });

  it("reads row numbers written in full-width digits (１, ２) as numbers, in a summary table and a result list", () => {
    const summary = ["单位：万元", "序号\t项目名称\t实施单位\t预算数\t执行数\t结余结转数\t自评得分", "１\t农村公路养护\t县公路中心\t120\t114\t6\t92", "２\t校舍维修\t县教育局\t80\t80\t0\t100"];
    const results = ["序号\t主管部门\t项目名称\t预算金额\t自评得分\t自评等级", "１\t县教育局\t校舍维修改造\t120\t95\t优", "１２\t县交通局\t农村公路养护\t300\t88\t良"];
    const seqs = (lines: string[]): unknown[] => parseText(lines.join("\n")).records.map((r) => ("seq" in r ? [r.seq, r.unmapped] : r.kind));
    expect(seqs(summary)).toEqual([
      [1, []],
      [2, []],
    ]);
    expect(seqs(results)).toEqual([
      [1, []],
      [12, []],
    ]);
  });

  it.each([["编号"], ["序号"]])("reads a result list whose row numbers are headed %s", (seq) => {
    const text = [
      "2023年度部门项目支出绩效自评结果",
      `${seq}\t主管部门\t项目全称\t预算金额\t自评得分\t自评等级`,
      "1\t县教育局\t校舍维修改造\t120\t95\t优",
      "2\t县交通局\t农村公路养护\t300\t88\t良",
    ].join("\n");
    const { records } = parseText(text);
    expect(records.map((r) => (r.kind === "result-row" ? [r.seq, r.department, r.name, r.budget, r.score, r.grade, r.unmapped] : r.kind))).toEqual([
      [1, "县教育局", "校舍维修改造", 120, 95, "优", []],
      [2, "县交通局", "农村公路养护", 300, 88, "良", []],
    ]);
  });

  it("reads a one-level summary table whose columns are 预算数 / 执行数 / 结余", () => {
    const text = [
      "某区部门绩效自评结果汇总表",
      "主管部门：某局",
      "单位：万元",
      "序号\t项目名称\t实施单位\t预算数\t执行数\t结余\t自评得分\t应用意见",
      "1\t项目甲\t某中心\t100\t90\t10\t95\t无",
    ].join("\n");
    const [row] = parseText(text).records;
    expect(row).toMatchObject({
      kind: "summary-row",
      table: "某区部门绩效自评结果汇总表",
      department: "某局",
      seq: 1,
      name: "项目甲",
      implementer: "某中心",
      budget: { 预算数: 100 },
      executed: { 执行数: 90 },
      carryover: 10,
      returned: null,
      score: 95,
      opinion: "无",
      unmapped: [],
    });
  });

  it.each([
    ["部门名称", "项目金额（万元）", "自评得分", "自评等级"],
    ["部门", "预算金额", "评分", "等级"],
    ["主管部门", "项目资金（万元）", "自评分数", "评价结果"],
  ])("reads a result list with no 序号 column, headed %s / 项目名称 / %s / %s / %s", (department, budget, score, grade) => {
    const text = [
      "2023年度部门项目支出绩效自评结果",
      `${department}\t项目名称\t${budget}\t${score}\t${grade}`,
      "县教育局\t校舍维修改造\t120\t95\t优",
      "县交通局\t农村公路养护\t300\t88\t良",
    ].join("\n");
    const { records } = parseText(text);
    expect(records.map((r) => (r.kind === "result-row" ? [r.department, r.name, r.budget, r.score, r.grade, r.unmapped] : r.kind))).toEqual([
      ["县教育局", "校舍维修改造", 120, 95, "优", []],
      ["县交通局", "农村公路养护", 300, 88, "良", []],
    ]);
  });

  it.each([
    ["实际支出数（万元）", "绩效自评分数", "评价结果"],
    ["支出金额", "自评分数", "自评结果"],
  ])("reads a result list's spending as %s, its score as %s and its grade as %s", (executed, score, grade) => {
    const text = [
      "2023年度项目绩效自评情况表",
      `序号\t预算单位\t项目名称\t年度预算数（万元）\t${executed}\t预算执行率\t${score}\t${grade}`,
      "1\t县教育局\t校舍维修改造\t120\t118\t98.33%\t95\t优秀",
    ].join("\n");
    const [row] = parseText(text).records;
    expect(row).toMatchObject({ kind: "result-row", seq: 1, department: "县教育局", name: "校舍维修改造", budget: 120, executed: 118, executionRate: 98.33, score: 95, grade: "优秀", unmapped: [], diagnostics: [] });
  });

  it("keeps a form's identity row (项目名称¦部门¦…) a form's, not a list header: its value heads nothing", () => {
    const text = ["2023年度项目支出绩效自评表", "项目名称\t校舍维修改造\t部门\t县教育局", "年度资金总额\t100\t100\t95\t10\t95%\t9.5"].join("\n");
    expect(parseText(text).records.map((r) => r.kind)).toEqual(["project"]);
  });

  it("reads a result list whose department column is 单位名称 and grade column 评价等级", () => {
    const text = ["序号\t单位名称\t项目名称\t预算金额\t自评得分\t评价等级", "1\t[101001]某某局\t某项目\t12.5\t92\t优"].join("\n");
    const [row] = parseText(text).records;
    expect(row).toMatchObject({
      kind: "result-row",
      table: "项目名称",
      seq: 1,
      departmentCode: "101001",
      department: "某某局",
      name: "某项目",
      budget: 12.5,
      score: 92,
      grade: "优",
      unmapped: [],
    });
  });
});
