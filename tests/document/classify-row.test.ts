// classifyRow / classifyText: each line's row token, from the labels its cells carry wherever they stand.
import type { TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import * as T from "../../grammars/row-tokens.js";
import { classifyRow, classifyText, isLabelledRow } from "../../src/document/classify-row.js";
import { fundsHeaderOf, fundsItemOf } from "../../src/lines/cell-facts.js";
import type { Line } from "../../src/lines/model.js";
import { linesOf, rowOf } from "../helpers/cells.js";

interface RowCase {
  readonly source: string;
  readonly row: string;
  readonly line: number;
  readonly token: TokenType;
}

const rows: RowCase[] = [
  { source: "001 line 7", row: "项目名称\t\t劳务派遣人员经费（人社局）\t\t\t\t\t\t", line: 7, token: T.ProjectNameRow },
  { source: "001 line 157", row: "项目名称\t劳动仲裁工作经费", line: 157, token: T.ProjectNameRow },
  { source: "001 line 158", row: "------\t----------", line: 158, token: T.RuleRow },
  { source: "004 line 10", row: "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t", line: 10, token: T.IdentityRow },
  { source: "001 line 8", row: "主管部门\t\t\t\t实施单位\t\t\t\t", line: 8, token: T.IdentityRow },
  { source: "004 line 11", row: "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t", line: 11, token: T.FundsHeaderRow },
  // a header cut by a page break still has enough labels
  { source: "001 line 427", row: "项目资金\t年初预算数\t全年预算数\t全年执行\t分\t执行率\t得分", line: 427, token: T.FundsHeaderRow },
  // its continuation carries no label of its own
  { source: "001 line 429", row: "(万元)\t\t\t\t数\t值\t\t\t", line: 429, token: T.DataRow },
  { source: "003 line 811", row: "项目资金(万元)\t\t年初预算数\t\t全年预算数\t\t全年执行数\t\t分值\t执行率 %\t得分\t", line: 811, token: T.FundsHeaderRow },
  { source: "004 line 12", row: "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t", line: 12, token: T.FundsRow },
  { source: "004 line 13", row: "\t其中：当年财政拨款\t\t5.4\t5.4\t0\t—\t\t—\t", line: 13, token: T.FundsRow },
  { source: "004 line 15", row: "\t其他资金\t\t\t\t\t—\t\t—\t", line: 15, token: T.FundsRow },
  { source: "001 line 10", row: "（万元）\t年度资金总额\t139.04\t139.04\t139.04\t10分\t100%\t10\t", line: 10, token: T.FundsRow },
  // 年度资金总额 labelled 预算数
  { source: "001 line 538", row: "\t预算数\t2993\t2993\t2644\t10分\t93.90%\t\t", line: 538, token: T.FundsRow },
  { source: "003 line 812", row: "年度资金总额(万元):\t\t7\t6\t6\t6\t10\t100\t10\t\t\t", line: 812, token: T.FundsRow },
  { source: "003 line 813", row: "政府性预算资金\t\t7\t6\t6\t6\t-\t100\t-\t\t\t", line: 813, token: T.FundsRow },
  // header words interleaved with the 年度资金总额 values: the funds item wins
  { source: "003 line 1218", row: "项目资金（万元）\t年度资金总额（万元）：\t年初预算数\t3.84\t全年预算数\t3.84\t全年执行数\t10\t执行率 %\t10\t", line: 1218, token: T.FundsRow },
  { source: "003 line 816", row: "资金管理情况\t\t情况说明\t\t分值\t得分\t存在问题和改进措施\t\t\t\t\t", line: 816, token: T.ManagementHeaderRow },
  // without 资金管理情况, two management labels are enough
  { source: "003 line 1222", row: "\t情况说明\t分值\t得分\t存在问题和改进措施\t\t\t\t\t\t", line: 1222, token: T.ManagementHeaderRow },
  { source: "003 line 1223", row: "资金管理情况\t安排科学性\t按照部门预算编制和资金管理的要求，对该项目进行了项目论证、评审、立项等程序。\t\t5\t5\t无\t\t\t\t", line: 1223, token: T.DataRow },
  { source: "004 line 16", row: "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t", line: 16, token: T.GoalsHeaderRow },
  { source: "003 line 1227", row: "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t\t\t", line: 1227, token: T.GoalsHeaderRow },
  { source: "004 line 18", row: "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t", line: 18, token: T.IndicatorHeaderRow },
  // no 绩效指标 cell, a 偏差度 column
  { source: "003 line 823", row: "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差度 %\t偏差原因分析及改进措施\t\t", line: 823, token: T.IndicatorHeaderRow },
  // 绩效指标 cut to 绩效指 by the scraper
  { source: "001 line 115", row: "绩效指\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施", line: 115, token: T.IndicatorHeaderRow },
  { source: "003 line 1683", row: "绩效指标\t成本指标\t经济成本指标\t鉴定补贴标准\t100-380元\t181元\t10\t10\t0.00%\t", line: 1683, token: T.IndicatorLabelRow },
  { source: "004 line 19", row: "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t", line: 19, token: T.DataRow },
  { source: "004 line 45", row: "总分\t\t\t\t\t100\t93.9\t\t\t", line: 45, token: T.TotalRow },
  { source: "001 line 151", row: "\t总分\t\t\t\t\t100\t100\t", line: 151, token: T.TotalRow },
  { source: "000 line 11", row: "序号\t项目名称\t项目实施单位\t预算数（调整后）\t\t\t执行数（至2025年底）\t\t结余结转数\t结余交回财政数\t自评得分\t自评结果应用意见", line: 11, token: T.ListHeaderRow },
  { source: "002 line 29", row: "序号\t主管部门（单位）\t项目名称\t预算金额（调整后）\t自评得分\t自评等级", line: 29, token: T.ListHeaderRow },
  { source: "002 line 92", row: "序号\t主管部门（单位）\t转移支付资金（中央、省、区）项目名称\t预算金额 (调整后)\t自评 得分\t自评 等级", line: 92, token: T.ListHeaderRow },
  { source: "000 line 12", row: "\t\t\t中央\t省级\t市级\t市级\t县（市）区级\t\t\t\t", line: 12, token: T.DataRow },
  { source: "002 line 30", row: "1\t323003-秦皇岛经济技术开发区社会保险中心\t城乡医疗救助\t54.939800\t100\t优", line: 30, token: T.DataRow },
  { source: "003 line 142", row: "一、一般公共预算财政拨款收入\t1\t12,705.06\t一、一般公共服务支出\t32\t4.17", line: 142, token: T.DataRow },
];

describe("classifyRow", () => {
  it.each(rows)("reads $source as $token.name", ({ row, line, token }) => {
    expect(classifyRow(rowOf(row, line)).name).toBe(token.name);
  });
});

describe("classifyText", () => {
  it.each([
    { source: "004 line 5", text: "社保工作专项经费项目支出绩效自评表", token: T.FormTitle },
    { source: "003 line 807", text: "项目单位自评表", token: T.FormTitle },
    { source: "001 line 3", text: "劳务派遣人员经费（人社局）项目支出绩效自评表", token: T.FormTitle },
    { source: "004 line 7", text: "(2021 年度)", token: T.Year },
    { source: "001 line 5", text: "（2024 年度）", token: T.Year },
    { source: "003 line 135", text: "2023年度", token: T.Year },
    { source: "003 line 131", text: "公开01表", token: T.TableCode },
    { source: "004 line 3", text: "附件 1:", token: T.Text },
    { source: "000 line 5", text: "部门绩效自评结果公开汇总表", token: T.Text },
    { source: "002 line 3", text: "2023 年度人社局整体绩效自评工作报告", token: T.Text },
    { source: "003 line 805", text: "第五部分 项目支出绩效自评情况表", token: T.Text },
  ])("reads $source 「$text」 as $token.name", ({ text, token }) => {
    const line = linesOf(text).find((l): l is Extract<Line, { kind: "text" }> => l.kind === "text");
    expect(line).toBeDefined();
    expect(classifyText(line!).name).toBe(token.name);
  });
});

describe("fundsItemOf", () => {
  it.each([
    ["年度资金总额", "total"], // 004 line 12
    ["年度资金总额(万元):", "total"], // 003 line 812
    ["年度资金总额（万元）：", "total"], // 003 line 962
    ["预算数", "total"], // 001 line 538
    ["其中：当年财政拨款", "appropriation"], // 004 line 13
    ["其中:当年财政拨款", "appropriation"],
    ["上年结转资金", "carryover"], // 004 line 14
    ["其他资金", "other"], // 004 line 15
    ["政府性预算资金", "government"], // 003 line 813
    ["财政专户管理资金", "specialAccount"], // 003 line 814
    ["单位资金", "unitFunds"], // 003 line 815
  ] as const)("maps 「%s」 to %s", (text, item) => {
    expect(fundsItemOf(text)).toBe(item);
  });

  it.each([
    "预算数（调整后）", // 000 line 11: a list header, not a funds row
    "项目资金(万元)",
    "年初预算数",
    "8.89",
  ])("maps 「%s」 to no funds item", (text) => {
    expect(fundsItemOf(text)).toBeUndefined();
  });
});

describe("fundsHeaderOf", () => {
  it.each([
    ["年初预算数", "initialBudget"],
    ["全年预算数", "annualBudget"],
    ["全年预算", "annualBudget"], // 004 line 11
    ["全年执行数", "executed"],
    ["全年执行", "executed"], // 004 line 11
    ["分值", "weight"],
    ["执行率", "executionRate"],
    ["执行率 %", "executionRate"], // 003 line 811
    ["得分", "score"],
  ] as const)("maps 「%s」 to %s", (text, field) => {
    expect(fundsHeaderOf(text)).toBe(field);
  });

  it.each(["分", "全年", "执行", "项目资金"])("maps the fragment 「%s」 to no field (001 lines 427, 482)", (text) => {
    expect(fundsHeaderOf(text)).toBeUndefined();
  });
});

describe("a row label that carries its value in the same cell", () => {
  it("matches a label that carries its value in the same cell", () => {
    // the cell shape classify-row.ts names (`实施单位 济源…`), 003 line 960's label and value in one cell
    const labelOf = (text: string) => rowOf(`${text}\t`).cells[0]?.facts.rowLabel;
    expect(labelOf("实施单位 济源产城融合示范区人力资源和社会保障局")).toBe("identity");
    expect(labelOf("主管部门：社保科")).toBe("identity"); // 000 line 7
    expect(labelOf("项目资金")).not.toBe("identity");
  });
});

describe("isLabelledRow", () => {
  it.each([
    ["项目类别\t民生类", true],
    ["\t资金性质\t一般公共预算\t评价方式\t单位自评\t", true],
    ["项目周期\t2023年1月-12月", true],
    // a number, an odd cell, a vocabulary word, a level word, a long text: not `label¦value`
    ["1\t2", false],
    ["项目类别\t民生类\t其他", false],
    ["预期目标\t完成目标", false],
    ["产出指标\t数量指标", false],
    ["按照部门预算编制要求及时足额安排资金\t已完成", false],
  ])("reads %j as a label and value row: %s", (text, expected) => {
    expect(isLabelledRow(rowOf(text))).toBe(expected);
  });
});
