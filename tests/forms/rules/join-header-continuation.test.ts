// findHeaderJoins / joinHeaderContinuation: a funds header cut by a page break is joined with its
// continuation row, each continuation cell to the header cell at its column or beside it that makes
// a known label; the rule reports each join (header-joined) and returns the cells left unjoined.
import { describe, expect, it } from "vitest";
import { FUNDS_SECTION_LABEL, labelKey } from "../../../grammars/vocabulary/index.js";
import { fundsHeaderOf } from "../../../src/lines/cell-facts.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds } from "../../../src/forms/project/funds.js";
import {
  findHeaderJoins,
  joinHeaderContinuation,
  type HeaderCell,
  type HeaderJoin,
} from "../../../src/forms/rules/join-header-continuation.js";
import { cellsOf, filledOf, rowOf } from "../../helpers/cells.js";

/** The funds header's known labels, as src/forms/project/funds.ts decides them. */
function isKnownHeaderLabel(text: string): boolean {
  const key = labelKey(text);
  const unit = /[（(]\s*(万元|元|亿元)\s*[）)]/.test(text);
  return fundsHeaderOf(text) !== undefined || key === FUNDS_SECTION_LABEL || (unit && key.startsWith(FUNDS_SECTION_LABEL));
}

function headerOf(text: string, line: number): HeaderCell[] {
  return filledOf(text, line).map((c) => ({ col: c.col, line: c.line, text: c.text, cells: [c] }));
}

interface Case {
  readonly name: string;
  readonly header: readonly [string, number];
  readonly continuation: readonly [string, number];
  readonly joins: HeaderJoin[];
  readonly unjoined: string[];
  /** The header's texts after the joins, by column. */
  readonly after: Record<number, string>;
}

const cases: Case[] = [
  {
    // the rule's own before/after
    name: "joins 项目资金(万元), 全年执行数 and 分值 split by a page break (001 lines 427–429)",
    header: ["项目资金\t年初预算数\t全年预算数\t全年执行\t分\t执行率\t得分", 427],
    continuation: ["(万元)\t\t\t\t数\t值\t\t\t", 429],
    joins: [
      { head: "项目资金", tail: "(万元)", joined: "项目资金(万元)", line: 429 },
      { head: "全年执行", tail: "数", joined: "全年执行数", line: 429 },
      { head: "分", tail: "值", joined: "分值", line: 429 },
    ],
    unjoined: [],
    after: { 0: "项目资金(万元)", 1: "年初预算数", 2: "全年预算数", 3: "全年执行数", 4: "分值", 5: "执行率", 6: "得分" },
  },
  {
    // 数 stands under a gap between 全年预算 and 全年: it joins the cell before, 执行数 the one after
    name: "joins five cells of a header whose labels stand two columns apart (001 lines 482–484)",
    header: ["项目资金\t年初预算数\t\t全年预算\t\t全年\t分\t执行\t得分", 482],
    continuation: ["(万元)\t\t\t\t数\t执行数\t值\t率\t", 484],
    joins: [
      { head: "项目资金", tail: "(万元)", joined: "项目资金(万元)", line: 484 },
      { head: "全年预算", tail: "数", joined: "全年预算数", line: 484 },
      { head: "全年", tail: "执行数", joined: "全年执行数", line: 484 },
      { head: "分", tail: "值", joined: "分值", line: 484 },
      { head: "执行", tail: "率", joined: "执行率", line: 484 },
    ],
    unjoined: [],
    after: { 0: "项目资金(万元)", 1: "年初预算数", 3: "全年预算数", 5: "全年执行数", 6: "分值", 7: "执行率", 8: "得分" },
  },
  {
    // 执行数 in column 5 stands under 分; only 全年 in column 4 makes a label with it
    name: "joins a continuation cell to the header cell before it when that makes the label (001 lines 535–537)",
    header: ["项目资金\t\t年初预算数\t全年预算数\t全年\t分\t执行率\t得分", 535],
    continuation: ["(万元)\t\t\t\t\t执行数\t值\t\t", 537],
    joins: [
      { head: "项目资金", tail: "(万元)", joined: "项目资金(万元)", line: 537 },
      { head: "全年", tail: "执行数", joined: "全年执行数", line: 537 },
      { head: "分", tail: "值", joined: "分值", line: 537 },
    ],
    unjoined: [],
    after: { 0: "项目资金(万元)", 2: "年初预算数", 3: "全年预算数", 4: "全年执行数", 5: "分值", 6: "执行率", 7: "得分" },
  },
  {
    // the continuation of 001 line 484 set under the header of line 427: 执行数 and 率 make no label
    // with any header cell near them (执行率率, 分执行数 …), so they stay unjoined
    name: "leaves unjoined the continuation cells that make no known label (001 line 484 under line 427)",
    header: ["项目资金\t年初预算数\t全年预算数\t全年执行\t分\t执行率\t得分", 427],
    continuation: ["(万元)\t\t\t\t数\t执行数\t值\t率\t", 484],
    joins: [
      { head: "项目资金", tail: "(万元)", joined: "项目资金(万元)", line: 484 },
      { head: "全年执行", tail: "数", joined: "全年执行数", line: 484 },
      { head: "分", tail: "值", joined: "分值", line: 484 },
    ],
    unjoined: ["执行数", "率"],
    after: { 0: "项目资金(万元)", 1: "年初预算数", 2: "全年预算数", 3: "全年执行数", 4: "分值", 5: "执行率", 6: "得分" },
  },
];

describe("findHeaderJoins", () => {
  it.each(cases)("$name", ({ header, continuation, joins, unjoined, after }) => {
    const h = headerOf(...header);
    const result = findHeaderJoins(h, cellsOf(...continuation), isKnownHeaderLabel);
    expect(result.joins).toEqual(joins);
    expect(result.unjoined.map((c) => c.text)).toEqual(unjoined);
    expect(Object.fromEntries(h.map((c) => [c.col, c.text]))).toEqual(after);
  });

  it("keeps the continuation cell with the header cell it joined, so both lines are accounted for", () => {
    const h = headerOf("项目资金\t年初预算数\t全年预算数\t全年执行\t分\t执行率\t得分", 427);
    findHeaderJoins(h, cellsOf("(万元)\t\t\t\t数\t值\t\t\t", 429), isKnownHeaderLabel);
    const executed = h.find((c) => c.col === 3);
    expect(executed?.cells.map((c) => [c.line, c.text])).toEqual([
      [427, "全年执行"],
      [429, "数"],
    ]);
  });

  it("joins each header cell at most once", () => {
    // 001 line 484 has both 数 (col 4) and 执行数 (col 5) near 全年预算/全年; each takes one
    const h = headerOf("项目资金\t年初预算数\t\t全年预算\t\t全年\t分\t执行\t得分", 482);
    const { joins } = findHeaderJoins(h, cellsOf("(万元)\t\t\t\t数\t执行数\t值\t率\t", 484), isKnownHeaderLabel);
    const heads = joins.map((j) => j.head);
    expect(new Set(heads).size).toBe(heads.length);
  });
});

describe("joinHeaderContinuation", () => {
  it.each(cases)("$name, reporting each join", ({ header, continuation, joins, unjoined, after }) => {
    const h = headerOf(...header);
    const cells = cellsOf(...continuation);
    const ledger = new CellLedger();
    const left = joinHeaderContinuation(h, cells, isKnownHeaderLabel, ledger);
    expect(left.map((c) => c.text)).toEqual(unjoined);
    expect(Object.fromEntries(h.map((c) => [c.col, c.text]))).toEqual(after);
    expect(ledger.diagnostics).toEqual(
      joins.map((j) => ({
        code: "header-joined",
        severity: "info",
        message: `joined the header cell 「${j.head}」 with its continuation 「${j.tail}」 after a page break: 「${j.joined}」`,
        line: j.line,
      })),
    );
    // the joined cells are used; the unjoined ones are left for the section to place
    for (const cell of cells) {
      if (cell.text === "") continue;
      expect(ledger.isUsed(cell)).toBe(!left.includes(cell));
    }
    expect(ledger.unmapped).toEqual([]);
  });
});

describe("joinHeaderContinuation in readFunds", () => {
  it("joins a header split by a page break and reports header-joined (001 lines 427–433)", () => {
    const ledger = new CellLedger();
    const funds = readFunds(
      [rowOf("项目资金\t年初预算数\t全年预算数\t全年执行\t分\t执行率\t得分", 427)],
      [
        rowOf("\t年度资金总额\t1780.68\t1780.68\t1780.68\t10分\t100%\t10\t", 430),
        rowOf("\t其中：当年财政拨款\t1780.68\t1780.68\t1780.68\t—\t\t—\t", 431),
      ],
      [rowOf("(万元)\t\t\t\t数\t值\t\t\t", 429)],
      ledger,
      formContext(),
    );
    expect(ledger.diagnostics.filter((d) => d.code === "header-joined")).toEqual([
      {
        code: "header-joined",
        severity: "info",
        message: "joined the header cell 「项目资金」 with its continuation 「(万元)」 after a page break: 「项目资金(万元)」",
        line: 429,
      },
      {
        code: "header-joined",
        severity: "info",
        message: "joined the header cell 「全年执行」 with its continuation 「数」 after a page break: 「全年执行数」",
        line: 429,
      },
      {
        code: "header-joined",
        severity: "info",
        message: "joined the header cell 「分」 with its continuation 「值」 after a page break: 「分值」",
        line: 429,
      },
    ]);
    expect(funds.lines[0]).toEqual({
      label: "年度资金总额",
      item: "total",
      initialBudget: 1780.68,
      annualBudget: 1780.68,
      executed: 1780.68,
      weight: 10,
      executionRate: 100,
      score: 10,
    });
    expect(ledger.unmapped).toEqual([]);
  });
});
