// Numbers as other scrapers write them: a fixture whose number cells are written in full-width
// digits (`１２`, `９５．５％`), with thousands separators, a full-width percent sign, a space before
// 分 or spaces around the cell gives the same records, field for field (the values an analyst reads).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";
import type { PeRecord } from "../../src/schema/record.js";

const toFullWidth = (text: string): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/\./g, "．").replace(/%/g, "％");

/** Each rewriting of one cell; a cell it does not apply to stays as written. */
const REWRITES: Record<string, (cell: string) => string> = {
  "full-width digits": (c) => (/^\d+(\.\d+)?%?$/.test(c) ? toFullWidth(c) : c),
  "thousands separators": (c) => (/^\d{4,}(\.\d+)?$/.test(c) ? Number(c).toLocaleString("en-US", { maximumFractionDigits: 10 }) : c),
  "full-width percent": (c) => (/^\d+(\.\d+)?%$/.test(c) ? c.replace("%", "％") : c),
  "a space before 分": (c) => (/^\d+(\.\d+)?分$/.test(c) ? c.replace("分", " 分") : c),
  "spaces around": (c) => (/^\d/.test(c) ? ` ${c} ` : c),
};

function values(record: PeRecord): unknown {
  switch (record.kind) {
    case "summary-row":
      return [record.kind, record.seq, record.name, record.budget, record.executed, record.carryover, record.returned, record.score];
    case "result-row":
      return [record.kind, record.seq, record.name, record.budget, record.score, record.grade];
    case "final-account":
      return [record.kind, record.code, record.rows.map((r) => [r.name, r.lineNo, Object.values(r.values)])];
    case "project":
    case "department":
      return [
        record.kind,
        record.funds.lines.map((l) => [l.item, l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score]),
        record.indicators.map((i) => [i.name, i.weight, i.score]),
        record.total,
      ];
    default:
      return record.kind;
  }
}

const rewritten = (text: string, rewrite: (cell: string) => string): string =>
  text
    .split("\n")
    .map((line) => (line.includes("\t") ? line.split("\t").map(rewrite).join("\t") : line))
    .join("\n");

const root = new URL("../../fixtures/", import.meta.url);
const FIXTURES = [
  ...readdirSync(root).filter((f) => /^\d{3}_.*\.txt$/.test(f)),
  ...["real", "synthetic"].flatMap((set) => readdirSync(new URL(`${set}/`, root)).filter((f) => f.endsWith(".txt")).map((f) => `${set}/${f}`)),
];

describe("number-format invariance", () => {
  it.each(FIXTURES)("gives %s's values whichever way its number cells are written", (fixture) => {
    const text = readFileSync(new URL(fixture, root), "utf8");
    const expected = parseText(text).records.map(values);
    for (const [name, rewrite] of Object.entries(REWRITES)) {
      const changed = rewritten(text, rewrite);
      if (changed === text) continue;
      expect(parseText(changed).records.map(values), name).toEqual(expected);
    }
  });
});
