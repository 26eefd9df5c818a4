import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectSeparators } from "../../src/lines/detect-separators.js";
import { readLines } from "../../src/lines/read-lines.js";
import { parseText } from "../../src/parse-text.js";

const dump004 = readFileSync(new URL("../../fixtures/004_9b7fb85721d44591.txt", import.meta.url), "utf8");

const cases = [
  { separator: "NO-BREAK SPACE (U+00A0)", by: "\u00a0\u00a0" },
  { separator: "NO-BREAK SPACE (U+00A0)", by: "\u00a0" },
  { separator: "LINE SEPARATOR (U+2028)", by: "\u2028" },
];

describe("separator-not-tab", () => {
  for (const { separator, by } of cases) {
    it(`says a dump split by ${JSON.stringify(by)} instead of TAB has no TAB rows, naming ${separator} and the lines`, () => {
      const result = parseText(dump004.replace(/\t/g, by), { file: "004.txt" });
      // The layout pre-stage may read part of it (its records then say layout-flattened); the warning says why the rest is not.
      const found = result.diagnostics.filter((d) => d.code === "separator-not-tab");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "warning" });
      expect(found[0]?.line).toBeGreaterThanOrEqual(10);
      expect(found[0]?.message).toContain(separator);
      expect(found[0]?.message).toMatch(/^\d+ lines hold no TAB but cells split by .* \(lines \d+(, \d+)*(, … \(\d+ more\))?\)/);
    });
  }

  it("reads a dump split by ideographic spaces as spaced text (layout-flattened): no line is left for separator-not-tab", () => {
    // U+3000 separates cells in text that lost its TABs (flattened/spaced-line.ts), so the layout
    // stage reads these rows; what it cannot place goes to table records, each with its warning.
    const result = parseText(dump004.replace(/\t/g, "\u3000\u3000"), { file: "004.txt" });
    expect(result.diagnostics.filter((d) => d.code === "separator-not-tab")).toEqual([]);
    const projects = result.records.filter((r) => r.kind === "project");
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.flatMap((r) => r.diagnostics.map((d) => d.code))).toContain("layout-flattened");
    expect(result.records.filter((r) => r.kind === "table").every((r) => r.diagnostics.some((d) => d.code === "table-unrecognised"))).toBe(true);
  });

  it("reports nothing for the fixtures, a prose line with a few ideographic spaces, or one such line alone", () => {
    for (const name of ["000_62e7df66abdd3e04", "001_2cec943835bed671", "002_8d8ab4ca45e1b48f", "003_565532f530cb80ee", "004_9b7fb85721d44591"]) {
      const text = readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), "utf8");
      expect(parseText(text).diagnostics.filter((d) => d.code === "separator-not-tab")).toEqual([]);
    }
    expect(detectSeparators(readLines("\u3000\u3000根据《预算法》，现将\u3000自评结果公开如下。\n项目名称\u00a0\u00a0社保\u00a0\u00a0经费\n"))).toEqual([]);
  });
});
