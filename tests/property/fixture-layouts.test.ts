// The synthetic fixtures of other provinces' templates, each written again as a scrape would write
// it: one cell per line ending in a TAB (an HTML page with a paragraph per cell, as real/04 is), and
// with spaces for TABs (text that lost its TABs). Each gives the records its TAB dump gives: every
// field an analyst reads (source lines, repairs and unmapped cells differ with the layout).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";

const LAYOUTS: Record<string, (lines: string[]) => string> = {
  "one cell per line, each ending in a TAB": (lines) =>
    lines.flatMap((l) => (l.includes("\t") ? l.split("\t").filter((c) => c.trim() !== "").map((c) => `${c}\t`) : [l.trim() === "" ? "" : `${l}\t`])).join("\n"),
  "spaces for TABs": (lines) => lines.map((l) => l.split("\t").filter((c) => c.trim() !== "").join(" ")).join("\n"),
};

/**
 * Fixtures read the same in both layouts. Not yet: the Sichuan forms' two-row funds header (03a,
 * 03b), 公开05表's two-row header (07b), rowspans lost as well (08a, 08b); in the spaces layout the
 * scoring rubrics (02a, 02b), 05b's flat indicator rows and 06a's `——` after a label.
 */
const SAME_IN: Record<string, readonly string[]> = {
  "01a_department-selfeval": Object.keys(LAYOUTS),
  "01b_department-selfeval": Object.keys(LAYOUTS),
  "02a_department-rubric": ["one cell per line, each ending in a TAB"],
  "02b_department-rubric": ["one cell per line, each ending in a TAB"],
  "04a_result-no-scores": Object.keys(LAYOUTS),
  "04b_result-prose-score": Object.keys(LAYOUTS),
  "05a_target-table": Object.keys(LAYOUTS),
  "05b_target-table": ["one cell per line, each ending in a TAB"],
  "06a_yuan-form": ["one cell per line, each ending in a TAB"],
  "06b_yuan-unit-line": Object.keys(LAYOUTS),
  "07a_final-account-01": Object.keys(LAYOUTS),
  "15a_prose-figures": Object.keys(LAYOUTS),
  "15b_prose-figures": Object.keys(LAYOUTS),
  "16a_department-tasks": Object.keys(LAYOUTS),
  "16b_department-tasks": Object.keys(LAYOUTS),
};

/** What an analyst reads of the records: each without its source, repairs and unmapped cells, its extra without lines. */
function reading(text: string): unknown[] {
  return parseText(text).records.map((r) => {
    const { source: _source, diagnostics: _diagnostics, unmapped: _unmapped, ...fields } = r as typeof r & { extra?: Array<{ label: string; value: string }> };
    const extra = (fields as { extra?: Array<{ label: string; value: string }> }).extra;
    return r.kind === "table" ? { kind: "table" } : { ...fields, ...(extra ? { extra: extra.map((e) => [e.label, e.value]) } : {}) };
  });
}

describe("synthetic fixtures read the same when a scrape changed their layout", () => {
  for (const [stem, layouts] of Object.entries(SAME_IN)) {
    const lines = readFileSync(new URL(`../../fixtures/synthetic/${stem}.txt`, import.meta.url), "utf8").split("\n");
    const expected = reading(lines.join("\n"));
    for (const layout of layouts) {
      it(`${stem}: ${layout}`, () => {
        expect(expected.length).toBeGreaterThan(0);
        expect(reading((LAYOUTS[layout] as (l: string[]) => string)(lines))).toEqual(expected);
      });
    }
  }
});
