// render ∘ parse is the identity on records (all fields but source, diagnostics and unmapped):
// for records parsed from arbitrary dumps, and for generated records.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVEL1, LEVEL2, type Level1, FUNDS_ITEM_LABEL } from "../../grammars/vocabulary/index.js";
import { renderRecords } from "../../src/emit/render.js";
import { parseText } from "../../src/parse-text.js";
import type { PeRecord } from "../../src/schema/record.js";
import { readdirSync, readFileSync } from "node:fs";

const fixtureDir = new URL("../../fixtures/", import.meta.url);
const fixtureRecords: PeRecord[] = readdirSync(fixtureDir)
  .filter((n) => n.endsWith(".txt"))
  .flatMap((n) => parseText(readFileSync(new URL(n, fixtureDir), "utf8")).records);

const strip = (r: PeRecord): Record<string, unknown> => {
  const { source: _s, diagnostics: _d, unmapped: _u, ...rest } = r;
  return rest;
};
const roundTrip = (records: PeRecord[]): Array<Record<string, unknown>> => parseText(renderRecords(records)).records.map(strip);

const word = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4fff }).map((c) => String.fromCharCode(c)), minLength: 2, maxLength: 10 });
const money = fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((v) => v / 100), { nil: null });
const points = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const level2s = Object.keys(LEVEL2);

const indicator = fc.record({
  level2: fc.constantFrom(...level2s),
  name: word,
  target: fc.option(fc.oneof(word, fc.constantFrom("≥95%", "100%", "≤1起", "完成")), { nil: null }),
  actual: fc.option(fc.oneof(word, fc.constantFrom("98%", "100%", "0起", "完成")), { nil: null }),
  weight: points,
  score: points,
  remark: fc.option(word, { nil: null }),
});

const project = fc
  .record({
    unit: fc.boolean(),
    title: fc.option(word.map((w) => `${w}项目支出绩效自评表`), { nil: null }),
    year: fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: null }),
    name: word,
    department: fc.option(word, { nil: null }),
    implementer: fc.option(word, { nil: null }),
    amounts: fc.array(fc.tuple(money, money, money), { minLength: 1, maxLength: 4 }),
    goals: fc.record({ expected: fc.option(word, { nil: null }), actual: fc.option(word, { nil: null }) }),
    indicators: fc.array(indicator, { maxLength: 8 }),
    total: fc.record({ weight: points, score: points }),
  })
  .map((p): PeRecord => {
    const items = p.unit ? (["total", "government", "specialAccount", "unitFunds"] as const) : (["total", "appropriation", "carryover", "other"] as const);
    return {
      kind: "project",
      source: { file: "x", startLine: 1, endLine: 1 },
      diagnostics: [],
      unmapped: [],
      form: p.unit ? "unit" : "expenditure",
      title: p.unit ? "项目单位自评表" : p.title,
      year: p.year,
      name: p.name,
      department: p.department,
      implementer: p.implementer,
      funds: {
        unit: "万元",
        lines: p.amounts.map(([a, b, c], i) => ({
          label: FUNDS_ITEM_LABEL[items[i] as (typeof items)[number]],
          item: items[i] as (typeof items)[number],
          initialBudget: a,
          annualBudget: b,
          executed: c,
          weight: i === 0 ? 10 : null,
          executionRate: i === 0 && b !== null && c !== null && b > 0 ? Math.round((c / b) * 10000) / 100 : null,
          score: null,
        })),
      },
      management: [],
      goals: p.goals,
      indicators: p.indicators.map((i) => ({
        level1: ((LEVEL2 as Readonly<Record<string, Level1>>)[i.level2] ?? LEVEL1[0]) as (typeof LEVEL1)[number],
        level2: i.level2,
        name: i.name,
        target: i.target,
        actual: i.actual,
        nature: null,
        unit: null,
        weight: i.weight,
        score: i.score,
        deviation: null,
        remark: i.remark,
      })),
      total: p.total,
      extra: [],
    };
  });

describe("render then parse", () => {
  it("gives back any selection of the fixtures' records, in any order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(fixtureRecords, { minLength: 1, maxLength: 40 }), (records) => {
        expect(roundTrip(records)).toEqual(records.map(strip));
      }),
      { numRuns: 200 },
    );
  });

  it("gives back generated project records", () => {
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 4 }), (records) => {
        const back = roundTrip(records);
        if (JSON.stringify(back) !== JSON.stringify(records.map(strip))) console.log(JSON.stringify(records));
        expect(back).toEqual(records.map(strip));
      }),
      { numRuns: 200 },
    );
  });
});
