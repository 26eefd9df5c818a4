// readSummaryTable: a 绩效自评结果汇总表 → one summary-row per row, budget and executed keyed by the
// sub-header's levels, 结余 checked against 预算 − 执行.
import { describe, expect, it } from "vitest";
import { readSummaryTable } from "../../src/forms/summary-table.js";
import { blockOf } from "../helpers/blocks.js";

type Excerpt = Array<[number, string]>;
// 000 lines 5–12
const HEAD_000: Excerpt = [
  [5, "部门绩效自评结果公开汇总表"],
  [7, "主管部门：社保科"],
  [9, "单位：万元"],
  [11, "序号\t项目名称\t项目实施单位\t预算数（调整后）\t\t\t执行数（至2025年底）\t\t结余结转数\t结余交回财政数\t自评得分\t自评结果应用意见"],
  [12, "\t\t\t中央\t省级\t市级\t市级\t县（市）区级\t\t\t\t"],
];
const TABLE = { table: "部门绩效自评结果公开汇总表", department: "社保科", unit: "万元" };

describe("readSummaryTable", () => {
  it.each([
    {
      name: "reads a row under the two-level header (000 line 13)",
      rows: [[13, "1\t聘用保险办理人员劳务经费\t石家庄市机关事业单位社会保险中心\t\t\t42.21\t42.21\t\t0\t0\t100\t"]] as Excerpt,
      records: [
        {
          ...TABLE,
          source: { startLine: 13, endLine: 13 },
          seq: 1,
          name: "聘用保险办理人员劳务经费",
          implementer: "石家庄市机关事业单位社会保险中心",
          budget: { 中央: null, 省级: null, 市级: 42.21 },
          executed: { 市级: 42.21, "县（市）区级": null },
          carryover: 0,
          returned: 0,
          score: 100,
          opinion: null,
          diagnostics: [],
          unmapped: [],
        },
      ],
    },
    {
      name: "reads a row with a 结余 and an 应用意见 (000 line 24)",
      rows: [[24, "12\t业务培训费\t石家庄市社会保险中心\t\t\t9\t6.13\t\t2.87\t2.87\t93\t下年度合理安排培训时间"]] as Excerpt,
      records: [
        {
          ...TABLE,
          seq: 12,
          budget: { 中央: null, 省级: null, 市级: 9 },
          executed: { 市级: 6.13, "县（市）区级": null },
          carryover: 2.87,
          returned: 2.87,
          score: 93,
          opinion: "下年度合理安排培训时间",
          diagnostics: [],
        },
      ],
    },
    {
      name: "reports a 结余 that is not 预算 − 执行 (000 line 24 with 结余 0.287)",
      rows: [[24, "12\t业务培训费\t石家庄市社会保险中心\t\t\t9\t6.13\t\t0.287\t2.87\t93\t"]] as Excerpt,
      records: [
        {
          carryover: 0.287,
          diagnostics: [
            { code: "balance-mismatch", severity: "warning", message: "结余 stated 0.287 but 预算 − 执行 = 9 − 6.13 = 2.87; kept as stated", line: 24 },
          ],
        },
      ],
    },
  ])("$name", ({ rows, records }) => {
    const drafts = readSummaryTable(blockOf("list", [...HEAD_000, ...rows]));
    expect(drafts).toHaveLength(records.length);
    drafts.forEach((d, i) => expect(d).toMatchObject({ kind: "summary-row", ...records[i] }));
  });
});

describe("a summary table's group headings and sum rows, which are no projects", () => {
  // 000's header without its 主管部门 line: a group heading may name the department.
  const HEAD: Excerpt = [HEAD_000[0] as [number, string], ...HEAD_000.slice(2)];
  const row = (line: number, seq: number, budget: number, executed: number): [number, string] => [
    line,
    `${seq}\t项目${seq}\t市社保中心\t\t\t${budget}\t${executed}\t\t${budget - executed}\t${budget - executed}\t100\t`,
  ];

  it.each([["一、市人社局"], ["（二）市人社局"], ["市人社局"]])("takes a heading %s as the 主管部门 of the rows under it", (heading) => {
    const drafts = readSummaryTable(blockOf("list", [...HEAD, [13, `${heading}\t\t\t\t\t\t\t\t\t\t\t`], row(14, 1, 10, 8), row(15, 2, 5, 5)]));
    expect(drafts.map((d) => [d.seq, d.department])).toEqual([
      [1, "市人社局"],
      [2, "市人社局"],
    ]);
    expect(drafts[0]?.diagnostics.map((d) => d.code)).toEqual(["list-group-row"]);
    expect(drafts.flatMap((d) => d.unmapped)).toEqual([]);
  });

  it.each([
    ["合计", "15", []],
    ["小计", "15", []],
    ["总计", "16", ["list-total-mismatch"]],
  ] as const)("reads a %s row as the sum of the rows above, kept in unmapped, not a project", (word, budget, mismatch) => {
    const drafts = readSummaryTable(blockOf("list", [...HEAD_000, row(13, 1, 10, 8), row(14, 2, 5, 5), [15, `${word}\t\t\t\t\t${budget}\t13\t\t2\t2\t\t`]]));
    expect(drafts.map((d) => d.seq)).toEqual([1, 2]);
    expect(drafts[1]?.diagnostics.map((d) => d.code)).toEqual(["list-total-row", ...mismatch]);
    expect(drafts[1]?.unmapped.map((u) => u.text)).toEqual([word, budget, "13", "2", "2"]);
  });
});
