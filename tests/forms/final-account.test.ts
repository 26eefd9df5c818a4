// readFinalAccount: a 部门决算 table → one final-account record: code, title, entity, year, unit,
// its value columns, and one row per item half by half (收入 | 支出).
import { describe, expect, it } from "vitest";
import { readFinalAccount } from "../../src/forms/final-account.js";
import { parseText } from "../../src/parse-text.js";
import type { FinalAccountRecord } from "../../src/schema/final-account.js";
import { blockOf } from "../helpers/blocks.js";

type Excerpt = Array<[number, string]>;
// 003 lines 129–141
const HEAD_003: Excerpt = [
  [129, "收入支出决算总表"],
  [131, "公开01表"],
  [133, "部门：济源产城融合示范区人力资源和社会保障局"],
  [135, "2023年度"],
  [137, "单位：万元"],
  [139, "收入\t\t\t支出\t\t"],
  [140, "项目\t行次\t决算数\t项目\t行次\t决算数"],
  [141, "栏次\t\t1\t栏次\t\t2"],
];
const META = { code: "公开01表", title: "收入支出决算总表", entity: "济源产城融合示范区人力资源和社会保障局", year: 2023, unit: "万元", columns: ["决算数"] };

describe("readFinalAccount", () => {
  it.each([
    {
      name: "reads the side-by-side halves as rows of 收入 then 支出 (003 lines 129–143)",
      rows: [
        [142, "一、一般公共预算财政拨款收入\t1\t12,705.06\t一、一般公共服务支出\t32\t4.17"],
        [143, "二、政府性基金预算财政拨款收入\t2\t0.00\t二、外交支出\t33\t0.00"],
      ] as Excerpt,
      record: {
        ...META,
        source: { startLine: 131, endLine: 143 },
        rows: [
          { side: "收入", code: null, name: "一、一般公共预算财政拨款收入", lineNo: 1, values: { 决算数: 12705.06 } },
          { side: "收入", code: null, name: "二、政府性基金预算财政拨款收入", lineNo: 2, values: { 决算数: 0 } },
          { side: "支出", code: null, name: "一、一般公共服务支出", lineNo: 32, values: { 决算数: 4.17 } },
          { side: "支出", code: null, name: "二、外交支出", lineNo: 33, values: { 决算数: 0 } },
        ],
      },
    },
    {
      // 003 line 150 `¦9¦¦九、卫生健康支出¦40¦0.00`: the 收入 half an empty slot with only its 行次
      name: "skips an empty placeholder half and keeps the other (003 line 150)",
      rows: [[150, "\t9\t\t九、卫生健康支出\t40\t0.00"]] as Excerpt,
      record: { ...META, rows: [{ side: "支出", code: null, name: "九、卫生健康支出", lineNo: 40, values: { 决算数: 0 } }] },
    },
    {
      // 003 lines 166–169: the header repeated after a page break is a label, not data
      name: "skips the header a page break repeated (003 lines 164–169)",
      rows: [
        [164, "\t23\t\t二十三、其他支出\t54\t0.22"],
        [166, "收入\t\t\t支出\t\t"],
        [167, "项目\t行次\t决算数\t项目\t行次\t决算数"],
        [168, "栏次\t\t1\t栏次\t\t2"],
        [169, "\t24\t\t二十四、债务还本支出\t55\t0.00"],
      ] as Excerpt,
      record: {
        ...META,
        source: { startLine: 131, endLine: 169 },
        rows: [
          { side: "支出", code: null, name: "二十三、其他支出", lineNo: 54, values: { 决算数: 0.22 } },
          { side: "支出", code: null, name: "二十四、债务还本支出", lineNo: 55, values: { 决算数: 0 } },
        ],
      },
    },
  ])("$name", ({ rows, record }) => {
    const draft = readFinalAccount(blockOf("account", [...HEAD_003, ...rows]));
    expect(draft).toMatchObject({ kind: "final-account", diagnostics: [], unmapped: [], ...record });
  });
});

describe("readFinalAccount on a table the text cuts off", () => {
  it.each([
    {
      name: "keeps the name of a last row with no 行次 and no value out of the rows, in unmapped with row-cut (real 04 line 56)",
      rows: [
        [142, "一、一般公共预算财政拨款收入\t1\t440.55\t一、一般公共服务支出\t29\t423.20"],
        [143, "五、经\t\t\t\t\t"],
      ] as Excerpt,
      names: ["一、一般公共预算财政拨款收入", "一、一般公共服务支出"],
      unmapped: [{ line: 143, text: "五、经" }],
      codes: ["row-cut"],
    },
    {
      name: "reads a last row with its 行次 and no value as a row (an item left empty)",
      rows: [
        [142, "一、一般公共预算财政拨款收入\t1\t440.55\t一、一般公共服务支出\t29\t423.20"],
        [143, "五、经营收入\t5\t\t\t\t"],
      ] as Excerpt,
      names: ["一、一般公共预算财政拨款收入", "五、经营收入", "一、一般公共服务支出"],
      unmapped: [],
      codes: [],
    },
    {
      name: "reads a row with no 行次 and no value before the last as a row (a heading row)",
      rows: [
        [142, "一、一般公共预算财政拨款收入\t1\t440.55\t一、一般公共服务支出\t29\t423.20"],
        [143, "其中：\t\t\t\t\t"],
        [144, "二、上级补助收入\t3\t10.00\t\t\t"],
      ] as Excerpt,
      names: ["一、一般公共预算财政拨款收入", "其中：", "二、上级补助收入", "一、一般公共服务支出"],
      unmapped: [],
      codes: [],
    },
  ])("$name", ({ rows, names, unmapped, codes }) => {
    const draft = readFinalAccount(blockOf("account", [...HEAD_003, ...rows]));
    expect(draft.rows.map((r) => r.name)).toEqual(names);
    expect(draft.unmapped).toEqual(unmapped);
    expect(draft.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

describe("readFinalAccount: the table's title", () => {
  const body = ["编制单位：某县教育局\t\t\t金额单位：万元", "项目\t\t本年收入合计\t财政拨款收入", "功能分类科目编码\t科目名称\t\t", "栏次\t\t1\t2", "205\t教育支出\t4,800.00\t4,700.00"];
  it.each([
    { layout: "a title after the code, the notice's heading above it", head: ["部门决算表", "公开02表", "收入决算表"], title: "收入决算表" },
    { layout: "a title after the code alone", head: ["公开03表", "财政拨款支出决算表"], title: "财政拨款支出决算表" },
    { layout: "the title above the code (the seeds')", head: ["收入决算表", "公开02表"], title: "收入决算表" },
  ])("takes $layout", ({ head, title }) => {
    const { records } = parseText([...head, ...body].join("\n"));
    const record = records.find((r) => r.kind === "final-account") as FinalAccountRecord;
    expect(record.title).toBe(title);
    expect(record.entity).toBe("某县教育局");
    expect(record.unit).toBe("万元");
    expect(record.rows.map((r) => [r.code, r.name, r.values])).toEqual([["205", "教育支出", { 本年收入合计: 4800, 财政拨款收入: 4700 }]]);
  });
});

describe("readFinalAccount: a 科目编码 written in 类 / 款 / 项 columns", () => {
  it.each([
    ["科目编码\t\t\t科目名称\t本年支出\t\t", "类\t款\t项\t\t合计\t基本支出\t项目支出"],
    ["功能分类科目编码\t\t\t科目名称\t本年支出\t\t", "类\t款\t项\t\t合计\t基本支出\t项目支出"],
    ["科目代码\t\t\t项目\t本年支出\t\t", "类\t款\t项\t\t合计\t基本支出\t项目支出"],
  ])("joins the parts into one code under %s", (top, sub) => {
    const { records } = parseText(
      ["一般公共预算财政拨款支出决算表", "公开05表", "部门：某县教育局", "金额单位：万元", top, sub, "205\t\t\t教育支出\t1200\t800\t400", "205\t02\t\t普通教育\t1100\t780\t320", "205\t02\t01\t学前教育\t300\t200\t100", "\t\t\t合计\t1200\t800\t400"].join("\n"),
    );
    const r = records[0] as FinalAccountRecord;
    expect(r.columns).toEqual(["本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"]);
    expect(r.rows.map((x) => [x.code, x.name, x.values["本年支出/合计"]])).toEqual([
      ["205", "教育支出", 1200],
      ["20502", "普通教育", 1100],
      ["2050201", "学前教育", 300],
      [null, "合计", 1200],
    ]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("a 三公经费 table (公开07表): one row of values under a two-level header", () => {
  const header = (first: string, second: string, shortBy: number): string[] => [
    "一般公共预算财政拨款“三公”经费支出决算表",
    "公开07表",
    "部门：某县农业农村局\t\t\t金额单位：万元",
    `${first}${"\t".repeat(6 - shortBy)}${second}${"\t".repeat(5)}`,
    "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
    "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t",
    "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12",
    "12.5\t0\t10\t0\t10\t2.5\t11.8\t0\t9.6\t0\t9.6\t2.2",
  ];

  it.each([
    ["预算数", "决算数"],
    ["年初预算数", "决算数"],
  ])("reads each of the twelve values under its path (%s | %s)", (first, second) => {
    const [record] = parseText(header(first, second, 0).join("\n")).records as FinalAccountRecord[];
    expect(record?.rows).toHaveLength(1);
    const paths = ["合计", "因公出国（境）费", "公务用车购置及运行费/小计", "公务用车购置及运行费/公务用车购置费", "公务用车购置及运行费/公务用车运行费", "公务接待费"];
    const under = (head: string, numbers: number[]): Record<string, number | undefined> => Object.fromEntries(paths.map((path, k) => [`${head}/${path}`, numbers[k]]));
    expect(record?.rows[0]?.values).toEqual({ ...under(first, [12.5, 0, 10, 0, 10, 2.5]), ...under(second, [11.8, 0, 9.6, 0, 9.6, 2.2]) });
    expect(record?.diagnostics).toEqual([]);
  });

  it("keeps both values of two columns a header written one column short names alike, numbering the later and warning", () => {
    const [record] = parseText(header("预算数", "决算数", 1).join("\n")).records as FinalAccountRecord[];
    const values = record?.rows[0]?.values ?? {};
    expect(Object.values(values)).toHaveLength(12);
    expect(values["决算数/公务接待费"]).toBe(2.5);
    expect(values["决算数/公务接待费 (2)"]).toBe(2.2);
    expect(record?.diagnostics.map((d) => d.code)).toEqual(["column-repeated"]);
  });
});

describe("readFinalAccount: the line-number column", () => {
  it.each([
    ["行次", "1", "2"],
    ["行号", "1", "2"],
    ["行次", "１", "２"],
  ])("reads the column headed %s as each row's lineNo (%s, %s), no value column", (head, first, second) => {
    const text = [
      "收入支出决算总表",
      "公开01表",
      "部门：某县教育局",
      "单位：万元",
      `项目\t${head}\t决算数`,
      `栏次\t\t１`,
      `一、一般公共预算财政拨款收入\t${first}\t1035.60`,
      `二、政府性基金预算财政拨款收入\t${second}\t0.00`,
    ].join("\n");
    const record = parseText(text).records.find((r) => r.kind === "final-account") as FinalAccountRecord;
    expect(record.columns).toEqual(["决算数"]);
    expect(record.unmapped).toEqual([]);
    expect(record.rows.map((r) => [r.name, r.lineNo, r.values])).toEqual([
      ["一、一般公共预算财政拨款收入", 1, { 决算数: 1035.6 }],
      ["二、政府性基金预算财政拨款收入", 2, { 决算数: 0 }],
    ]);
  });
});
