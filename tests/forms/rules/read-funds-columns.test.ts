// Funds items written as the columns of a header, their amounts on the row below: one funds line
// per item, each amount its 全年预算数, reported as `funds-columns`; a row with one item is not.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds } from "../../../src/forms/project/funds.js";
import { blockOf } from "../../helpers/blocks.js";

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  /** Each funds line as its label and its 全年预算数. */
  readonly lines: Array<[string, number | null]>;
  readonly codes: string[];
}

const NAME: readonly [number, string] = [1, "项目名称\t示例项目"];

const cases: Case[] = [
  {
    name: "reads the amounts under their item columns (synthetic 05a lines 4–5)",
    excerpt: [NAME, [3, "项目资金（万元）\t年度资金总额\t其中：财政拨款\t其他资金\t"], [4, "\t420.00\t420.00\t0.00\t"]],
    lines: [["年度资金总额", 420], ["其中：财政拨款", 420], ["其他资金", 0]],
    codes: ["funds-columns"],
  },
  {
    name: "reads the amounts in the items' order where they do not stand under them (another wording)",
    excerpt: [NAME, [3, "资金情况（元）\t资金总额\t财政资金\t其他资金"], [4, "420.00\t400.00\t20.00"]],
    lines: [["资金总额", 420], ["财政资金", 400], ["其他资金", 20]],
    codes: ["funds-columns"],
  },
  {
    name: "reads 总额 / 其中:财政拨款 / 单位资金 columns (a third wording)",
    excerpt: [NAME, [3, "项目资金\t总额\t其中:财政拨款\t单位资金"], [4, "\t88.5\t80\t8.5"]],
    lines: [["总额", 88.5], ["其中:财政拨款", 80], ["单位资金", 8.5]],
    codes: ["funds-columns"],
  },
  {
    name: "leaves a header with one item to the label-and-values rule",
    excerpt: [NAME, [3, "项目资金（万元）\t年度资金总额"], [4, "\t100.00"]],
    lines: [["年度资金总额", 100]],
    codes: ["values-joined"],
  },
];

describe("readFundsColumns (funds-columns)", () => {
  it.each(cases)("$name", ({ excerpt, lines, codes }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const funds = readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger, formContext());
    expect(funds.lines.map((l) => [l.label, l.annualBudget])).toEqual(lines);
    expect(funds.lines.every((l) => l.initialBudget === null && l.executed === null && l.score === null)).toBe(true);
    expect(ledger.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(ledger.unmapped).toEqual([]);
  });
});
