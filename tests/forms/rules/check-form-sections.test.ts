// checkFormSections: a project form without its 项目名称 value (name-missing), without a 绩效指标
// section, or having one without its 总分 row (section-missing) may be cut off; the gap is reported.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { checkFormSections } from "../../../src/forms/rules/check-form-sections.js";

interface Case {
  readonly name: string;
  readonly form: { name: string | null; hasIndicators: boolean; hasTotal: boolean };
  readonly firstRowLine: number | undefined;
  readonly lastLine: number;
  readonly diagnostics: Diagnostic[];
}

const missing = (section: string, line: number): Diagnostic => ({
  code: "section-missing",
  severity: "warning",
  message: `the form has no ${section}: it may be cut off; the record is partial`,
  line,
});

const cases: Case[] = [
  {
    // 004 lines 9–45: 项目名称 on line 9, 绩效指标 from line 18, 总分 on line 45
    name: "accepts a whole form (004 lines 9–45)",
    form: { name: "社保工作专项经费", hasIndicators: true, hasTotal: true },
    firstRowLine: 9,
    lastLine: 45,
    diagnostics: [],
  },
  {
    // 004 cut off after line 44: no 总分 row
    name: "reports a 总分 row missing from a form cut off after its indicators (004 lines 9–44)",
    form: { name: "社保工作专项经费", hasIndicators: true, hasTotal: false },
    firstRowLine: 9,
    lastLine: 44,
    diagnostics: [missing("总分 row", 44)],
  },
  {
    // 004 cut off after line 17: the goals, and no 绩效指标
    name: "reports the 绩效指标 section missing from a form cut off after its goals (004 lines 9–17)",
    form: { name: "社保工作专项经费", hasIndicators: false, hasTotal: false },
    firstRowLine: 9,
    lastLine: 17,
    diagnostics: [missing("绩效指标 section", 17)],
  },
  {
    // 004 from line 10: the 项目名称 row lost
    name: "reports a form without its 项目名称 value on its first row (004 lines 10–45)",
    form: { name: null, hasIndicators: true, hasTotal: true },
    firstRowLine: 10,
    lastLine: 45,
    diagnostics: [{ code: "name-missing", severity: "warning", message: "the form has no 项目名称 value", line: 10 }],
  },
  {
    name: "reports both a missing name and a missing 绩效指标 section (004 lines 11–15 alone)",
    form: { name: null, hasIndicators: false, hasTotal: false },
    firstRowLine: 11,
    lastLine: 15,
    diagnostics: [
      { code: "name-missing", severity: "warning", message: "the form has no 项目名称 value", line: 11 },
      missing("绩效指标 section", 15),
    ],
  },
];

describe("checkFormSections", () => {
  it.each(cases)("$name", ({ form, firstRowLine, lastLine, diagnostics }) => {
    const ledger = new CellLedger();
    checkFormSections(form, firstRowLine, lastLine, ledger);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
