// Text that lost its TABs: cut at the vocabulary's labels, glued numbers split by the form's own
// arithmetic, an ambiguous split kept as text and reported; a TAB dump passes unchanged.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/lines/model.js";
import { readFlattenedText } from "../../src/lines/flattened-text.js";
import { readLines } from "../../src/lines/read-lines.js";

function shape(lines: readonly Line[]): string[] {
  return lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : l.kind === "text" ? `text:${l.text}` : "blank"));
}

const DUMPS: Array<{ name: string; text: string; rows: string[]; codes: string[] }> = [
  {
    name: "cells separated by spaces (10a)",
    text: "项目名称 社区养老补助\n项目资金（万元） 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 80.00 76.00 10 95.00% 9.50\n总分 100 95.50",
    rows: ["项目名称¦社区养老补助", "项目资金（万元）¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额¦80.00¦76.00¦10¦95.00%¦9.50", "总分¦100¦95.50"],
    codes: ["layout-flattened"],
  },
  {
    name: "cells glued (10b); a labelled value alone on its line, with its colon, stays a line of text as a TAB dump writes it",
    text: "项目名称:少年宫运行补助\n主管部门:德安县教育局实施单位:德安县第三小学\n项目资金(万元)全年预算数全年执行数分值执行率得分\n年度资金总额:202010100.00%10",
    rows: ["text:项目名称:少年宫运行补助", "主管部门¦德安县教育局¦实施单位¦德安县第三小学", "项目资金(万元)¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额¦20¦20¦10¦100.00%¦10"],
    codes: ["layout-flattened", "cells-split"],
  },
  {
    name: "a department's breakdown and 年度主要任务 rows, which start with no label",
    text: "部门（单位）名称 某县农业农村局\n年度主要任务 任务名称 主要内容 预算金额（万元）\n农民培训 开展高素质农民培训 500\n年度资金总额 800 900 850\n按收入性质分 按支出性质分\n其中：一般公共预算 700 其中：基本支出 300",
    rows: [
      "部门（单位）名称¦某县农业农村局",
      "年度主要任务¦任务名称¦主要内容¦预算金额（万元）",
      "¦农民培训¦开展高素质农民培训¦500",
      "年度资金总额¦800¦900¦850",
      "按收入性质分¦按支出性质分",
      "其中：一般公共预算¦700¦其中：基本支出¦300",
    ],
    codes: ["layout-flattened"],
  },
  {
    name: "the score stated in prose under the table, kept as prose",
    text: "项目名称 饮水安全\n一级指标 二级指标 三级指标 预算设定指标值 项目完成指标值\n产出指标 数量指标 新建供水工程 5处 5处\n综合评价得分98.5分，评价等级为优。",
    rows: ["项目名称¦饮水安全", "一级指标¦二级指标¦三级指标¦预算设定指标值¦项目完成指标值", "产出指标¦数量指标¦新建供水工程¦5处¦5处", "text:综合评价得分98.5分，评价等级为优。"],
    codes: ["layout-flattened"],
  },
  {
    name: "a result list: its header, a group heading, rows starting with their 序号, a 合计 row",
    text: "某县项目绩效自评结果\n序号 项目名称 主管部门 预算金额（万元） 自评得分 自评等级\n一、县教育局\n1 校舍维修 县教育局 100 96 优\n2 营养餐 县教育局 300 92 优\n合计 400",
    rows: [
      "text:某县项目绩效自评结果",
      "序号¦项目名称¦主管部门¦预算金额（万元）¦自评得分¦自评等级",
      "一、县教育局",
      "1¦校舍维修¦县教育局¦100¦96¦优",
      "2¦营养餐¦县教育局¦300¦92¦优",
      "合计¦400",
    ],
    codes: ["layout-flattened"],
  },
  {
    name: "a 部门决算 table in spaced text: sides, header, 栏次, and items half by half where an amount is empty (1,234.56 is no sentence)",
    text: "公开01表\n编制单位：某县教育局 金额单位：万元\n收入 支出\n项目 行次 金额 项目 行次 金额\n一、财政拨款收入 1 1,234.56 一、一般公共服务支出 31\n二、上级补助收入 2 12.00 二、教育支出 32 1,200.00",
    rows: [
      "text:公开01表",
      "编制单位：某县教育局¦金额单位：万元",
      "收入¦支出",
      "项目¦行次¦金额¦项目¦行次¦金额",
      "一、财政拨款收入¦1¦1,234.56¦一、一般公共服务支出¦31¦",
      "二、上级补助收入¦2¦12.00¦二、教育支出¦32¦1,200.00",
    ],
    codes: ["layout-flattened"],
  },
  {
    name: "a goals header alone, its two texts on the line after it",
    text: "项目名称 乡村道路养护\n年度资金总额 200 171 10 95% 9.5\n年度总体目标 预期目标 实际完成情况\n养护农村公路120公里 完成养护125公里",
    rows: ["项目名称¦乡村道路养护", "年度资金总额¦200¦171¦10¦95%¦9.5", "年度总体目标¦预期目标¦实际完成情况", "¦养护农村公路120公里¦完成养护125公里"],
    codes: ["layout-flattened"],
  },
  {
    name: "a goals header worded otherwise, alone, its texts after it",
    text: "项目名称 老年助餐\n年度资金总额 120 115 10 95.83% 9.58\n年度绩效目标 年初设定目标 全年实际完成情况\n服务老年人3万人次 服务3.1万人次",
    rows: ["项目名称¦老年助餐", "年度资金总额¦120¦115¦10¦95.83%¦9.58", "年度绩效目标¦年初设定目标¦全年实际完成情况", "¦服务老年人3万人次¦服务3.1万人次"],
    codes: ["layout-flattened"],
  },
  {
    // 年度目标 is a section word too: standing second, it heads the 预期目标 column
    name: "a goals header whose 预期目标 column a second section word heads (绩效目标 年度目标 实际完成情况), its texts after it",
    text: "项目名称 农村饮水\n年度资金总额 300 285 10 95% 9.5\n绩效目标 年度目标 实际完成情况\n完成5个村管网改造。 已完成5个村管网改造。",
    rows: ["项目名称¦农村饮水", "年度资金总额¦300¦285¦10¦95%¦9.5", "绩效目标¦年度目标¦实际完成情况", "¦完成5个村管网改造。¦已完成5个村管网改造。"],
    codes: ["layout-flattened"],
  },
  {
    name: "a goals header 年度总体目标 绩效目标 完成情况, its texts after it",
    text: "项目名称 老年助餐\n年度资金总额 120 115 10 95.83% 9.58\n年度总体目标 绩效目标 完成情况\n服务老年人3万人次 服务3.1万人次",
    rows: ["项目名称¦老年助餐", "年度资金总额¦120¦115¦10¦95.83%¦9.58", "年度总体目标¦绩效目标¦完成情况", "¦服务老年人3万人次¦服务3.1万人次"],
    codes: ["layout-flattened"],
  },
  {
    name: "a TAB dump, left as it is",
    text: "项目名称\t社保经费\n主管部门\t人社局\n年度资金总额\t8.89\t3.49",
    rows: ["项目名称¦社保经费", "主管部门¦人社局", "年度资金总额¦8.89¦3.49"],
    codes: [],
  },
  {
    name: "prose with a label or two, left as it is",
    text: "2023年度项目支出绩效自评表\n本项目名称为社保经费。\n其余见附件。",
    rows: ["text:2023年度项目支出绩效自评表", "text:本项目名称为社保经费。", "text:其余见附件。"],
    codes: [],
  },
];

describe("readFlattenedText", () => {
  it("leaves one cell per line without TABs alone, though a few cells hold a space (`10 分`): values stand on lines of their own", () => {
    const text = "项目名称\n社保工作专项经费\n项目资金 (万元)\n年初预算数\n全年预算\n全年执行\n分值\n执行率\n得分\n年度资金总额\n8.89\n8.89\n3.49\n10 分\n39.25%\n3.9";
    const lines = readLines(text);
    const result = readFlattenedText(lines);
    expect(result.lines).toBe(lines);
    expect(result.diagnostics).toEqual([]);
  });

  it.each(DUMPS)("reads $name", ({ text, rows, codes }) => {
    const result = readFlattenedText(readLines(text));
    expect(shape(result.lines)).toEqual(rows);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it.each([
    ["项目资金总额：1,250,000元，实际支出1,180,000元，资金支出率94.4％。"],
    ["年度资金总额:320万元,实际支出304万元,执行率95%"],
    ["其中：财政拨款300万元，已全部支出。"],
  ])("keeps a sentence that opens with a funds label as prose, no funds row: %s", (sentence) => {
    const text = `项目名称:健康体检\n主管部门:某县卫健局实施单位:某县疾控中心\n${sentence}\n一级指标二级指标三级指标年度指标值实际完成值\n产出指标数量指标体检人数≥5000人5210人`;
    const result = readFlattenedText(readLines(text));
    expect(shape(result.lines)[2]).toBe(`text:${sentence}`);
  });

  it.each(["总分", "合计", "自评总分", "综合得分"])("reads `%s` alone on its line in a glued indicator table, its weight on the next, as the 总分 row", (label) => {
    // 07's target table: `总分` / `100` on lines of their own; other templates word the row 合计 / 自评总分.
    const text = `项目名称:农村饮水安全\n一级指标二级指标三级指标年度指标值分值\n产出指标数量指标受益人数≥2100人30\n效益指标社会效益指标群众满意度≥95%70\n${label}\n100`;
    const result = readFlattenedText(readLines(text));
    expect(shape(result.lines).slice(-2)).toEqual(["效益指标¦社会效益指标¦群众满意度¦≥95%¦70", `${label}¦¦¦¦100`]);
  });

  it("names the lines it read in layout-flattened, a warning", () => {
    const { diagnostics } = readFlattenedText(readLines(DUMPS[1]?.text ?? ""));
    expect(diagnostics[0]).toMatchObject({ code: "layout-flattened", severity: "warning", line: 2 });
    expect(diagnostics[0]?.message).toContain("lines 2–4");
    expect(diagnostics[1]?.message).toContain("「202010100.00%10」");
  });
});
