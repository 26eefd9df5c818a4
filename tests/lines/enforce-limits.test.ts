// enforceLimits: a line over maxLineLength characters or a row of more than maxCells cells is
// blanked (line numbers kept) and reported as an error; everything else passes untouched.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/codes.js";
import { DEFAULT_LIMITS, enforceLimits, type Limits } from "../../src/lines/enforce-limits.js";

// 004 lines 11–12
const HEADER = "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t";
const ROW = "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly limits: Limits;
  readonly firstLine?: number;
  readonly out: string;
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  { name: "passes 004 lines 11–12 untouched under the default limits", text: `${HEADER}\n${ROW}\n`, limits: DEFAULT_LIMITS, out: `${HEADER}\n${ROW}\n`, diagnostics: [] },
  {
    name: "blanks a line over the length limit and keeps the line numbers (004 line 12 under a limit of 30)",
    text: `${HEADER.slice(0, 30)}\n${ROW}\nx`,
    limits: { maxLineLength: 30, maxCells: 1000 },
    out: `${HEADER.slice(0, 30)}\n\nx`,
    diagnostics: [
      {
        code: "line-too-long",
        severity: "error",
        message: `line is ${ROW.length} characters long, over the limit of 30; the line is skipped`,
        line: 2,
      },
    ],
  },
  {
    name: "blanks a row of more cells than the limit (004 line 11's 10 cells under a limit of 9)",
    text: `${HEADER}\n${ROW.slice(0, 12)}`,
    limits: { maxLineLength: 1000, maxCells: 9 },
    out: `\n${ROW.slice(0, 12)}`,
    diagnostics: [{ code: "too-many-cells", severity: "error", message: "row has 10 cells, over the limit of 9; the row is skipped", line: 1 }],
  },
  {
    name: "keeps a row of exactly the cell limit (004 line 11's 10 cells under a limit of 10)",
    text: HEADER,
    limits: { maxLineLength: 1000, maxCells: 10 },
    out: HEADER,
    diagnostics: [],
  },
  {
    name: "numbers lines from the first line given (004 line 12 as line 12 of a split document)",
    text: ROW,
    limits: { maxLineLength: 10, maxCells: 1000 },
    firstLine: 12,
    out: "",
    diagnostics: [{ code: "line-too-long", severity: "error", message: `line is ${ROW.length} characters long, over the limit of 10; the line is skipped`, line: 12 }],
  },
];

describe("enforceLimits", () => {
  it.each(cases)("$name", ({ text, limits, firstLine, out, diagnostics }) => {
    expect(enforceLimits(text, limits, firstLine)).toEqual({ text: out, diagnostics });
  });

  it("returns the very same text when nothing is over a limit", () => {
    const text = `${HEADER}\n${ROW}`;
    expect(enforceLimits(text).text).toBe(text);
  });
});
