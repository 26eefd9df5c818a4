// readLines: text → lines, each table row split into cells with their column and 1-based line;
// blank lines kept (page breaks), text lines tagged year / tableCode / text by the line lexer.
// Every cell comes with the facts of its text (cell-facts.ts), read eagerly; an empty one with EMPTY_FACTS.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/lines/model.js";
import { readLines } from "../../src/lines/read-lines.js";
import { CellFacts, EMPTY_FACTS } from "../../src/lines/cell-facts.js";

/** The facts a filled cell carries: those of its normalised text. */
const factsFor = (text: string): CellFacts => expect.objectContaining({ text }) as CellFacts;

interface Case {
  readonly name: string;
  readonly text: string;
  readonly lines: Line[];
}

const cases: Case[] = [
  {
    // 004 lines 1–9
    name: "keeps blank lines and numbers every line from 1 (004 lines 1–9)",
    text: "\n\n附件 1:\n\n社保工作专项经费项目支出绩效自评表\n\n(2021 年度)\n\n项目名称\t\t社保工作专项经费\n",
    lines: [
      { kind: "blank", line: 1 },
      { kind: "blank", line: 2 },
      { kind: "text", line: 3, text: "附件1:", raw: "附件 1:", lexeme: "text" },
      { kind: "blank", line: 4 },
      { kind: "text", line: 5, text: "社保工作专项经费项目支出绩效自评表", raw: "社保工作专项经费项目支出绩效自评表", lexeme: "text" },
      { kind: "blank", line: 6 },
      { kind: "text", line: 7, text: "(2021年度)", raw: "(2021 年度)", lexeme: "year" },
      { kind: "blank", line: 8 },
      {
        kind: "table",
        line: 9,
        row: {
          line: 9,
          cells: [
            { col: 0, line: 9, raw: "项目名称", text: "项目名称", mark: 0, facts: factsFor("项目名称") },
            { col: 1, line: 9, raw: "", text: "", mark: 0, facts: EMPTY_FACTS },
            { col: 2, line: 9, raw: "社保工作专项经费", text: "社保工作专项经费", mark: 0, facts: factsFor("社保工作专项经费") },
          ],
          sole: undefined,
        },
      },
    ],
  },
  {
    // 004 line 18 (first four cells): raw keeps the wrap spaces, text drops them
    name: "splits a row at every TAB and normalises each cell (004 line 18)",
    text: "绩效 指标\t一级指标\t\t年度 指标值\t",
    lines: [
      {
        kind: "table",
        line: 1,
        row: {
          line: 1,
          cells: [
            { col: 0, line: 1, raw: "绩效 指标", text: "绩效指标", mark: 0, facts: factsFor("绩效指标") },
            { col: 1, line: 1, raw: "一级指标", text: "一级指标", mark: 0, facts: factsFor("一级指标") },
            { col: 2, line: 1, raw: "", text: "", mark: 0, facts: EMPTY_FACTS },
            { col: 3, line: 1, raw: "年度 指标值", text: "年度指标值", mark: 0, facts: factsFor("年度指标值") },
            { col: 4, line: 1, raw: "", text: "", mark: 0, facts: EMPTY_FACTS },
          ],
          sole: undefined,
        },
      },
    ],
  },
  {
    // 004 line 23: `¦¦¦¦¦¦¦¦` between indicator groups
    name: "reads a row of empty cells as an empty row, not a page break (004 lines 22–24)",
    text: "\t\t\t发放差错率 (%)\t≤1%\t0%\t8\t8\t\t\n\t\t\t\t\t\t\t\t\n\t\t时效指标\t问题整改率 (%)\t≥95%\t100%\t8\t8\t\t",
    lines: [
      expect.objectContaining({ kind: "table", line: 1 }) as Line,
      { kind: "blank", line: 2, emptyRow: true },
      expect.objectContaining({ kind: "table", line: 3 }) as Line,
    ],
  },
  {
    // 003 lines 129–137: a 部门决算 table's title, code, entity, year and unit lines
    name: "tags year and table-code lines by the line lexer (003 lines 129–137)",
    text: "收入支出决算总表\n\n公开01表\n\n部门：济源产城融合示范区人力资源和社会保障局\n\n2023年度\n\n单位：万元",
    lines: [
      { kind: "text", line: 1, text: "收入支出决算总表", raw: "收入支出决算总表", lexeme: "text" },
      { kind: "blank", line: 2 },
      { kind: "text", line: 3, text: "公开01表", raw: "公开01表", lexeme: "tableCode" },
      { kind: "blank", line: 4 },
      { kind: "text", line: 5, text: "部门：济源产城融合示范区人力资源和社会保障局", raw: "部门：济源产城融合示范区人力资源和社会保障局", lexeme: "text" },
      { kind: "blank", line: 6 },
      { kind: "text", line: 7, text: "2023年度", raw: "2023年度", lexeme: "year" },
      { kind: "blank", line: 8 },
      { kind: "text", line: 9, text: "单位：万元", raw: "单位：万元", lexeme: "text" },
    ],
  },
  {
    // 002 line 3 starts like a year line but goes on: a text line
    name: "reads a line that only starts with a year as text (002 line 3)",
    text: "2023 年度人社局整体绩效自评工作报告",
    lines: [{ kind: "text", line: 1, text: "2023年度人社局整体绩效自评工作报告", raw: "2023 年度人社局整体绩效自评工作报告", lexeme: "text" }],
  },
  {
    // 001 line 5: full-width brackets
    name: "tags a year line in full-width brackets (001 line 5)",
    text: "（2024 年度）",
    lines: [{ kind: "text", line: 1, text: "（2024年度）", raw: "（2024 年度）", lexeme: "year" }],
  },
  {
    name: "reads a line of white space as blank",
    text: "   \n\u3000\n",
    lines: [
      { kind: "blank", line: 1 },
      { kind: "blank", line: 2 },
    ],
  },
  {
    name: "gives no line for the empty text",
    text: "",
    lines: [],
  },
];

describe("readLines", () => {
  it.each(cases)("$name", ({ text, lines }) => {
    expect(readLines(text)).toEqual(lines);
  });

  it("gives each filled cell the facts of its normalised text, shared by cells written alike", () => {
    const [a, b] = readLines("年度 指标值\t分值\n年度 指标值\t分值");
    if (a?.kind !== "table" || b?.kind !== "table") throw new Error("expected two table lines");
    expect(a.row.cells[0]?.facts).toBeInstanceOf(CellFacts);
    expect(a.row.cells[0]?.facts.text).toBe("年度指标值");
    expect(a.row.cells[0]?.facts).toEqual(new CellFacts("年度指标值"));
    expect(b.row.cells[0]?.facts).toBe(a.row.cells[0]?.facts);
    expect(b.row.cells[1]?.facts.key).toBe(a.row.cells[1]?.facts.key);
  });

  it("gives each row its one filled cell, whatever padding surrounds it, and none when it has several", () => {
    const lines = readLines("\t\t产出指标\t\t\t\t\n\t项目名称\t\t社保工作专项经费\n\t\t\t\t\t\t\t\t\t\t数量指标");
    const soles = lines.map((l) => (l.kind === "table" ? (l.row.sole?.text ?? null) : l.kind));
    expect(soles).toEqual(["产出指标", null, "数量指标"]);
    const [first] = lines;
    if (first?.kind !== "table") throw new Error("expected a table line");
    expect(first.row.sole).toBe(first.row.cells[2]);
  });

  it("does not add a line for the final line end (004 line 3)", () => {
    expect(readLines("附件 1:\n")).toHaveLength(1);
  });

  it("keeps every TAB-separated cell, so none is lost (003 line 962, 45 columns)", () => {
    const row =
      "\t\t\t\t\t\t\t\t\t\t年度资金总额（万元）：\t\t\t\t\t473\t\t\t\t\t473\t\t\t\t\t191.01\t\t\t\t\t10\t\t\t\t\t40.38\t\t\t\t";
    const [line] = readLines(row);
    expect(line?.kind).toBe("table");
    if (line?.kind !== "table") return;
    expect(line.row.cells).toHaveLength(row.split("\t").length);
    expect(line.row.cells.filter((c) => c.text !== "").map((c) => [c.col, c.text])).toEqual([
      [10, "年度资金总额（万元）："],
      [15, "473"],
      [20, "473"],
      [25, "191.01"],
      [30, "10"],
      [35, "40.38"],
    ]);
  });

  it("numbers lines after a run of page breaks by the source (002 lines 46–49)", () => {
    const text =
      "16\t[323005]秦皇岛经济技术开发区人才交流服务中\t人才中心专项业务费\t2.35\t100\t优\n\n\t心\t\t\t\t\t\n17\t[323005]秦皇岛经济技术开发区人才交流服务中心\t人才中心办公场地费用\t5.58\t0\t\t差";
    expect(readLines(text).map((l) => [l.kind, l.line])).toEqual([
      ["table", 1],
      ["blank", 2],
      ["table", 3],
      ["table", 4],
    ]);
  });
});
