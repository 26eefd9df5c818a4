// Invariants of parseText over arbitrary dumps: it never throws, every record is schema-valid,
// no filled cell is lost, and its work grows linearly with the input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countingMeter } from "../../src/diagnostics/work-meter.js";
import { readLines } from "../../src/lines/read-lines.js";
import { parseText } from "../../src/parse-text.js";
import { RecordSchema } from "../../src/schema/record.js";
import { dumpText } from "./arbitraries.js";

const RUNS = 300;
/** The most placement steps one row can take (the funds search is capped at 12 cells). */
const PER_ROW = 30_000;

describe("parseText on arbitrary dumps", () => {
  it("never throws and returns only schema-valid records", () => {
    fc.assert(
      fc.property(dumpText, (text) => {
        const result = parseText(text);
        for (const record of result.records) {
          expect(RecordSchema.safeParse(record).success).toBe(true);
          expect(record.diagnostics.filter((d) => d.code === "schema-invalid")).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("places every filled cell in a field or an unmapped list (no cell-unaccounted)", () => {
    fc.assert(
      fc.property(dumpText, (text) => {
        const result = parseText(text);
        expect(result.diagnostics.filter((d) => d.code === "cell-unaccounted")).toEqual([]);
        // Every cell listed as unmapped exists at its line (a heading line between a form's parts is one cell).
        const lines = readLines(text.replace(/\r\n?/g, "\n"));
        const cellsAt = new Map<number, string[]>();
        for (const line of lines) {
          if (line.kind === "table") cellsAt.set(line.line, line.row.cells.map((c) => c.text));
          else if (line.kind === "text") cellsAt.set(line.line, [line.text]);
        }
        for (const u of [...result.unmapped, ...result.records.flatMap((r) => r.unmapped)]) {
          expect(cellsAt.get(u.line) ?? []).toContain(u.text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("does work linear in the input: bounded per row and character, and k copies cost about k times one", () => {
    fc.assert(
      fc.property(dumpText, fc.integer({ min: 2, max: 6 }), (text, k) => {
        const rows = text.split(/\r\n?|\n/).length;
        const once = measure(text);
        expect(once).toBeLessThanOrEqual(PER_ROW * rows + 5 * text.length);
        // A copy may join a form left open at the end of the one before it: that costs at most
        // the per-row bound for its rows, never more than linear.
        const many = measure(Array(k).fill(text).join("\n\n"));
        expect(many).toBeLessThanOrEqual(k * (once + PER_ROW * rows));
      }),
      { numRuns: 100 },
    );
  });
});

/** The work of one parse, counted by a meter of its own. */
function measure(text: string): number {
  const meter = countingMeter();
  parseText(text, { meter });
  return meter.total;
}
