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
