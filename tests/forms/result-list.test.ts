// readResultList / splitDepartmentCode: a self-evaluation result list → one result-row per row,
// cells placed by meaning, the department's code split off, grade checked against score.
import { describe, expect, it } from "vitest";
import { formContext } from "../../src/forms/form-context.js";
import { readResultList, splitDepartmentCode } from "../../src/forms/result-list.js";
import { blockOf } from "../helpers/blocks.js";

type Excerpt = Array<[number, string]>;
const HEADER_002: [number, string] = [29, "序号\t主管部门（单位）\t项目名称\t预算金额（调整后）\t自评得分\t自评等级"];

describe("readResultList", () => {
  it.each([
    {
      name: "reads a row and splits the `323003-` code off its department (002 line 30)",
      rows: [[30, "1\t323003-秦皇岛经济技术开发区社会保险中心\t城乡医疗救助\t54.939800\t100\t优"]] as Excerpt,
      records: [
        {
          source: { startLine: 30, endLine: 30 },
          table: "项目名称",
          seq: 1,
          departmentCode: "323003",
          department: "秦皇岛经济技术开发区社会保险中心",
          name: "城乡医疗救助",
          budget: 54.9398,
          score: 100,
          grade: "优",
          diagnostics: [],
          unmapped: [],
        },
      ],
    },
    {
      name: "splits a bracketed `[323004]` code (002 line 39)",
      rows: [[39, "9\t[323004]秦皇岛经济技术开发区劳动就业管理局\t再就业专项资金(就业见习补贴)\t100.00\t0\t差"]] as Excerpt,
      records: [{ seq: 9, departmentCode: "323004", department: "秦皇岛经济技术开发区劳动就业管理局", budget: 100, score: 0, grade: "差", diagnostics: [] }],
    },
    {
      // 002 line 49 `17¦…¦人才中心办公场地费用¦5.58¦0¦¦差`: an extra empty cell before the grade
      name: "places a row with an extra empty cell by meaning (002 line 49)",
      rows: [[49, "17\t[323005]秦皇岛经济技术开发区人才交流服务中心\t人才中心办公场地费用\t5.58\t0\t\t差"]] as Excerpt,
      records: [{ seq: 17, name: "人才中心办公场地费用", budget: 5.58, score: 0, grade: "差", unmapped: [] }],
    },
    {
      name: "reports a grade its score contradicts (002 line 38 graded 优)",
      rows: [[38, "8\t323003-秦皇岛经济技术开发区社会保险中心\t(本级)追加2023年社保中心长期护理保险经办服务费\t2.390000\t0\t优"]] as Excerpt,
      records: [
        {
          grade: "优",
          diagnostics: [{ code: "grade-score-mismatch", severity: "warning", message: "自评等级 「优」 does not match 自评得分 0; kept as stated", line: 38 }],
        },
      ],
    },
  ])("$name", ({ rows, records }) => {
    const drafts = readResultList(blockOf("list", [HEADER_002, ...rows]), formContext());
    expect(drafts).toHaveLength(records.length);
    drafts.forEach((d, i) => expect(d).toMatchObject({ kind: "result-row", ...records[i] }));
  });
});

describe("readResultList in other templates' column orders", () => {
  const pick = (r: Record<string, unknown>) => [r.department, r.name, r.budget, r.score, r.grade];
  it.each([
    {
      name: "项目名称 before 主管部门: each placed under its own heading",
      excerpt: [
        [2, "序号\t项目名称\t主管部门\t预算金额（万元）\t自评得分\t自评等级"],
        [3, "1\t农村公路养护\t县交通局\t120\t92\t优"],
        [4, "2\t基本公共卫生服务\t县卫健局\t300.5\t88.5\t良"],
      ] as Excerpt,
      rows: [
        ["县交通局", "农村公路养护", 120, 92, "优"],
        ["县卫健局", "基本公共卫生服务", 300.5, 88.5, "良"],
      ],
      unmapped: [[], []],
    },
  ])("$name", ({ excerpt, rows, unmapped }) => {
    const records = readResultList(blockOf("list", excerpt), formContext());
    expect(records.map((r) => pick(r as unknown as Record<string, unknown>))).toEqual(rows);
    expect(records.map((r) => r.unmapped.map((u) => u.text))).toEqual(unmapped);
  });
});

describe("readResultList with 执行金额 and 执行率 columns (v2)", () => {
  it.each([
    ["执行金额（万元）", "执行率"],
    ["预算执行数", "预算执行率"],
    ["执行数(万元)", "执行率(%)"],
  ])("reads %s and %s, the rate never as a score or a budget", (executedHeading, rateHeading) => {
    const excerpt: Excerpt = [
      [2, `序号\t主管部门\t项目名称\t预算金额（万元）\t${executedHeading}\t${rateHeading}\t自评得分\t自评等级`],
      [3, "1\t县交通局\t农村公路养护\t120\t114\t95%\t92\t优"],
      [4, "2\t县卫健局\t基本公共卫生服务\t300.5\t280\t93.18%\t88.5\t良"],
    ];
    const records = readResultList(blockOf("list", excerpt), formContext());
    expect(records.map((r) => [r.department, r.name, r.budget, r.executed, r.executionRate, r.score, r.grade])).toEqual([
      ["县交通局", "农村公路养护", 120, 114, 95, 92, "优"],
      ["县卫健局", "基本公共卫生服务", 300.5, 280, 93.18, 88.5, "良"],
    ]);
    expect(records.map((r) => r.unmapped)).toEqual([[], []]);
    expect(records.flatMap((r) => r.diagnostics.map((d) => d.code))).toEqual([]);
  });

  it.each([
    ["年初预算数", "全年预算数", "全年执行数"],
    ["年初预算", "调整后预算数", "执行数"],
    ["年初预算数（万元）", "全年预算数（万元）", "执行金额（万元）"],
  ])("reads %s beside %s (the budget) and %s", (initialHeading, budgetHeading, executedHeading) => {
    const excerpt: Excerpt = [
      [2, `序号\t项目名称\t项目单位\t${initialHeading}\t${budgetHeading}\t${executedHeading}\t执行率\t自评得分\t自评等级`],
      [3, "1\t基本公共卫生服务\t县卫健局\t300\t310\t280\t90.32%\t88.5\t良"],
    ];
    const [record] = readResultList(blockOf("list", excerpt), formContext());
    expect([record?.initialBudget, record?.budget, record?.executed, record?.executionRate, record?.score]).toEqual([300, 310, 280, 90.32, 88.5]);
    expect(record?.unmapped).toEqual([]);
  });

  it.each(["资金规模（万元）", "资金金额", "预算金额（万元）"])("reads a budget column headed %s", (heading) => {
    const excerpt: Excerpt = [
      [2, `序号\t部门名称\t项目名称\t${heading}\t评价得分\t评价结论`],
      [3, "1\t县交通局\t农村公路养护\t120\t92\t优"],
    ];
    const [record] = readResultList(blockOf("list", excerpt), formContext());
    expect([record?.department, record?.name, record?.budget, record?.score, record?.grade]).toEqual(["县交通局", "农村公路养护", 120, 92, "优"]);
    expect(record?.unmapped).toEqual([]);
  });

  it.each([
    ["年度预算数", "自评分", "等次"],
    ["年度预算金额（万元）", "评分", "评价等次"],
    ["预算金额", "自评得分", "自评等次"],
  ])("reads a list headed %s / %s / %s by its headings, not by realigning", (budget, score, grade) => {
    const excerpt: Excerpt = [
      [2, `序号\t单位名称\t项目名称\t${budget}\t实际执行数\t执行率\t${score}\t${grade}`],
      [3, "1\t某县教育局\t校舍维修\t100\t98\t98%\t96\t优"],
    ];
    const [record] = readResultList(blockOf("list", excerpt), formContext());
    expect([record?.budget, record?.executed, record?.executionRate, record?.score, record?.grade]).toEqual([100, 98, 98, 96, "优"]);
    expect(record?.diagnostics).toEqual([]);
    expect(record?.unmapped).toEqual([]);
  });

  it("reports a rate its amounts do not give, keeping it as stated", () => {
    const excerpt: Excerpt = [
      [2, "序号\t项目名称\t主管部门\t预算金额\t执行金额\t执行率\t自评得分\t自评等级"],
      [3, "1\t农村公路养护\t县交通局\t120\t60\t95%\t92\t优"],
    ];
    const [record] = readResultList(blockOf("list", excerpt), formContext());
    expect(record?.executionRate).toBe(95);
    expect(record?.diagnostics.map((d) => d.code)).toEqual(["rate-mismatch"]);
  });

  it("gives no such fields where the list has no such columns", () => {
    const [record] = readResultList(blockOf("list", [HEADER_002, [30, "1\t某局\t城乡医疗救助\t54.9398\t100\t优"]]), formContext());
    expect(record).not.toHaveProperty("executed");
    expect(record).not.toHaveProperty("executionRate");
    expect(record).not.toHaveProperty("initialBudget");
  });
});

describe("splitDepartmentCode", () => {
  it.each([
    { source: "002 line 30", text: "323003-秦皇岛经济技术开发区社会保险中心", split: { code: "323003", name: "秦皇岛经济技术开发区社会保险中心" } },
    { source: "002 line 39", text: "[323004]秦皇岛经济技术开发区劳动就业管理局", split: { code: "323004", name: "秦皇岛经济技术开发区劳动就业管理局" } },
    { source: "a full-width bracket", text: "【323004】秦皇岛经济技术开发区劳动就业管理局", split: { code: "323004", name: "秦皇岛经济技术开发区劳动就业管理局" } },
    { source: "a department without a code", text: "某某局", split: { code: null, name: "某某局" } },
    { source: "a code alone", text: "323003", split: { code: null, name: "323003" } },
    { source: "three digits, no code", text: "123局", split: { code: null, name: "123局" } },
  ])("splits $source: $text", ({ text, split }) => {
    expect(splitDepartmentCode(text)).toEqual(split);
  });
});

describe("a result list's group headings and sum rows, which are no projects", () => {
  const HEADER: [number, string] = [2, "序号\t项目名称\t主管部门\t预算金额（万元）\t自评得分\t自评等级"];
  const read = (rows: Excerpt) => readResultList(blockOf("list", [HEADER, ...rows]), formContext());

  it.each([
    ["一、县教育局", "县教育局"],
    ["（一）县教育局", "县教育局"],
    ["县教育局", "县教育局"],
  ])("reads a heading %s over rows naming their 主管部门 as that, no record of its own", (heading, department) => {
    const records = read([
      [3, `${heading}\t\t\t\t\t`],
      [4, `1\t校舍维修\t${department}\t100\t96\t优`],
      [5, `2\t营养餐\t${department}\t300\t92\t优`],
    ]);
    expect(records.map((r) => [r.seq, r.name, r.department])).toEqual([
      [1, "校舍维修", "县教育局"],
      [2, "营养餐", "县教育局"],
    ]);
    expect(records[0]?.diagnostics.map((d) => d.code)).toEqual(["list-group-row"]);
    expect(records.flatMap((r) => r.unmapped)).toEqual([]);
  });

  // A heading is a merged cell across the row: a scrape writes it with the row's TABs.
  it("takes a heading as the 主管部门 of the rows under it that name none", () => {
    const header: [number, string] = [2, "序号\t项目名称\t预算金额（万元）\t自评得分\t自评等级"];
    const records = readResultList(
      blockOf("list", [header, [3, "一、县教育局\t\t\t\t"], [4, "1\t校舍维修\t100\t96\t优"], [5, "二、县卫健局\t\t\t\t"], [6, "2\t公共卫生\t500\t85\t良"]]),
      formContext(),
    );
    expect(records.map((r) => [r.name, r.department])).toEqual([
      ["校舍维修", "县教育局"],
      ["公共卫生", "县卫健局"],
    ]);
    expect(records.flatMap((r) => r.unmapped)).toEqual([]);
  });

  it("keeps a heading that says something else than the rows' 主管部门 in unmapped", () => {
    const records = read([
      [3, "一、教育类项目\t\t\t\t\t"],
      [4, "1\t校舍维修\t县教育局\t100\t96\t优"],
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.unmapped).toEqual([{ line: 3, text: "一、教育类项目" }]);
  });

  it.each([
    ["合计", 400, []],
    ["总计", 400, []],
    ["合计", 450, ["list-total-mismatch"]],
  ] as const)("reads a %s row stating %s as the list's sum, not a project", (word, stated, mismatch) => {
    const records = read([
      [3, "1\t校舍维修\t县教育局\t100\t96\t优"],
      [4, "2\t营养餐\t县教育局\t300\t92\t优"],
      [5, `${word}\t\t\t${stated}\t\t`],
    ]);
    expect(records.map((r) => r.name)).toEqual(["校舍维修", "营养餐"]);
    expect(records[1]?.diagnostics.map((d) => d.code)).toEqual(["list-total-row", ...mismatch]);
    expect(records[1]?.unmapped).toEqual([
      { line: 5, text: word },
      { line: 5, text: String(stated) },
    ]);
  });

  it("sums a 小计 row over the rows since the last heading", () => {
    const records = read([
      [3, "一、县教育局\t\t\t\t\t"],
      [4, "1\t校舍维修\t县教育局\t100\t96\t优"],
      [5, "小计\t\t\t100\t\t"],
      [6, "二、县卫健局\t\t\t\t\t"],
      [7, "2\t公共卫生\t县卫健局\t500\t85\t良"],
      [8, "小计\t\t\t500\t\t"],
      [9, "合计\t\t\t600\t\t"],
    ]);
    expect(records.map((r) => r.name)).toEqual(["校舍维修", "公共卫生"]);
    expect(records.flatMap((r) => r.diagnostics.map((d) => d.code))).toEqual(["list-group-row", "list-total-row", "list-group-row", "list-total-row", "list-total-row"]);
  });
});
