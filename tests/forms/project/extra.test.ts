// readExtra: a form's labelled values no field takes (SPEC v2 `extra`), paired left to right,
// labels kept as written; every cell read is used, an unknown label without a value kept.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { readExtra } from "../../../src/forms/project/extra.js";
import type { ExtraItem } from "../../../src/schema/common.js";
import { rowOf } from "../../helpers/cells.js";

interface Case {
  readonly name: string;
  readonly rows: string[];
  readonly extra: Array<Omit<ExtraItem, "line">>;
  /** Texts of cells left neither used nor labelled (unmapped when the record closes). */
  readonly unread: string[];
}

const cases: Case[] = [
  {
    name: "reads a table label's rows below it, task by task, its headings read as headings, not as values",
    rows: ["年度主要任务\t任务名称\t主要内容", "\t公共卫生服务\t开展基本公共卫生服务", "\t医疗能力建设\t建设县域医共体"],
    extra: [
      { label: "公共卫生服务", value: "开展基本公共卫生服务" },
      { label: "医疗能力建设", value: "建设县域医共体" },
    ],
    unread: [],
  },
  {
    name: "labels each figure of a task row by its task and the heading over its column",
    rows: ["年度主要任务\t任务名称\t\t主要内容\t预算金额（万元）\t执行金额（万元）", "\t公共卫生服务\t\t开展基本公共卫生服务\t500\t480", "\t疾病防控\t\t开展疫情防控\t300\t"],
    extra: [
      { label: "公共卫生服务", value: "开展基本公共卫生服务" },
      { label: "公共卫生服务/预算金额（万元）", value: "500" },
      { label: "公共卫生服务/执行金额（万元）", value: "480" },
      { label: "疾病防控", value: "开展疫情防控" },
      { label: "疾病防控/预算金额（万元）", value: "300" },
    ],
    unread: [],
  },
  {
    name: "joins a heading written in two rows: the lower row labels the figures, with the heading over it",
    rows: [
      "年度主要任务\t任务名称\t主要内容\t预算金额（万元）",
      "\t\t\t总额\t财政拨款\t其他资金",
      "\t公共卫生服务\t开展基本公共卫生服务\t500\t450\t50",
      "金额合计\t\t\t500\t450\t50",
    ],
    extra: [
      { label: "公共卫生服务", value: "开展基本公共卫生服务" },
      { label: "公共卫生服务/预算金额（万元）/总额", value: "500" },
      { label: "公共卫生服务/预算金额（万元）/财政拨款", value: "450" },
      { label: "公共卫生服务/预算金额（万元）/其他资金", value: "50" },
      { label: "金额合计/预算金额（万元）/总额", value: "500" },
      { label: "金额合计/预算金额（万元）/财政拨款", value: "450" },
      { label: "金额合计/预算金额（万元）/其他资金", value: "50" },
    ],
    unread: [],
  },
  {
    name: "takes funds items written from the first column (text that lost its TABs) for the lower heading row",
    rows: ["年度主要任务\t任务名称\t主要内容\t预算金额（万元）", "总额\t财政拨款\t其他资金", "\t公共卫生服务\t开展基本公共卫生服务\t500\t450\t50"],
    extra: [
      { label: "公共卫生服务", value: "开展基本公共卫生服务" },
      { label: "公共卫生服务/预算金额（万元）/总额", value: "500" },
      { label: "公共卫生服务/预算金额（万元）/财政拨款", value: "450" },
      { label: "公共卫生服务/预算金额（万元）/其他资金", value: "50" },
    ],
    unread: [],
  },
  {
    name: "leaves a lower heading that heads no figure unread",
    rows: ["年度主要任务\t任务名称\t预算数", "\t\t总额\t财政拨款", "\t培训\t20"],
    extra: [{ label: "培训/预算数/总额", value: "20" }],
    unread: ["财政拨款"],
  },
  {
    name: "reads a task row that lost the table's label column one column to the right, a total row as written",
    rows: ["年度主要任务\t任务名称\t主要内容\t预算数\t执行数", "文物保护\t开展文物巡查\t300\t280", "金额合计\t\t\t300\t280"],
    extra: [
      { label: "文物保护", value: "开展文物巡查" },
      { label: "文物保护/预算数", value: "300" },
      { label: "文物保护/执行数", value: "280" },
      { label: "金额合计/预算数", value: "300" },
      { label: "金额合计/执行数", value: "280" },
    ],
    unread: [],
  },
  {
    name: "takes a task row of text only for a task, not for a lower heading",
    rows: ["年度主要任务\t任务名称\t主要内容\t预算数", "\t培训\t开展业务培训", "\t宣传\t开展政策宣传\t20"],
    extra: [
      { label: "培训", value: "开展业务培训" },
      { label: "宣传", value: "开展政策宣传" },
      { label: "宣传/预算数", value: "20" },
    ],
    unread: [],
  },
  {
    name: "labels a text under a heading of its own (完成情况) by its task and that heading",
    rows: ["年度主要任务\t任务名称\t主要内容\t完成情况\t预算数", "\t培训\t开展业务培训\t已完成\t20", "\t宣传\t开展政策宣传\t部分完成\t"],
    extra: [
      { label: "培训", value: "开展业务培训" },
      { label: "培训/完成情况", value: "已完成" },
      { label: "培训/预算数", value: "20" },
      { label: "宣传", value: "开展政策宣传" },
      { label: "宣传/完成情况", value: "部分完成" },
    ],
    unread: [],
  },
  {
    name: "ends a task table at a row that opens other pairs",
    rows: ["年度主要任务\t任务内容\t预算数", "\t培训\t20", "评价结论\t完成\t备注\t30"],
    extra: [
      { label: "培训/预算数", value: "20" },
      { label: "评价结论", value: "完成" },
      { label: "备注", value: "30" },
    ],
    unread: [],
  },
  {
    name: "pairs a label with the value beside it",
    rows: ["评价结论\t项目完成年度目标，自评等级为优。"],
    extra: [{ label: "评价结论", value: "项目完成年度目标，自评等级为优。" }],
    unread: [],
  },
  {
    name: "reads two pairs on one row, left to right",
    rows: ["存在问题\t个别工程征地协调滞后。\t改进措施\t提前开展征地协调。"],
    extra: [
      { label: "存在问题", value: "个别工程征地协调滞后。" },
      { label: "改进措施", value: "提前开展征地协调。" },
    ],
    unread: [],
  },
  {
    name: "splits a cell written label：value into both",
    rows: ["项目负责人：刘建国\t联系电话：0839-3216540"],
    extra: [
      { label: "项目负责人", value: "刘建国" },
      { label: "联系电话", value: "0839-3216540" },
    ],
    unread: [],
  },
  {
    name: "reads the pairs after a group label, the group label itself no value",
    rows: ["项目基本情况\t项目属性\t延续性项目\t项目类型\t建设类"],
    extra: [
      { label: "项目属性", value: "延续性项目" },
      { label: "项目类型", value: "建设类" },
    ],
    unread: [],
  },
  {
    name: "drops a trailing colon from a label written apart from its value",
    rows: ["自评结论：\t良好"],
    extra: [{ label: "自评结论", value: "良好" }],
    unread: [],
  },
  {
    name: "reads a known label with no value, and keeps an unknown one unread",
    rows: ["备注\t", "评价结论\t达标\t附表说明"],
    extra: [{ label: "评价结论", value: "达标" }],
    unread: ["附表说明"],
  },
];

describe("readExtra", () => {
  it.each(cases)("$name", ({ rows, extra, unread }) => {
    const ledger = new CellLedger();
    const read = rows.map((text, i) => rowOf(text, 10 + i));
    expect(readExtra(read, ledger).map(({ label, value }) => ({ label, value }))).toEqual(extra);
    const left = read.flatMap((r) => r.cells).filter((c) => c.text !== "" && !ledger.isUsed(c));
    expect(left.map((c) => c.text)).toEqual(unread);
  });
});

describe("readExtra's report of a shifted task row", () => {
  it.each([
    { rows: ["年度主要任务\t任务名称\t主要内容\t预算数\t执行数", "文物保护\t开展文物巡查\t300\t280"], reports: ["11: 预算数 300, 执行数 280"] },
    { rows: ["年度主要任务\t任务名称\t主要内容\t预算数\t执行数", "\t文物保护\t开展文物巡查\t300\t280"], reports: [] },
  ])("reports row-realigned only where the figures were read a column on: $reports", ({ rows, reports }) => {
    const ledger = new CellLedger();
    readExtra(rows.map((text, i) => rowOf(text, 10 + i)), ledger);
    expect(ledger.diagnostics.filter((d) => d.code === "row-realigned").map((d) => `${d.line}: ${d.message.split(": ").pop()}`)).toEqual(reports);
  });
});
