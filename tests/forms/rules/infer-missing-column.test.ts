// findLostColumn: a run of rows that lost one column (000 after the page break at line 95:
// 11 cells under a 12-column header) → the column they lost, by shapes and the caller's evidence;
// inferLostColumn: the summary table's evidence (预算 − 执行 = 结余, the name's level hint).
import { describe, expect, it } from "vitest";
import { findLostColumn, type ColumnSpec, type RunRow } from "../../../src/forms/placement/lost-column.js";
import { inferLostColumn, type SummaryColumn } from "../../../src/forms/rules/infer-missing-column.js";
import { parseAmount } from "../../../src/lines/parse-amount.js";
import { parseText } from "../../../src/parse-text.js";
import { cellsOf, dumpOf, rowOf } from "../../helpers/cells.js";

// 000 lines 11–12: the value columns after 序号, 项目名称, 项目实施单位
const COLUMNS: ColumnSpec[] = [
  { key: "budget:中央", numeric: true },
  { key: "budget:省级", numeric: true },
  { key: "budget:市级", numeric: true },
  { key: "executed:市级", numeric: true },
  { key: "executed:县（市）区级", numeric: true },
  { key: "carryover", numeric: true },
  { key: "returned", numeric: true },
  { key: "score", numeric: true },
  { key: "opinion", numeric: false },
];
const BUDGET_SHENG = 1;

const parse = (text: string): number | null => {
  const p = parseAmount(text);
  return p.kind === "number" ? p.value : p.kind === "empty" ? null : Number.NaN;
};

function runRow(text: string, hint?: string): RunRow {
  const values = cellsOf(text).slice(3).map((c) => c.text);
  const numbers = values.map(parse);
  return hint === undefined ? { values, numbers } : { values, hint, numbers };
}

// 000 line 97: no level in the name; 20230 − 20229 = 1
const ROW_97 = "82\t安家补贴资金\t石家庄市人力资源和社会保障局\t\t20230\t20229\t\t1\t1\t100\t";
// 000 line 98: 中央 in the name; 67 − 63.484652 = 3.515348
const ROW_98 =
  "83\t公益性岗位人员岗位补贴（提前下达2025年中央就业资金）\t石家庄市人力资源和社会保障局\t67\t\t63.484652\t\t3.515348\t3.515348\t99.48\t已按照实际情况据实支付，下一年度将继续合理合规支出。";
// 000 line 100: no level in the name; 5418 − 0 = 5418
const ROW_100 = "85\t就业创业补贴（创业扶持资金）\t石家庄市人力资源和社会保障局\t\t5418\t0\t\t5418\t5418\t0\t此项资金市财政未让执行。";

type Score = (mapping: ReadonlyArray<ColumnSpec>, row: RunRow) => number;

/** 预算 − 执行 = 结余 (the evidence src/forms/summary-table.ts gives, without the level hints). */
const arithmetic: Score = (mapping, row) => {
  const values = new Map<string, number>();
  row.values.forEach((_text, i) => {
    const v = row.numbers[i] ?? null;
    const key = mapping[i]?.key;
    if (key !== undefined && v !== null && !Number.isNaN(v)) values.set(key, v);
  });
  const sum = (prefix: string): number =>
    [...values].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);
  const carry = values.get("carryover");
  return carry !== undefined && Math.abs(sum("budget:") - sum("executed:") - carry) < 0.01 ? 3 : 0;
};

/** Arithmetic plus the level the name hints, else the level most intact rows use (市级 in 000). */
const arithmeticAndLevels: Score = (mapping, row) => {
  let score = arithmetic(mapping, row);
  row.values.forEach((_text, i) => {
    const key = mapping[i]?.key ?? "";
    const v = row.numbers[i] ?? null;
    if (!key.startsWith("budget:") || v === null || Number.isNaN(v)) return;
    const level = key.slice("budget:".length);
    if (row.hint !== undefined) score += row.hint === level ? 2 : -2;
    else if (level === "市级") score += 1;
  });
  return score;
};

interface Case {
  readonly name: string;
  readonly rows: RunRow[];
  readonly score: Score;
  readonly lost: number;
}

/** Evidence that favours losing 自评结果应用意见 (+4), weaker than one text under a number column (−5). */
const favoursOpinionLost: Score = (mapping) => (mapping.some((c) => c.key === "opinion") ? 0 : 4);

const cases: Case[] = [
  {
    name: "takes 预算数/省级 as the column lost by the run after the page break (000 lines 97, 98, 100)",
    rows: [runRow(ROW_97), runRow(ROW_98, "中央"), runRow(ROW_100)],
    score: arithmeticAndLevels,
    lost: BUDGET_SHENG,
  },
  {
    // alone, line 97 fits 中央 or 省级 as lost equally (both are empty on it; ties keep the earlier column)
    name: "takes the first of equally good columns for a row that cannot tell them apart (000 line 97)",
    rows: [runRow(ROW_97)],
    score: arithmeticAndLevels,
    lost: 0,
  },
  {
    // with line 98, whose 67 is 中央 by its name, the sum over the run settles on 省级
    name: "decides over the whole run, not row by row (000 lines 97, 98)",
    rows: [runRow(ROW_97), runRow(ROW_98, "中央")],
    score: arithmeticAndLevels,
    lost: BUDGET_SHENG,
  },
  {
    name: "does not depend on the order of the run's rows (000 lines 98, 97)",
    rows: [runRow(ROW_98, "中央"), runRow(ROW_97)],
    score: arithmeticAndLevels,
    lost: BUDGET_SHENG,
  },
  {
    // losing 自评结果应用意见 would put line 98's opinion text under 自评得分: −5 outweighs the +4
    name: "weighs a text under a number column above weaker evidence (000 line 98)",
    rows: [runRow(ROW_98)],
    score: favoursOpinionLost,
    lost: 0,
  },
  {
    // line 97 has no text cell, so nothing stands against the evidence
    name: "follows the evidence when no text lands under a number column (000 line 97)",
    rows: [runRow(ROW_97)],
    score: favoursOpinionLost,
    lost: COLUMNS.length - 1,
  },
];

describe("findLostColumn", () => {
  it.each(cases)("$name", ({ rows, score, lost }) => {
    expect(findLostColumn(COLUMNS, rows, score)).toBe(lost);
  });

  it("scores each candidate with the header's columns minus the one taken as lost", () => {
    const seen: string[][] = [];
    findLostColumn(COLUMNS, [runRow(ROW_97)], (mapping) => {
      seen.push(mapping.map((c) => c.key));
      return 0;
    });
    expect(seen).toHaveLength(COLUMNS.length);
    seen.forEach((keys, lost) => {
      expect(keys).toEqual(COLUMNS.filter((_, i) => i !== lost).map((c) => c.key));
    });
  });
});

describe("inferLostColumn", () => {
  // 000 lines 11–12's value columns, as src/forms/summary-table.ts reads them (after 3 fixed columns)
  const VALUE_COLUMNS: SummaryColumn[] = COLUMNS.map((c, i) => {
    const [key, level] = c.key.split(":");
    const group = key === "budget" || key === "executed" ? key : undefined;
    return { key: c.key, col: 3 + i, ...(group ? { group } : {}), ...(level ? { level } : {}) };
  });

  it("takes 预算数/省级 as the column lost by the run after the page break (000 lines 97, 98, 100)", () => {
    const short = [rowOf(ROW_97, 97), rowOf(ROW_98, 98), rowOf(ROW_100, 100)];
    expect(inferLostColumn(VALUE_COLUMNS, 3, short, "市级", parse)).toBe(BUDGET_SHENG);
  });

  it("finds no lost column without short rows", () => {
    expect(inferLostColumn(VALUE_COLUMNS, 3, [], "市级", parse)).toBe(-1);
  });
});

describe("inferLostColumn in a 绩效自评结果汇总表", () => {
  // 000 lines 5–13 (title, 主管部门, 单位, the two-level header, an intact row) and 97–98 after the break
  const text = dumpOf([
    [5, "部门绩效自评结果公开汇总表"],
    [7, "主管部门：社保科"],
    [9, "单位：万元"],
    [11, "序号\t项目名称\t项目实施单位\t预算数（调整后）\t\t\t执行数（至2025年底）\t\t结余结转数\t结余交回财政数\t自评得分\t自评结果应用意见"],
    [12, "\t\t\t中央\t省级\t市级\t市级\t县（市）区级\t\t\t\t"],
    [13, "1\t聘用保险办理人员劳务经费\t石家庄市机关事业单位社会保险中心\t\t\t42.21\t42.21\t\t0\t0\t100\t"],
    [97, ROW_97],
    [98, ROW_98],
  ]);
  const { records } = parseText(text, { file: "000.txt" });

  it.each([
    { line: 97, budget: { 中央: null, 省级: null, 市级: 20230 }, executed: { 市级: 20229, "县（市）区级": null }, placed: ["20230」 under budget/市级", "20229」 under executed/市级"] },
    { line: 98, budget: { 中央: 67, 省级: null, 市级: null }, executed: { 市级: 63.484652, "县（市）区级": null }, placed: ["67」 under budget/中央", "63.484652」 under executed/市级"] },
  ])("places the values of line $line as if 省级 were lost and reports column-inferred", ({ line, budget, executed, placed }) => {
    const record = records.find((r) => r.source.startLine === line);
    expect(record).toMatchObject({ kind: "summary-row", budget, executed });
    expect(record?.diagnostics).toEqual([
      {
        code: "column-inferred",
        severity: "warning",
        message: `the row has 11 cells where the header has 12; taking column budget/省级 as the one lost (by 预算 − 执行 = 结余 and the name's level hint), placed 「${placed.join(", 「")}`,
        line,
      },
    ]);
  });

  it("reports nothing on the intact row (000 line 13)", () => {
    expect(records.find((r) => r.source.startLine === 13)?.diagnostics).toEqual([]);
  });
});
