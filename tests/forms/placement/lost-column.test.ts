// findLostColumn: the column a run of rows lost after a page break (000 after line 95: 11 cells
// under a 12-column header) is the one whose removal best fits the whole run.
import { describe, expect, it } from "vitest";
import { findLostColumn, type ColumnSpec, type RunRow } from "../../../src/forms/placement/lost-column.js";
import { parseAmount } from "../../../src/lines/parse-amount.js";
import { cellsOf } from "../../helpers/cells.js";

const parse = (text: string): number | null => {
  const p = parseAmount(text);
  return p.kind === "number" ? p.value : p.kind === "empty" ? null : Number.NaN;
};

// 000 line 11–12's value columns, after 序号, 项目名称, 项目实施单位
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

const run = (...rows: string[]): RunRow[] =>
  rows.map((r) => {
    const values = cellsOf(r).slice(3).map((c) => c.text);
    return { values, numbers: values.map(parse) };
  });

/** A row scores 1 under a mapping where its budget column and its executed column agree. */
const agreeing = (mapping: ReadonlyArray<ColumnSpec>, row: RunRow): number => {
  const at = (key: string): number | null => {
    const i = mapping.findIndex((c) => c.key === key);
    return i < 0 ? null : (row.numbers[i] ?? null);
  };
  return at("budget:市级") !== null && at("budget:市级") === at("executed:市级") ? 1 : 0;
};

describe("findLostColumn", () => {
  it.each([
    {
      // 000 line 13 `1¦聘用保险办理人员劳务经费¦…¦¦¦42.21¦42.21¦¦0¦0¦100¦` with one of its two empty
      // 中央/省级 cells lost: 42.21 then stands under 省级
      name: "finds the lost column that puts 预算数 and 执行数 side by side (000 line 13, a leading empty cell lost)",
      rows: run("1\t聘用保险办理人员劳务经费\t石家庄市机关事业单位社会保险中心\t\t42.21\t42.21\t\t0\t0\t100\t"),
      lost: 0,
    },
  ])("$name", ({ rows, lost }) => {
    expect(findLostColumn(COLUMNS, rows, agreeing)).toBe(lost);
  });

  it.each([
    // 000 line 24 `12¦业务培训费¦…¦¦¦9¦6.13¦¦2.87¦2.87¦93¦根据…` less one cell: losing 应用意见 would put
    // its text under 自评得分, which outweighs a score that favours it
    { source: "000 line 24, ending in its 应用意见", opinion: "根据人社部能建中心安排培训进度实施", lost: "budget:中央" },
    // the same row with an empty 应用意见 (000 line 13's shape): nothing outweighs the score
    { source: "000 line 24, 应用意见 empty", opinion: "", lost: "opinion" },
  ])("keeps a text off a number column ($source): loses $lost", ({ opinion, lost }) => {
    const rows = run(`12\t业务培训费\t石家庄市社会保险中心\t\t\t9\t6.13\t\t2.87\t93\t${opinion}`);
    const favoursOpinionLost = (mapping: ReadonlyArray<ColumnSpec>): number => (mapping[mapping.length - 1]?.key === "score" ? 4 : 0);
    expect(COLUMNS[findLostColumn(COLUMNS, rows, favoursOpinionLost)]?.key).toBe(lost);
  });

  it("finds nothing without columns", () => {
    expect(findLostColumn([], run("1\t项目\t单位\t1"), () => 0)).toBe(-1);
  });
});
