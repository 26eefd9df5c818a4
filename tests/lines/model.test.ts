// The row model: a row made from cells knows its one filled cell.
import { describe, expect, it } from "vitest";
import { EMPTY_FACTS, factsOfRaw } from "../../src/lines/cell-facts.js";
import { makeRow, type Cell } from "../../src/lines/model.js";

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
