// The marker fuzz test: plant unique tokens in random cells of the fixtures (replace a cell,
// append to one, prefix one, insert a row holding one) and require every token in the output —
// in a record's fields or unmapped cells, or in the parse's document-level unmapped. Diagnostics
// do not count: a message quoting a cell is not the cell kept. PE_PARSE_FUZZ_RUNS runs it longer.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";

const RUNS = Number(process.env.PE_PARSE_FUZZ_RUNS ?? 25);
const SEED = 15_015;

const fixtureDir = new URL("../../fixtures/", import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, lines: readFileSync(new URL(name, fixtureDir), "utf8").split("\n") }));

type Op = "replace" | "append" | "prefix" | "insert";
interface Mutation {
  readonly op: Op;
  /** Which table line (an index into the fixture's lines holding a TAB, modulo their count). */
  readonly row: number;
  /** Which cell of it (modulo its cell count). */
  readonly cell: number;
}

/** Token number i: letters and digits no form writes, unique in the dump. */
const token = (i: number): string => `ZQ7X${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}K`;

/** The fixture with each mutation applied, and the tokens planted. */
function plant(lines: readonly string[], mutations: readonly Mutation[]): { text: string; tokens: string[] } {
  const out = [...lines];
  const tokens: string[] = [];
  mutations.forEach((m, i) => {
    const tableLines = out.flatMap((l, k) => (l.includes("\t") ? [k] : []));
    const at = tableLines[m.row % tableLines.length] as number;
    const cells = (out[at] as string).split("\t");
    const c = m.cell % cells.length;
    const t = token(i);
    tokens.push(t);
    if (m.op === "replace") cells[c] = t;
    else if (m.op === "append") cells[c] = `${cells[c]}${t}`;
    else if (m.op === "prefix") cells[c] = `${t}${cells[c]}`;
    if (m.op === "insert") {
      // A row of the same width with the token in one cell (a TAB keeps it a table row).
      const row = cells.map((_, k) => (k === c ? t : ""));
      if (row.length === 1) row.push("");
      out.splice(at + 1, 0, row.join("\t"));
    } else out[at] = cells.join("\t");
  });
  const text = out.join("\n");
  // A later mutation may replace the cell an earlier one planted in: only tokens still there count.
  return { text, tokens: tokens.filter((t) => text.includes(t)) };
}

/** Every string the output keeps as data: records less their diagnostics, and the document's unmapped. */
function keptText(text: string): string {
  const result = parseText(text);
  const records = result.records.map(({ diagnostics: _d, ...rest }) => rest);
  return JSON.stringify(records) + JSON.stringify(result.unmapped);
}

const mutation = fc.record({
  op: fc.constantFrom<Op>("replace", "append", "prefix", "insert"),
  row: fc.nat({ max: 100_000 }),
  cell: fc.nat({ max: 100 }),
});

describe("planted tokens", () => {
  for (const { name, lines } of fixtures) {
    it(`are all in the output of ${name} (records' fields and unmapped, or the document's unmapped)`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          const { text, tokens } = plant(lines, mutations);
          const kept = keptText(text);
          expect(tokens.filter((t) => !kept.includes(t))).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
