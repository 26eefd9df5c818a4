// Two equal amounts for three amount columns, the empty cell that would have placed them dropped:
// the 全年预算数 is kept, the other amount goes to unmapped with `funds-amounts-ambiguous`. Where
// the cells stand under their columns, or the header has two amount columns, nothing is held.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds } from "../../../src/forms/project/funds.js";
import { blockOf } from "../../helpers/blocks.js";

type Values = Array<number | null>;
interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  /** The funds line as [initial, annual, executed, weight, rate, score]. */
  readonly values: Values;
  readonly codes: string[];
  readonly unmapped: string[];
}

const NAME: readonly [number, string] = [1, "项目名称\t示例项目"];
const HEADER: readonly [number, string] = [3, "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"];

const cases: Case[] = [
  {
    name: "holds the second of two equal amounts after a label at the row's end (real 02 line 8)",
    excerpt: [
      NAME,
      [3, "项目资金 (元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t年度资金总额\t"],
      [4, "\t387664.62\t387664.62\t10\t100%\t10\t"],
    ],
    values: [null, 387664.62, null, 10, 100, 10],
    codes: ["values-joined", "row-realigned", "funds-amounts-ambiguous"],
    unmapped: ["387664.62"],
  },
  {
    name: "holds it under a 调整后预算数 / 预算执行数 / 权重 header (Sichuan wording)",
    excerpt: [NAME, [3, "项目资金（元）\t年初预算数\t调整后预算数\t预算执行数\t权重\t执行率\t得分"], [4, "总额\t5000\t5000\t10\t100%\t10"]],
    values: [null, 5000, null, 10, 100, 10],
    codes: ["row-realigned", "funds-amounts-ambiguous"],
    unmapped: ["5000"],
  },
  {
    name: "places equal amounts that stand under their columns (the empty cell kept)",
    excerpt: [NAME, HEADER, [4, "年度资金总额\t100.00\t100.00\t\t10\t—\t10"]],
    values: [100, 100, null, 10, null, 10],
    codes: [],
    unmapped: [],
  },
  {
    name: "places equal amounts under a header with two amount columns",
    excerpt: [NAME, [3, "项目资金（万元）\t全年预算数\t全年执行数\t分值\t执行率\t得分"], [4, "年度资金总额\t60\t60\t10\t100%\t10"]],
    values: [null, 60, 60, 10, 100, 10],
    codes: [],
    unmapped: [],
  },
  {
    name: "places unequal amounts by the execution rate",
    excerpt: [NAME, HEADER, [4, "年度资金总额\t100.00\t90.00\t10\t90%\t9"]],
    values: [null, 100, 90, 10, 90, 9],
    codes: ["row-realigned"],
    unmapped: [],
  },
];

describe("holdAmbiguousAmounts (funds-amounts-ambiguous)", () => {
  it.each(cases)("$name", ({ excerpt, values, codes, unmapped }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const funds = readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger, formContext());
    expect(funds.lines.map((l) => [l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score])).toEqual([values]);
    expect(ledger.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(ledger.unmapped.map((u) => u.text)).toEqual(unmapped);
  });
});
