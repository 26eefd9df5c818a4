// checkBalance: a summary row's 结余结转数 should be 预算数 − 执行数 (each its 小计 where it states one,
// else summed over its levels), or with 结余交回财政数 the two together; a row where it is not is kept
// as stated and reported balance-mismatch.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { checkBalance } from "../../../src/forms/rules/check-balance.js";

interface Case {
  readonly name: string;
  readonly line: number;
  readonly budget: number | null;
  readonly executed: number | null;
  readonly carryover: number | null;
  readonly returned?: number;
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    // 000 line 24 `12¦业务培训费¦…¦¦¦9¦6.13¦¦2.87¦2.87¦93¦…`
    name: "accepts a 结余 that is 预算 − 执行 (000 line 24, 9 − 6.13 = 2.87)",
    line: 24,
    budget: 9,
    executed: 6.13,
    carryover: 2.87,
    diagnostics: [],
  },
  {
    // 000 line 30: 101 − 97.312128 = 3.687872, which floating point does not give exactly
    name: "accepts a 结余 equal but for the float noise of the subtraction (000 line 30)",
    line: 30,
    budget: 101,
    executed: 97.312128,
    carryover: 3.687872,
    diagnostics: [],
  },
  {
    // 000 line 13: nothing left over
    name: "accepts a 结余 of 0 on a row spent in full (000 line 13, 42.21 − 42.21)",
    line: 13,
    budget: 42.21,
    executed: 42.21,
    carryover: 0,
    diagnostics: [],
  },
  {
    // 000 line 24 with its 结余 misread as the 2.87 of 结余交回财政数 shifted onto 0.287
    name: "reports a 结余 that is not 预算 − 执行 (000 line 24, 0.287 against 2.87)",
    line: 24,
    budget: 9,
    executed: 6.13,
    carryover: 0.287,
    diagnostics: [
      {
        code: "balance-mismatch",
        severity: "warning",
        message: "结余 stated 0.287 but 预算 − 执行 = 9 − 6.13 = 2.87; kept as stated",
        line: 24,
      },
    ],
  },
  {
    // 000 line 26: 5.86 − 5.831 = 0.029; a stated 0.04 is off by more than a cent
    name: "reports a difference just over a cent (000 line 26, 0.04 against 0.029)",
    line: 26,
    budget: 5.86,
    executed: 5.831,
    carryover: 0.04,
    diagnostics: [
      {
        code: "balance-mismatch",
        severity: "warning",
        message: "结余 stated 0.04 but 预算 − 执行 = 5.86 − 5.831 = 0.029; kept as stated",
        line: 26,
      },
    ],
  },
  {
    // `1¦农村公路养护¦市交通局¦300¦280¦15¦5¦90`: 15 carried over and 5 returned make the 20 unspent
    name: "accepts a 结余结转数 that with the 结余交回财政数 is 预算 − 执行 (300 − 280 = 15 + 5)",
    line: 5,
    budget: 300,
    executed: 280,
    carryover: 15,
    returned: 5,
    diagnostics: [],
  },
  {
    name: "reports a 结余 that neither alone nor with the 结余交回 is 预算 − 执行 (300 − 280 ≠ 15, ≠ 15 + 3)",
    line: 5,
    budget: 300,
    executed: 280,
    carryover: 15,
    returned: 3,
    diagnostics: [
      {
        code: "balance-mismatch",
        severity: "warning",
        message: "结余 stated 15 but 预算 − 执行 = 300 − 280 = 20; kept as stated",
        line: 5,
      },
    ],
  },
  { name: "checks nothing without a 结余 (000 line 24, 结余 empty)", line: 24, budget: 9, executed: 6.13, carryover: null, diagnostics: [] },
  { name: "checks nothing without a 执行数 (000 line 24, 执行数 empty)", line: 24, budget: 9, executed: null, carryover: 2.87, diagnostics: [] },
  { name: "checks nothing without a 预算数 (000 line 24, 预算数 empty)", line: 24, budget: null, executed: 6.13, carryover: 2.87, diagnostics: [] },
];

describe("checkBalance", () => {
  it.each(cases)("$name", ({ line, budget, executed, carryover, returned, diagnostics }) => {
    const ledger = new CellLedger();
    checkBalance(budget === null ? {} : { 预算数: budget }, executed === null ? {} : { 执行数: executed }, carryover, returned ?? null, line, ledger);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });

  it.each([
    ["小计", { 小计: 300, 市级: 200, 县级: 100 }, { 小计: 280, 市级: 190, 县级: 90 }],
    ["合计", { 合计: 300, 市级: 200, 县级: 100 }, { 合计: 280, 市级: 190, 县级: 90 }],
  ])("counts a group's own %s column, not the sum of it and its levels", (_word, budget, executed) => {
    const ledger = new CellLedger();
    checkBalance(budget, executed, 20, null, 5, ledger);
    expect(ledger.diagnostics).toEqual([]);
  });

  it("sums the levels of a group without a 小计 column", () => {
    const ledger = new CellLedger();
    checkBalance({ 市级: 200, 县级: 100 }, { 市级: 190, 县级: 90 }, 15, null, 5, ledger);
    expect(ledger.diagnostics.map((d) => d.message)).toEqual(["结余 stated 15 but 预算 − 执行 = 300 − 280 = 20; kept as stated"]);
  });
});
