// checkFundsSum: 年度资金总额 should equal the sum of its parts in each amount column; a mismatch is
// reported (funds-sum-mismatch), never fixed.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { checkFundsSum } from "../../../src/forms/rules/check-funds-sum.js";
import type { FundsLine } from "../../../src/schema/project.js";

const line = (
  item: FundsLine["item"],
  initialBudget: number | null,
  annualBudget: number | null,
  executed: number | null,
): FundsLine => ({ label: item ?? "", item, initialBudget, annualBudget, executed, weight: null, executionRate: null, score: null });

interface Case {
  readonly name: string;
  readonly line: number;
  readonly lines: FundsLine[];
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    // 004 lines 12–15: 8.89/8.89/3.49 = 5.4/5.4/0 + 3.49/3.49/3.49 + (empty 其他资金)
    name: "accepts a 年度资金总额 its parts add up to (004 lines 12–15)",
    line: 12,
    lines: [
      line("total", 8.89, 8.89, 3.49),
      line("appropriation", 5.4, 5.4, 0),
      line("carryover", 3.49, 3.49, 3.49),
      line("other", null, null, null),
    ],
    diagnostics: [],
  },
  {
    // 003 lines 812–815 (unit form): 7/6/6 = 7/6/6 + 0/0/0 + 0/0/0
    name: "accepts the unit form's parts (003 lines 812–815)",
    line: 812,
    lines: [
      line("total", 7, 6, 6),
      line("government", 7, 6, 6),
      line("specialAccount", 0, 0, 0),
      line("unitFunds", 0, 0, 0),
    ],
    diagnostics: [],
  },
  {
    // 003 lines 1218–1221: 年度资金总额 has no 年初预算数, so that column is not checked against the 60
    // of 政府性预算资金
    name: "skips a column the total leaves empty (003 lines 1218–1221)",
    line: 1218,
    lines: [
      line("total", null, 3.84, 3.84),
      line("government", 60, 3.84, 3.84),
      line("specialAccount", 0, 0, 0),
      line("unitFunds", 0, 0, 0),
    ],
    diagnostics: [],
  },
  {
    // 003 lines 1218–1219 if 年初预算数 3.84 (written next to the label on line 1218) had been read:
    // 政府性预算资金 states 60
    name: "reports a 年初预算数 its parts do not add up to (003 lines 1218–1221, 3.84 against 60)",
    line: 1218,
    lines: [
      line("total", 3.84, 3.84, 3.84),
      line("government", 60, 3.84, 3.84),
      line("specialAccount", 0, 0, 0),
      line("unitFunds", 0, 0, 0),
    ],
    diagnostics: [
      {
        code: "funds-sum-mismatch",
        severity: "warning",
        message: "initialBudget of 年度资金总额 is 3.84 but its parts add up to 60; kept as stated",
        line: 1218,
      },
    ],
  },
  {
    // 001 lines 10–13 with 全年执行数 of 当年财政拨款 misread as 13.04: both other columns still agree
    name: "reports only the column that disagrees (001 lines 10–13, 全年执行数 139.04 against 13.04)",
    line: 10,
    lines: [
      line("total", 139.04, 139.04, 139.04),
      line("appropriation", 139.04, 139.04, 13.04),
      line("carryover", null, null, null),
      line("other", null, null, null),
    ],
    diagnostics: [
      {
        code: "funds-sum-mismatch",
        severity: "warning",
        message: "executed of 年度资金总额 is 139.04 but its parts add up to 13.04; kept as stated",
        line: 10,
      },
    ],
  },
  {
    // 001 lines 12–13: 上年结转资金 and 其他资金 empty, nothing to add up
    name: "checks nothing when every part of a column is empty (001 lines 10, 12–13)",
    line: 10,
    lines: [line("total", 139.04, 139.04, 139.04), line("carryover", null, null, null), line("other", null, null, null)],
    diagnostics: [],
  },
  {
    name: "checks nothing without parts (001 line 10 alone)",
    line: 10,
    lines: [line("total", 139.04, 139.04, 139.04)],
    diagnostics: [],
  },
  {
    name: "checks nothing without a 年度资金总额 (001 line 11 alone)",
    line: 11,
    lines: [line("appropriation", 139.04, 139.04, 139.04)],
    diagnostics: [],
  },
];

describe("checkFundsSum", () => {
  it.each(cases)("$name", ({ lines, line: sourceLine, diagnostics }) => {
    const ledger = new CellLedger();
    checkFundsSum(lines, sourceLine, ledger);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
