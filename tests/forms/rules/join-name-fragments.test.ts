// joinNameFragments (repair `cell-joined` on indicators): a 三级指标 name wrapped over rows whose
// merged cells the scrape lost joins into one indicator; the fragments are no indicators of their own.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { joinNameFragments, type Named as Indicator } from "../../../src/forms/rules/join-name-fragments.js";

const fragment = (name: string, level2: string | null = null): Indicator => ({ name, level2, target: null, actual: null, weight: null, score: null });
const valued = (name: string): Indicator => ({ name, level2: null, target: "100%", actual: "100%", weight: 20, score: 20 });
const none = { level1: false, level2: false };
const level2 = { level1: false, level2: true };

interface Case {
  readonly name: string;
  readonly indicators: Indicator[];
  readonly lines: number[];
  readonly wroteLevel: Array<{ level1: boolean; level2: boolean }>;
  readonly names: string[];
  readonly level2s: Array<string | null>;
  readonly joins: number;
}

const cases: Case[] = [
  {
    // `¦质量指标¦营养餐食品安全` + `¦¦抽检¦100%¦100%¦20¦20¦` + `¦¦合格率`
    name: "joins a name wrapped over three rows, the values on the middle one, keeping the first row's 二级指标",
    indicators: [fragment("营养餐食品安全", "质量指标"), valued("抽检"), fragment("合格率")],
    lines: [30, 31, 32],
    wroteLevel: [level2, none, none],
    names: ["营养餐食品安全抽检合格率"],
    level2s: ["质量指标"],
    joins: 2,
  },
  {
    name: "joins the rest of a name on the rows below its values",
    indicators: [valued("资金到位"), fragment("及时率")],
    lines: [40, 41],
    wroteLevel: [level2, none],
    names: ["资金到位及时率"],
    level2s: [null],
    joins: 1,
  },
  {
    name: "keeps apart a row below that writes a level of its own (the next indicator, not a fragment)",
    indicators: [valued("学生受资助人数"), fragment("政策知晓率", "满意度指标")],
    lines: [50, 51],
    wroteLevel: [level2, level2],
    names: ["学生受资助人数", "政策知晓率"],
    level2s: [null, "满意度指标"],
    joins: 0,
  },
  {
    name: "keeps apart rows that are not adjacent (a page between them)",
    indicators: [fragment("营养餐食品安全"), valued("抽检合格率")],
    lines: [30, 34],
    wroteLevel: [none, none],
    names: ["营养餐食品安全", "抽检合格率"],
    level2s: [null, null],
    joins: 0,
  },
];

describe("joinNameFragments", () => {
  it.each(cases)("$name", ({ indicators, lines, wroteLevel, names, level2s, joins }) => {
    const ledger = new CellLedger();
    const list = indicators.map((i) => ({ ...i }));
    joinNameFragments(list, [...lines], [...wroteLevel], ledger);
    expect(list.map((i) => i.name)).toEqual(names);
    expect(list.map((i) => i.level2)).toEqual(level2s);
    expect(ledger.diagnostics.filter((d) => d.code === "cell-joined")).toHaveLength(joins);
  });
});
