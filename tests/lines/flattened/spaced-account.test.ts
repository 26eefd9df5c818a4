// 部门决算 tables written with spaces for TABs (text from a PDF) give the rows their TAB dump gives:
// a coded table's header, 栏次 and 合计 rows get back the empty cell spaces lost; side-by-side halves
// whose 收入 half is empty but for its 行次 keep that 行次 in its column; halves of unequal width.
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse-text.js";
import type { FinalAccountRecord } from "../../../src/schema/final-account.js";

const HEAD = ["部门：某县农业农村局", "", "2023年度", "", "单位：万元", ""];

const TABLES: Record<string, string[]> = {
  "a coded table, one heading per column (公开02表)": [
    "收入决算表",
    "公开02表",
    ...HEAD,
    "项目\t\t本年收入合计\t财政拨款收入\t事业收入\t其他收入",
    "功能分类科目编码\t科目名称\t\t\t\t",
    "\t栏次\t1\t2\t3\t4",
    "\t合计\t1,500.00\t1,400.00\t100.00\t0.00",
    "213\t农林水支出\t1,500.00\t1,400.00\t100.00\t0.00",
    "21301\t农业农村\t1,200.00\t1,100.00\t100.00\t0.00",
    "2130101\t行政运行\t1,200.00\t1,100.00\t100.00\t0.00",
  ],
  "a coded table whose one heading spans sub-headings (公开05表, 科目代码)": [
    "一般公共预算财政拨款支出决算表",
    "公开05表",
    ...HEAD,
    "项目\t\t本年支出\t\t",
    "科目代码\t科目名称\t小计\t基本支出\t项目支出",
    "\t栏次\t1\t2\t3",
    "\t合计\t900.00\t600.00\t300.00",
    "208\t社会保障和就业支出\t900.00\t600.00\t300.00",
    "20801\t人力资源和社会保障管理事务\t900.00\t600.00\t300.00",
  ],
  "halves whose 收入 half holds only its 行次 (公开01表)": [
    "收入支出决算总表",
    "公开01表",
    ...HEAD,
    "收入\t\t\t支出\t\t",
    "项目\t行次\t决算数\t项目\t行次\t决算数",
    "栏次\t\t1\t栏次\t\t2",
    "一、一般公共预算财政拨款收入\t1\t1,035.60\t一、一般公共服务支出\t4\t20.00",
    "二、事业收入\t2\t0.00\t二、教育支出\t5\t1,015.60",
    "\t3\t\t三、农林水支出\t6\t0.00",
    "本年收入合计\t7\t1,035.60\t本年支出合计\t8\t1,035.60",
  ],
  "halves of unequal width (公开04表: the 支出 half's amounts by fund)": [
    "财政拨款收入支出决算总表",
    "公开04表",
    ...HEAD,
    "收入\t\t\t支出\t\t\t\t",
    "项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款",
    "一、一般公共预算财政拨款\t1\t1,035.60\t一、一般公共服务支出\t3\t20.00\t20.00\t0.00",
    "\t2\t\t二、教育支出\t4\t1,015.60\t1,015.60\t0.00",
  ],
};

const spaced = (lines: readonly string[]): string =>
  lines.map((l) => (l.includes("\t") ? l.split("\t").filter((c) => c !== "").join(" ") : l)).join("\n");

const reading = (text: string): unknown =>
  (parseText(text).records as FinalAccountRecord[]).map((r) => ({ kind: r.kind, code: r.code, columns: r.columns, rows: r.rows }));

describe("部门决算 tables with spaces for TABs", () => {
  for (const [name, lines] of Object.entries(TABLES)) {
    const expected = reading(lines.join("\n")) as Array<{ rows: unknown[] }>;
    it(`${name}: the TAB dump itself gives one record with its rows`, () => {
      expect(expected).toHaveLength(1);
      expect(expected[0]?.rows.length).toBeGreaterThan(1);
    });
    it(`${name}: the spaced text gives the same record`, () => {
      expect(reading(spaced(lines))).toEqual(expected);
    });
  }
});

describe("the end of a 部门决算 table in spaced text", () => {
  it.each([
    ["a coded table", TABLES["a coded table, one heading per column (公开02表)"] as string[]],
    ["side-by-side halves", TABLES["halves whose 收入 half holds only its 行次 (公开01表)"] as string[]],
  ])("is the first line with no figure: a form after %s reads its own rows", (_name, table) => {
    const form = [
      "",
      "项目支出绩效自评表",
      "项目名称 农村公路养护",
      "主管部门 某县交通局 实施单位 某县公路中心",
      "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额 120 100 90 10 90% 9",
      "年度总体目标 预期目标 实际完成情况",
      "养护农村公路120公里，改善通行条件 完成养护125公里，通行条件改善",
    ];
    const records = parseText(spaced([...table, ...form])).records;
    const project = records.find((r) => r.kind === "project");
    expect(records.map((r) => r.kind)).toEqual(["final-account", "project"]);
    expect(project).toMatchObject({ name: "农村公路养护", goals: { expected: "养护农村公路120公里，改善通行条件", actual: "完成养护125公里，通行条件改善" } });
  });
});
