// A department-wide form names the department as its unit (单位名称, 部门:…); a 主管部门 it also names
// is the department's superior, kept in `extra`; a department form is never named after its title.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";
import type { DepartmentRecord } from "../../src/schema/department.js";

const department = (lines: string[]): DepartmentRecord => {
  const { records } = parseText(lines.join("\n"));
  const found = records.filter((r) => r.kind === "department");
  expect(found).toHaveLength(1);
  return found[0] as DepartmentRecord;
};

const INDICATORS = ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分", "产出指标\t数量指标\t监测点位运维数\t12个\t12个\t20\t20"];

describe("department forms", () => {
  it.each([
    {
      name: "keeps the 主管部门 beside the unit in extra (synthetic 01b line 3)",
      identity: "单位名称\t安平市生态环境局\t\t主管部门\t安平市人民政府",
      department: "安平市生态环境局",
      extra: [{ label: "主管部门", value: "安平市人民政府", line: 3 }],
    },
    {
      name: "takes the 主管部门 as the department where the form names no unit",
      identity: "主管部门\t安平市生态环境局",
      department: "安平市生态环境局",
      extra: [],
    },
  ])("$name", ({ identity, department: name, extra }) => {
    const record = department(["部门整体支出绩效自评表", "（2023年度）", identity, ...INDICATORS]);
    expect(record.department).toBe(name);
    expect(record.extra).toEqual(extra);
    expect(record.diagnostics.map((d) => d.code)).not.toContain("name-from-title");
  });
});

describe("the national department template's 年度主要任务 and its budget label", () => {
  it.each([
    ["年度部门整体支出预算（万元）", "部门名称"],
    ["部门整体支出预算（元）", "部门（单位）名称"],
    ["项目资金（万元）", "单位名称"],
  ])("reads the form with its funds under %s and the unit named by %s", (fundsLabel, unitLabel) => {
    const r = department([
      "2022年度部门整体支出绩效自评表",
      `${unitLabel}\t某县卫生健康局`,
      "年度主要任务\t任务名称\t主要内容",
      "\t公共卫生服务\t开展基本公共卫生服务",
      `${fundsLabel}\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分`,
      "\t年度资金总额\t1500\t1600\t1520\t10\t95%\t9.5",
      ...INDICATORS,
      "自评总分\t\t\t\t\t20\t20",
    ]);
    expect(r.department).toBe("某县卫生健康局");
    expect(r.funds.lines.map((l) => [l.item, l.initialBudget, l.annualBudget, l.executed, l.score])).toEqual([["total", 1500, 1600, 1520, 9.5]]);
    expect(r.extra).toEqual([{ label: "公共卫生服务", value: "开展基本公共卫生服务", line: 4 }]);
    expect(r.unmapped).toEqual([]);
    expect(r.indicators).toHaveLength(1);
  });
});

describe("a 年度主要任务 table whose headings are also funds words", () => {
  const FUNDS = ["项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "年度资金总额\t900\t960\t912\t10\t95%\t9.5"];
  it.each([
    {
      name: "a heading in two rows (预算金额 over 总额 / 财政拨款 / 其他资金)",
      table: ["年度主要任务\t任务名称\t主要内容\t预算金额（万元）", "\t\t\t总额\t财政拨款\t其他资金", "\t文物保护\t开展文物巡查\t300\t280\t20", "金额合计\t\t\t300\t280\t20"],
      figures: { "文物保护/预算金额（万元）/总额": "300", "文物保护/预算金额（万元）/财政拨款": "280", "文物保护/预算金额（万元）/其他资金": "20", "金额合计/预算金额（万元）/总额": "300", "金额合计/预算金额（万元）/财政拨款": "280", "金额合计/预算金额（万元）/其他资金": "20" },
    },
    {
      name: "one heading row of 预算数 / 执行数, a row that lost the label column",
      table: ["年度主要任务\t任务名称\t主要内容\t预算数\t执行数", "文物保护\t开展文物巡查\t300\t280", "金额合计\t\t\t300\t280"],
      figures: { "文物保护/预算数": "300", "文物保护/执行数": "280", "金额合计/预算数": "300", "金额合计/执行数": "280" },
    },
  ])("keeps $name out of the funds, each figure in extra", ({ table, figures }) => {
    for (const lines of [[...FUNDS, ...table], [...table, ...FUNDS]]) {
      const r = department(["部门整体支出绩效自评表", "（2023年度）", "部门名称\t某市文化广电旅游局", ...lines, ...INDICATORS, "总分\t\t\t\t\t30\t29.5"]);
      expect(r.funds.lines.map((l) => [l.label, l.initialBudget, l.annualBudget, l.executed])).toEqual([["年度资金总额", 900, 960, 912]]);
      expect(Object.fromEntries(r.extra.filter((e) => e.label.includes("/")).map((e) => [e.label, e.value]))).toEqual(figures);
      expect(r.extra.find((e) => e.label === "文物保护")?.value).toBe("开展文物巡查");
      expect(r.unmapped).toEqual([]);
    }
  });

  it("reads 年度绩效指标 as the indicator section's label", () => {
    const r = department(["部门整体支出绩效自评表", "（2023年度）", "部门名称\t某局", `年度绩效指标\t${INDICATORS[0]}`, `\t${INDICATORS[1]}`]);
    expect(r.indicators.map((i) => i.name)).toEqual(["监测点位运维数"]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("labelled values at a form's foot written as text", () => {
  it.each([
    ["填报人：王丽    联系电话：0775-6123456    填报日期：2024年3月20日", [["填报人", "王丽"], ["联系电话", "0775-6123456"], ["填报日期", "2024年3月20日"]]],
    ["评价人:李强 复核人:赵梅", [["评价人", "李强"], ["复核人", "赵梅"]]],
  ])("reads %s into extra", (foot, pairs) => {
    const r = department(["部门整体支出绩效自评表", "（2023年度）", "部门名称\t某局", ...INDICATORS, "总分\t\t\t\t\t20\t20", foot]);
    expect(r.extra.map((e) => [e.label, e.value])).toEqual(pairs);
    expect(r.diagnostics.map((d) => d.code)).toContain("read-from-prose");
  });
});
