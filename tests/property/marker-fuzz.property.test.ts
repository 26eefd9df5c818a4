// The marker fuzz test: plant unique tokens in random cells of the fixtures (replace a cell,
// append to one, prefix one, insert a row holding one) and require every token in the output —
// in a record's fields or unmapped cells, or in the parse's document-level unmapped. Diagnostics
// do not count: a message quoting a cell is not the cell kept. PE_PARSE_FUZZ_RUNS runs it longer.
// Over the five seeds every line with a TAB is a target; over the other templates (fixtures/real,
// fixtures/synthetic) the rows with two filled cells or more, since a lone cell there is often a
// title, read as text; dumps the layout stage rebuilds (one cell per line, lost TABs) are left out.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";

const RUNS = Number(process.env.PE_PARSE_FUZZ_RUNS ?? 25);
const SEED = 15_015;

const fixtureDir = new URL("../../fixtures/", import.meta.url);
const read = (dir: URL, prefix: string, rows: (line: string) => boolean): Array<{ name: string; lines: string[]; rows: (line: string) => boolean }> =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((name) => ({ name: prefix + name, lines: readFileSync(new URL(name, dir), "utf8").split("\n"), rows }));
/** A dump the layout stage rebuilds (one cell per line, text that lost its TABs) is not TAB rows: a planted row changes its layout. */
function rewrittenByLayout(text: string): boolean {
  const result = parseText(text);
  const codes = [...result.diagnostics, ...result.records.flatMap((r) => r.diagnostics)].map((d) => d.code);
  return codes.includes("rows-rebuilt") || codes.includes("layout-flattened");
}
const anyTab = (l: string): boolean => l.includes("\t");
const twoFilled = (l: string): boolean => l.split("\t").filter((c) => c.trim() !== "").length >= 2;
const fixtures = [
  ...read(fixtureDir, "", anyTab),
  ...read(new URL("real/", fixtureDir), "real/", twoFilled),
  ...read(new URL("synthetic/", fixtureDir), "synthetic/", twoFilled),
].filter((f) => f.lines.some(f.rows) && !rewrittenByLayout(f.lines.join("\n")));

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
function plant(lines: readonly string[], mutations: readonly Mutation[], isRow: (line: string) => boolean = anyTab): { text: string; tokens: string[] } {
  const out = [...lines];
  const tokens: string[] = [];
  mutations.forEach((m, i) => {
    const tableLines = out.flatMap((l, k) => (isRow(l) ? [k] : []));
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
  for (const { name, lines, rows } of fixtures) {
    it(`are all in the output of ${name} (records' fields and unmapped, or the document's unmapped)`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          const { text, tokens } = plant(lines, mutations, rows);
          const kept = keptText(text);
          expect(tokens.filter((t) => !kept.includes(t))).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});

// The other templates' fixtures are small: rather than sample them, replace every filled cell of
// their rows, one at a time, and find each token in the output (a department form's 主管部门 value
// was marked used and kept nowhere, which a sample of 25 missed).
describe("every cell of the other templates, replaced in turn", () => {
  for (const { name, lines, rows } of fixtures.filter((f) => f.name.includes("/"))) {
    it(`is in the output of ${name}`, () => {
      const lost: string[] = [];
      lines.forEach((line, at) => {
        if (!rows(line)) return;
        const cells = line.split("\t");
        cells.forEach((cell, c) => {
          if (cell.trim() === "") return;
          const t = token(at * 64 + c);
          const out = [...lines];
          out[at] = cells.map((x, k) => (k === c ? t : x)).join("\t");
          if (!keptText(out.join("\n")).includes(t)) lost.push(`line ${at + 1} cell ${c + 1} 「${cell}」`);
        });
      });
      expect(lost).toEqual([]);
    });
  }
});

