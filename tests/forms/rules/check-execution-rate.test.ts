// checkExecutionRate: 执行率 should be 全年执行数 ÷ 全年预算数 × 100; where it is not, the stated rate
// is kept and a rate-mismatch warning carries both figures.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { checkExecutionRate } from "../../../src/forms/rules/check-execution-rate.js";

/** What the check reports into a fresh ledger. */
function reported(funds: Case["funds"], line?: number): Diagnostic[] {
  const ledger = new CellLedger();
  checkExecutionRate(funds, line, ledger);
  return ledger.diagnostics;
}

interface Case {
  readonly name: string;
  readonly line: number;
  readonly funds: { annualBudget: number | null; executed: number | null; executionRate: number | null };
  readonly diagnostic: Diagnostic | undefined;
}

const cases: Case[] = [
  {
    // 001 line 538: `¦预算数¦2993¦2993¦2644¦10分¦93.90%¦¦`: 2644 ÷ 2993 = 88.34%
    name: "reports a stated rate the amounts do not give (001 line 538)",
    line: 538,
    funds: { annualBudget: 2993, executed: 2644, executionRate: 93.9 },
    diagnostic: {
      code: "rate-mismatch",
      severity: "warning",
      message: "执行率 stated 93.9% but 全年执行数 ÷ 全年预算数 = 2644 ÷ 2993 = 88.34%; kept as stated",
      line: 538,
    },
  },
  {
    // 004 line 12: `¦年度资金总额¦¦8.89¦8.89¦3.49¦10 分¦39.25%¦3.9¦`: 3.49 ÷ 8.89 = 39.257%
    name: "accepts a rate rounded from the amounts (004 line 12)",
    line: 12,
    funds: { annualBudget: 8.89, executed: 3.49, executionRate: 39.25 },
    diagnostic: undefined,
  },
  {
    // 001 line 295: `(万元)¦年度资金总额¦500¦500¦439.67¦10分¦88%¦8.8¦`: 87.93% written as 88%
    name: "accepts a rate rounded to a whole percent (001 line 295)",
    line: 295,
    funds: { annualBudget: 500, executed: 439.67, executionRate: 88 },
    diagnostic: undefined,
  },
  {
    // 003 line 962: `…年度资金总额（万元）：¦…¦473¦…¦473¦…¦191.01¦…¦10¦…¦40.38¦…`
    name: "accepts an exact rate (003 line 962)",
    line: 962,
    funds: { annualBudget: 473, executed: 191.01, executionRate: 40.38 },
    diagnostic: undefined,
  },
  {
    // 001 line 430: `¦年度资金总额¦1780.68¦1780.68¦1780.68¦10分¦100%¦10¦`
    name: "accepts 100% for a budget spent in full (001 line 430)",
    line: 430,
    funds: { annualBudget: 1780.68, executed: 1780.68, executionRate: 100 },
    diagnostic: undefined,
  },
  {
    // 001 line 11: `¦其中：当年财政拨款¦139.04¦139.04¦139.04¦—¦¦—¦`: no rate written
    name: "checks nothing where no rate is written (001 line 11)",
    line: 11,
    funds: { annualBudget: 139.04, executed: 139.04, executionRate: null },
    diagnostic: undefined,
  },
  {
    // 001 line 12: `¦上年结转资金¦¦¦¦—¦¦—¦`: no amounts
    name: "checks nothing where the amounts are missing (001 line 12)",
    line: 12,
    funds: { annualBudget: null, executed: null, executionRate: null },
    diagnostic: undefined,
  },
  {
    // 003 line 814: `财政专户管理资金¦¦0¦0¦0¦0¦-¦0¦-¦¦¦`: a zero budget gives no rate to compare
    name: "checks nothing against a zero budget (003 line 814)",
    line: 814,
    funds: { annualBudget: 0, executed: 0, executionRate: 0 },
    diagnostic: undefined,
  },
];

describe("checkExecutionRate", () => {
  it.each(cases)("$name", ({ funds, line, diagnostic }) => {
    expect(reported(funds, line)).toEqual(diagnostic === undefined ? [] : [diagnostic]);
  });

  it("leaves the diagnostic without a line when none is given (001 line 538)", () => {
    const diagnostics = reported({ annualBudget: 2993, executed: 2644, executionRate: 93.9 });
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0];
    expect(d?.code).toBe("rate-mismatch");
    expect(d && "line" in d).toBe(false);
  });

  it("reports a rate just beyond the rounding allowance", () => {
    // 004 line 12's amounts with 38.5% instead of 39.25%: 0.76 points off, more than max(0.6, 1%)
    expect(reported({ annualBudget: 8.89, executed: 3.49, executionRate: 38.5 }, 12).map((d) => d.message)).toEqual([
      "执行率 stated 38.5% but 全年执行数 ÷ 全年预算数 = 3.49 ÷ 8.89 = 39.26%; kept as stated",
    ]);
  });
});
