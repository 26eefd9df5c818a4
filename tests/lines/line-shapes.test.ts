// line-shapes: what a raw line is, read without the line lexer — the same answers the line reader
// gives (a code line, a one-cell funds row), so the document splitter never cuts before such a row.
import { describe, expect, it } from "vitest";
import { factsOfRaw } from "../../src/lines/cell-facts.js";
import { isFundsCorner, isRowLabelLine, isTableCodeRow } from "../../src/lines/line-shapes.js";
import { readLines } from "../../src/lines/read-lines.js";

describe("isTableCodeRow", () => {
  const cases: Array<[string, boolean]> = [
    ["\t\t公开06表", true],
    ["公开01表\t\t\t", true],
    ["\t 公开１２表 \t", true],
    ["\t\t公开06表\t2023年度", false],
    ["收入支出决算总表\t\t公开01表\t金额单位:万元", false],
    ["\t\t\t", false],
    ["公开06表附件\t", false],
  ];
  for (const [raw, expected] of cases) {
    it(`reads ${JSON.stringify(raw)} as ${expected ? "" : "no "}table code row`, () => {
      expect(isTableCodeRow(raw)).toBe(expected);
    });
  }

  it("agrees with the line reader, which reads such a row as the code line", () => {
    for (const [raw, expected] of cases) {
      const [line] = readLines(raw);
      expect(line?.kind === "text" && line.lexeme === "tableCode", raw).toBe(expected);
    }
  });
});

describe("isRowLabelLine", () => {
  const cases: Array<[string, boolean]> = [
    ["年度资金总额", true],
    ["其中：当年财政拨款", true],
    ["年度资金总额（万元）：", true],
    ["社保工作专项经费项目支出绩效自评表", false],
    ["2021年度", false],
    ["项目名称", false],
    // A label with its values after spaces is a row that lost its TABs (flattened-text.ts).
    ["其他资金 0 0", false],
    ["上年结转 12.5", false],
    ["其他资金1", true],
  ];
  for (const [raw, expected] of cases) {
    it(`reads ${JSON.stringify(raw)} as ${expected ? "a funds label alone on its line" : "no row label line"}`, () => {
      expect(isRowLabelLine(raw)).toBe(expected);
    });
  }

  it("agrees with the line reader, which reads such a line as a one-cell row", () => {
    for (const [raw, expected] of cases) {
      const [line] = readLines(raw);
      expect(line?.kind === "table", raw).toBe(expected);
    }
  });
});

describe("isFundsCorner", () => {
  const facts = (...texts: string[]) => texts.map((t) => factsOfRaw(t));
  it.each([
    { first: "资金来源", after: [], corner: true },
    { first: "项目", after: ["年初预算数", "全年预算数", "全年执行数"], corner: true },
    { first: "资金类型", after: ["预算数", "执行数", "执行率", "分值"], corner: true },
    { first: "项目", after: ["年初预算数", "全年预算数"], corner: false },
    { first: "项目", after: ["行次", "金额", "项目"], corner: false },
    { first: "年初预算数", after: ["全年预算数", "全年执行数", "分值"], corner: false },
    { first: "年度资金总额", after: ["年初预算数", "全年预算数", "全年执行数"], corner: false },
  ])("$first before $after: $corner", ({ first, after, corner }) => {
    expect(isFundsCorner(factsOfRaw(first), facts(...after))).toBe(corner);
  });
});
