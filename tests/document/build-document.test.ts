// buildDocument: lines → blocks. Each table row lands in its form's section, list or account
// table; text lines above a block are its headings; nothing is left unplaced.
import { describe, expect, it } from "vitest";
import { buildDocument, rowsOfBlock, type Block } from "../../src/document/build-document.js";
import { readLines } from "../../src/lines/read-lines.js";
import { dumpOf } from "../helpers/cells.js";

const build = (excerpt: Array<[number, string]>) => buildDocument(readLines(dumpOf(excerpt)));
const shape = (b: Block): string => (b.kind === "text" ? `text ${b.line.line}` : `${b.kind} ${rowsOfBlock(b).map((r) => r.line).join(",")}`);

describe("buildDocument", () => {
  it("gathers a form's rows into its sections, with the title and year as headings (004 lines 5–19)", () => {
    const { blocks, strayRows } = build([
      [5, "社保工作专项经费项目支出绩效自评表"],
      [7, "(2021 年度)"],
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [10, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"],
      [11, "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t"],
      [12, "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t"],
      [16, "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t"],
      [17, "\t按时完成\t\t\t\t已完成\t\t\t\t"],
      [18, "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t"],
      [19, "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t"],
    ]);
    expect(strayRows).toEqual([]);
    expect(blocks.map(shape)).toEqual(["text 5", "text 7", "form 9,10,11,12,16,17,18,19"]);
    const form = blocks[2] as Extract<Block, { kind: "form" }>;
    expect(form.headings.map((h) => [h.line, h.token])).toEqual([
      [5, "formTitle"],
      [7, "year"],
    ]);
    const lines = (rows: ReadonlyArray<{ line: number }>) => rows.map((r) => r.line);
    const s = form.sections;
    expect([s.identity, s.fundsHeader, s.funds, s.goalsHeader, s.goals, s.indicatorHeader, s.indicators].map(lines)).toEqual([
      [9, 10],
      [11],
      [12],
      [16],
      [17],
      [18],
      [19],
    ]);
  });

  it("reads a list table with its headings (000 lines 5–13)", () => {
    const { blocks } = build([
      [5, "部门绩效自评结果公开汇总表"],
      [7, "主管部门：社保科"],
      [11, "序号\t项目名称\t项目实施单位\t预算数（调整后）\t\t\t执行数（至2025年底）\t\t结余结转数\t结余交回财政数\t自评得分\t自评结果应用意见"],
      [12, "\t\t\t中央\t省级\t市级\t市级\t县（市）区级\t\t\t\t"],
      [13, "1\t聘用保险办理人员劳务经费\t石家庄市机关事业单位社会保险中心\t\t\t42.21\t42.21\t\t0\t0\t100\t"],
    ]);
    expect(blocks.map(shape)).toEqual(["text 5", "text 7", "list 11,12,13"]);
    const list = blocks[2] as Extract<Block, { kind: "list" }>;
    expect(list.header.line).toBe(11);
    expect(list.headings.map((h) => h.text)).toEqual(["部门绩效自评结果公开汇总表", "主管部门：社保科"]);
  });

  it("reads a 部门决算 table with its code and meta lines (003 lines 129–142)", () => {
    const { blocks } = build([
      [129, "收入支出决算总表"],
      [131, "公开01表"],
      [133, "部门：济源产城融合示范区人力资源和社会保障局"],
      [135, "2023年度"],
      [137, "单位：万元"],
      [139, "收入\t\t\t支出\t\t"],
      [140, "项目\t行次\t决算数\t项目\t行次\t决算数"],
      [142, "一、一般公共预算财政拨款收入\t1\t12,705.06\t一、一般公共服务支出\t32\t4.17"],
    ]);
    const account = blocks.find((b): b is Extract<Block, { kind: "account" }> => b.kind === "account");
    expect(account?.code).toEqual({ line: 131, text: "公开01表", token: "tableCode" });
    expect(account?.meta.map((m) => [m.line, m.token])).toEqual([
      [133, "text"],
      [135, "year"],
      [137, "text"],
    ]);
    expect(account?.rows.map((r) => r.line)).toEqual([139, 140, 142]);
  });

  it("leaves a table no form or list claims as a loose table (004 line 38 alone)", () => {
    const { blocks, strayRows } = build([[38, ".....\t\t\t\t\t\t\t\t\t"]]);
    expect(blocks.map(shape)).toEqual(["table 38"]);
    expect(strayRows).toEqual([]);
  });
});
