// The row model: a row made from cells knows its one filled cell; blank lines share one layout.
import { describe, expect, it } from "vitest";
import { EMPTY_FACTS, factsOfRaw } from "../../src/lines/cell-facts.js";
import { blankLine, makeRow, type Cell } from "../../src/lines/model.js";

const cell = (col: number, raw: string): Cell =>
  raw === "" ? { col, line: 1, raw, text: "", facts: EMPTY_FACTS, mark: 0 } : { col, line: 1, raw, text: factsOfRaw(raw).text, facts: factsOfRaw(raw), mark: 0 };
const cellsOf = (texts: readonly string[]): Cell[] => texts.map((t, col) => cell(col, t));

describe("makeRow", () => {
  it.each([
    { name: "one cell", texts: ["产出指标"], sole: 0 },
    { name: "one filled cell among padding", texts: ["", "", "产出指标", "", ""], sole: 2 },
    { name: "two filled cells", texts: ["", "项目名称", "", "社保工作专项经费"], sole: undefined },
    { name: "no filled cell", texts: ["", "", ""], sole: undefined },
    { name: "no cell", texts: [], sole: undefined },
  ])("$name", ({ texts, sole }) => {
    const row = makeRow(1, cellsOf(texts));
    expect(row.sole).toBe(sole === undefined ? undefined : row.cells[sole]);
  });
});

describe("blankLine", () => {
  it("keeps its marks, in one set of keys for every kind of blank line", () => {
    const lines = [blankLine(3), blankLine(4, { emptyRow: true }), blankLine(5, { pageMark: "续表" })];
    expect(lines.map((l) => [l.line, l.emptyRow, l.pageMark])).toEqual([
      [3, undefined, undefined],
      [4, true, undefined],
      [5, undefined, "续表"],
    ]);
    expect(new Set(lines.map((l) => Object.keys(l).join()))).toEqual(new Set(["kind,line,emptyRow,pageMark"]));
  });
});
