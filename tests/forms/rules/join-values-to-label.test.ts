// Funds labels and their values on different rows (merged cells lost in the scrape): each run of
// value rows is paired with the label before it or after it, whichever leaves fewest over; a tie is
// left unplaced and reported. (Items written as columns: read-funds-columns.test.ts; two equal
// amounts no column settles: hold-ambiguous-amounts.test.ts.)
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds } from "../../../src/forms/project/funds.js";
import { blockOf } from "../../helpers/blocks.js";

type Values = Array<number | null>;
interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  /** Each funds line as its label and [initial, annual, executed, weight, rate, score]. */
  readonly lines: Array<[string, Values]>;
  readonly codes: string[];
  readonly unmapped: string[];
}

const NAME: readonly [number, string] = [1, "项目名称\t示例项目"];
const HEADER: readonly [number, string] = [3, "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"];

const cases: Case[] = [
  {
    name: "pairs each label alone on its row with the values on the row above it (synthetic 08a lines 4–12)",
    excerpt: [
      NAME,
      HEADER,
      [4, "\t86.40\t86.40\t82.08\t10\t95.00%\t9.50"],
      [5, "年度资金总额"],
      [6, "\t86.40\t86.40\t82.08\t—\t95.00%\t—"],
      [7, "其中：当年财政拨款"],
    ],
    lines: [
      ["年度资金总额", [86.4, 86.4, 82.08, 10, 95, 9.5]],
      ["其中：当年财政拨款", [86.4, 86.4, 82.08, null, 95, null]],
    ],
    codes: ["values-joined", "values-joined"],
    unmapped: [],
  },
  {
    name: "pairs each label with the values after it where the labels end the lines (real 02 lines 7–10)",
    excerpt: [
      NAME,
      [3, "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t年度资金总额\t"],
      [4, "\t80.00\t80.00\t76.00\t10\t95.00%\t9.50\t其中:当年财政拨款\t"],
      [5, "\t50.00\t50.00\t46.00\t—\t92.00%\t—\t上年结转资金\t"],
      [6, "\t30.00\t30.00\t30.00\t—\t100.00%\t—\t"],
    ],
    lines: [
      ["年度资金总额", [80, 80, 76, 10, 95, 9.5]],
      ["其中:当年财政拨款", [50, 50, 46, null, 92, null]],
      ["上年结转资金", [30, 30, 30, null, 100, null]],
    ],
    codes: ["rows-split", "rows-split", "rows-split", "values-joined", "values-joined", "values-joined"],
    unmapped: [],
  },
  {
    name: "leaves the values unplaced where pairing them before or after their labels fits as well",
    excerpt: [
      NAME,
      HEADER,
      [4, "\t80.00\t80.00\t76.00\t10\t95.00%\t9.50"],
      [5, "年度资金总额"],
      [6, "\t50.00\t50.00\t46.00\t—\t92.00%\t—"],
      [7, "其中：当年财政拨款"],
      [8, "\t30.00\t30.00\t30.00\t—\t100.00%\t—"],
    ],
    lines: [
      ["年度资金总额", [null, null, null, null, null, null]],
      ["其中：当年财政拨款", [null, null, null, null, null, null]],
    ],
    codes: ["funds-values-ambiguous"],
    unmapped: ["80.00", "80.00", "76.00", "10", "95.00%", "9.50", "50.00", "50.00", "46.00", "—", "92.00%", "—", "30.00", "30.00", "30.00", "—", "100.00%", "—"],
  },
];

describe("readFunds with labels and values on different rows", () => {
  it.each(cases)("$name", ({ excerpt, lines, codes, unmapped }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const funds = readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger, formContext());
    expect(funds.lines.map((l) => [l.label, [l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score]])).toEqual(lines);
    expect(ledger.diagnostics.map((d) => d.code)).toEqual(codes.filter((c) => c !== "rows-split"));
    expect(ledger.unmapped.map((u) => u.text)).toEqual(unmapped);
  });
});
