// The `table` record: every table no recogniser claims is kept whole — title, header rows, every
// filled cell with its line, the reason — with a default-level warning[table-unrecognised].
import { describe, expect, it } from "vitest";
import { diffRecords } from "../../src/emit/diff-records.js";
import { renderRecords } from "../../src/emit/render.js";
import { headerRowCount, tableTitle } from "../../src/forms/loose-table.js";
import { parseText } from "../../src/parse-text.js";
import type { TableRecord } from "../../src/schema/table.js";
import { cellsOf } from "../helpers/cells.js";

const tablesOf = (text: string): TableRecord[] =>
  parseText(text).records.filter((r): r is TableRecord => r.kind === "table");

interface Case {
  readonly name: string;
  readonly text: string;
  readonly title: string | null;
  readonly header: string[][];
  readonly rows: Array<{ line: number; cells: string[] }>;
  readonly reason: string;
}

const cases: Case[] = [
  {
    // A checklist no template of the vocabulary has: its header words name no section's columns.
    name: "keeps a table whose header no recogniser knows, with its title",
    text: "2023年度项目检查情况自评表\n检查项目\t检查内容\t标准分\t实得分\n1\t台账\t3\t3\n",
    title: "2023年度项目检查情况自评表",
    header: [["检查项目", "检查内容", "标准分", "实得分"]],
    rows: [{ line: 3, cells: ["1", "台账", "3", "3"] }],
    reason: "no recogniser matches the header 检查项目 / 检查内容 / 标准分 / 实得分",
  },
  {
    name: "takes the rows before the first one with a number as header rows, empty cells left out",
    text: "甲\t\t乙\n丙\t丁\t\n1\t2\t3\n4\t\t6\n",
    title: null,
    header: [["甲", "乙"], ["丙", "丁"]],
    rows: [
      { line: 3, cells: ["1", "2", "3"] },
      { line: 4, cells: ["4", "6"] },
    ],
    reason: "no recogniser matches the header 甲 / 乙 / 丙 / 丁",
  },
  {
    name: "takes the first row as header of a table with no number at all",
    text: "名称\t说明\n甲\t乙\n丙\t丁\n",
    title: null,
    header: [["名称", "说明"]],
    rows: [
      { line: 2, cells: ["甲", "乙"] },
      { line: 3, cells: ["丙", "丁"] },
    ],
    reason: "no recogniser matches the header 名称 / 说明",
  },
  {
    name: "keeps a lone 主管部门 / 实施单位 row, which is not a project form",
    text: "主管部门\t某局\t实施单位\t某中心\n",
    title: null,
    header: [],
    rows: [{ line: 1, cells: ["主管部门", "某局", "实施单位", "某中心"] }],
    reason:
      "a 主管部门 / 实施单位 row with no 项目名称 and no section under it is not a project form: 主管部门 / 某局 / 实施单位 / 某中心",
  },
  {
    name: "keeps a list header with no rows under it",
    text: "序号\t项目名称\t预算金额\t自评得分\n",
    title: null,
    header: [],
    rows: [{ line: 1, cells: ["序号", "项目名称", "预算金额", "自评得分"] }],
    reason: "a list header with no rows under it: 序号 / 项目名称 / 预算金额 / 自评得分",
  },
];

describe("readLooseTable: a table no recogniser claims", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = parseText(c.text);
      const tables = tablesOf(c.text);
      expect(tables).toHaveLength(1);
      const [table] = tables as [TableRecord];
      expect({ title: table.title, header: table.header, rows: table.rows, reason: table.reason }).toEqual({
        title: c.title,
        header: c.header,
        rows: c.rows,
        reason: c.reason,
      });
      expect(table.unmapped).toEqual([]);
      expect(table.diagnostics).toEqual([
        {
          code: "table-unrecognised",
          severity: "warning",
          message: `a table of ${c.header.length + c.rows.length} rows matches no known form (${c.reason}); its cells are kept in a table record`,
          line: table.source.startLine,
        },
      ]);
      // Nothing is left at the document level.
      expect(result.unmapped).toEqual([]);
    });
  }

  it("puts every filled cell of the table in header or rows", () => {
    const text = "检查项目\t检查内容\t标准分\t实得分\n台账\t完整\t5\t5\n\t\t\t\n档案\t\t5\t\n";
    const [table] = tablesOf(text) as [TableRecord];
    const kept = [...table.header.flat(), ...table.rows.flatMap((r) => r.cells)].sort();
    const filled = text.split(/[\t\n]/).filter((t) => t !== "").sort();
    expect(kept).toEqual(filled);
  });
});

describe("headerRowCount", () => {
  const rows = (...lines: string[]) => lines.map((l) => cellsOf(l).filter((c) => c.text !== ""));
  it.each([
    { rows: rows("甲\t乙", "1\t2"), count: 1 },
    { rows: rows("甲\t乙", "丙\t丁", "戊\t己", "庚\t辛", "壬\t癸", "1\t2"), count: 4 },
    { rows: rows("1\t2", "甲\t乙"), count: 0 },
    { rows: rows("甲\t乙"), count: 0 },
    { rows: rows("甲\t乙", "丙\t丁"), count: 1 },
  ])("counts $count header rows", ({ rows, count }) => {
    expect(headerRowCount(rows)).toBe(count);
  });
});

describe("tableTitle", () => {
  it.each([
    { headings: [{ line: 1, text: "某项目支出绩效自评表", token: "formTitle" as const }], title: "某项目支出绩效自评表" },
    { headings: [{ line: 1, text: "基础数据表", token: "text" as const }], title: "基础数据表" },
    { headings: [{ line: 1, text: "说明：以下为本年度情况", token: "text" as const }], title: null },
    { headings: [], title: null },
  ])("reads $title", ({ headings, title }) => {
    expect(tableTitle(headings)).toBe(title);
  });
});

describe("a table record rendered back", () => {
  it.each([
    { name: "two tables apart, the second with no title", text: "甲\t乙\n1\t2\n附注\n丙\t丁\n3\t4\n" },
    { name: "a titled table with one-cell rows", text: "基础数据表\n单位\t\n名称\t数量\n甲\t\n乙\t5\n" },
    { name: "a lone identity row", text: "主管部门\t某局\t实施单位\t某中心\n" },
  ])("parses to the same records: $name", ({ text }) => {
    const records = parseText(text).records;
    expect(records.every((r) => r.kind === "table")).toBe(true);
    expect(diffRecords(records, parseText(renderRecords(records)).records, { roundTrip: true })).toEqual([]);
  });
});
