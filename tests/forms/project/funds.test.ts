// readFunds: the funds section's header (its unit and columns) and one line per funds row, its
// values placed by what they say; realigned rows and dropped cells are reported.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds, type FundsResult } from "../../../src/forms/project/funds.js";
import type { FundsLine } from "../../../src/schema/project.js";
import { blockOf } from "../../helpers/blocks.js";

const line = (label: string, item: FundsLine["item"], ...v: Array<number | null>): FundsLine => ({
  label,
  item,
  initialBudget: v[0] ?? null,
  annualBudget: v[1] ?? null,
  executed: v[2] ?? null,
  weight: v[3] ?? null,
  executionRate: v[4] ?? null,
  score: v[5] ?? null,
});
const unplaced = (text: string, at: number): Diagnostic => ({
  code: "cell-unplaced",
  severity: "warning",
  message: `the cell 「${text}」 fits no field of this funds row; kept in unmapped`,
  line: at,
});
const realigned = (detail: string, at: number): Diagnostic => ({
  code: "row-realigned",
  severity: "info",
  message: `placed the cells of this funds row by what they say, not by column: ${detail}`,
  line: at,
});

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  readonly funds: FundsResult;
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    name: "reads the expenditure form's four funds rows under its header (004 lines 11–15)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [11, "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t"],
      [12, "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t"],
      [13, "\t其中：当年财政拨款\t\t5.4\t5.4\t0\t—\t\t—\t"],
      [14, "\t上年结转资金\t\t3.49\t3.49\t3.49\t—\t\t—\t"],
      [15, "\t其他资金\t\t\t\t\t—\t\t—\t"],
    ],
    funds: {
      unit: "万元",
      lines: [
        line("年度资金总额", "total", 8.89, 8.89, 3.49, 10, 39.25, 3.9),
        line("其中：当年财政拨款", "appropriation", 5.4, 5.4, 0),
        line("上年结转资金", "carryover", 3.49, 3.49, 3.49),
        line("其他资金", "other"),
      ],
      rowLines: [12, 13, 14, 15],
    },
    unmapped: [],
    diagnostics: [],
  },
  {
    // The 年初预算数 and 全年预算数 headers span two columns each; every row repeats a value in the
    // second, which fits no field
    name: "reads the unit form's rows and lists the repeated value of each unmapped (003 lines 811–815)",
    excerpt: [
      [809, "项目名称\t\t病退、工伤鉴定及勘验费\t\t\t\t\t\t\t\t\t"],
      [811, "项目资金(万元)\t\t年初预算数\t\t全年预算数\t\t全年执行数\t\t分值\t执行率 %\t得分\t"],
      [812, "年度资金总额(万元):\t\t7\t6\t6\t6\t10\t100\t10\t\t\t"],
      [813, "政府性预算资金\t\t7\t6\t6\t6\t-\t100\t-\t\t\t"],
      [814, "财政专户管理资金\t\t0\t0\t0\t0\t-\t0\t-\t\t\t"],
      [815, "单位资金\t\t0\t0\t0\t0\t-\t0\t-\t\t\t"],
    ],
    funds: {
      unit: "万元",
      lines: [
        line("年度资金总额(万元):", "total", 7, 6, 6, 10, 100, 10),
        line("政府性预算资金", "government", 7, 6, 6, null, 100),
        line("财政专户管理资金", "specialAccount", 0, 0, 0, null, 0),
        line("单位资金", "unitFunds", 0, 0, 0, null, 0),
      ],
      rowLines: [812, 813, 814, 815],
    },
    unmapped: [
      { line: 813, text: "6" },
      { line: 814, text: "0" },
      { line: 815, text: "0" },
      { line: 812, text: "6" },
    ],
    diagnostics: [
      unplaced("6", 813),
      realigned("initialBudget 7, annualBudget 6, executed 6, weight -, executionRate 100, score -", 813),
      unplaced("0", 814),
      realigned("initialBudget 0, annualBudget 0, executed 0, weight -, executionRate 0, score -", 814),
      unplaced("0", 815),
      realigned("initialBudget 0, annualBudget 0, executed 0, weight -, executionRate 0, score -", 815),
      unplaced("6", 812),
      realigned("initialBudget 7, annualBudget 6, executed 6, weight 10, executionRate 100, score 10", 812),
    ],
  },
  {
    name: "takes the unit from the header's brackets (004 lines 11–12 in 元)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [11, "项目资金 (元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t"],
      [12, "\t年度资金总额\t\t88900\t88900\t34900\t10 分\t39.25%\t3.9\t"],
    ],
    funds: { unit: "元", lines: [line("年度资金总额", "total", 88900, 88900, 34900, 10, 39.25, 3.9)], rowLines: [12] },
    unmapped: [],
    diagnostics: [],
  },
];

describe("readFunds", () => {
  it.each(cases)("$name", ({ excerpt, funds, unmapped, diagnostics }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    expect(readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger, formContext())).toEqual(funds);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
