// readNumber: a cell placed in a numeric field → the field's value, reporting each repair
// (unit-removed, unit-converted) and sending a non-number to unmapped (value-not-number).
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import type { Cell } from "../../../src/lines/model.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { roundConverted } from "../../../src/forms/arithmetic.js";
import { readNumber, type NumericField } from "../../../src/forms/rules/read-number.js";
import { cellsOf } from "../../helpers/cells.js";

function cellAt(row: string, line: number, col: number): Cell {
  const cell = cellsOf(row, line)[col];
  if (!cell) throw new Error(`no column ${col} in line ${line}`);
  return cell;
}

// 001 line 457
const ROW_457 = "\t年度资金总额\t100.57万元\t100.57万元\t100.57万元\t10分\t100%\t10\t";
// 004 line 12
const ROW_12 = "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t";
// 001 line 11
const ROW_11 = "\t其中：当年财政拨款\t139.04\t139.04\t139.04\t—\t\t—\t";
// 003 line 142
const ROW_142 = "一、一般公共预算财政拨款收入\t1\t12,705.06\t一、一般公共服务支出\t32\t4.17";
// 001 line 545
const ROW_545 = "\t产出指标 50分\t数量指标\t退休人员\t5121\t完成\t15\t15\t";

interface Case {
  readonly name: string;
  readonly cell: Cell;
  readonly kind: NumericField;
  readonly field: string;
  readonly tableUnit?: string;
  readonly value: number | null;
  readonly diagnostics: Diagnostic[];
  readonly unmapped: Array<{ line: number; text: string }>;
}

const cases: Case[] = [
  {
    name: "reads a plain amount (004 line 12)",
    cell: cellAt(ROW_12, 12, 3),
    kind: "amount",
    field: "initialBudget",
    value: 8.89,
    diagnostics: [],
    unmapped: [],
  },
  {
    name: "reads an amount with thousands separators (003 line 142)",
    cell: cellAt(ROW_142, 142, 2),
    kind: "amount",
    field: "决算数",
    value: 12705.06,
    diagnostics: [],
    unmapped: [],
  },
  {
    name: "removes the table's own unit from an amount and reports unit-removed (001 line 457)",
    cell: cellAt(ROW_457, 457, 2),
    kind: "amount",
    field: "initialBudget",
    value: 100.57,
    diagnostics: [{ code: "unit-removed", severity: "info", message: "removed the unit from 「100.57万元」: 100.57", line: 457 }],
    unmapped: [],
  },
  {
    // the rule's header example: `8,500元` in a 万元 field
    name: "converts an amount in 元 to the table's 万元 and reports unit-converted (read-number.ts header)",
    cell: cellAt("\t年度资金总额\t8,500元\t\t", 1, 2),
    kind: "amount",
    field: "initialBudget",
    value: 0.85,
    diagnostics: [
      { code: "unit-converted", severity: "warning", message: "「8,500元」 is in 元 in a 万元 field; converted to 0.85 万元", line: 1 },
    ],
    unmapped: [],
  },
  {
    name: "reads a weight written with 分 without reporting it (004 line 12)",
    cell: cellAt(ROW_12, 12, 6),
    kind: "weight",
    field: "weight",
    value: 10,
    diagnostics: [],
    unmapped: [],
  },
  {
    name: "reads a percentage as its number (004 line 12)",
    cell: cellAt(ROW_12, 12, 7),
    kind: "percent",
    field: "executionRate",
    value: 39.25,
    diagnostics: [],
    unmapped: [],
  },
  {
    name: "reads a dash as null, not applicable (001 line 11)",
    cell: cellAt(ROW_11, 11, 5),
    kind: "weight",
    field: "weight",
    value: null,
    diagnostics: [],
    unmapped: [],
  },
  {
    // 完成 is 001 line 545's 实际完成值; were it placed in 分值, it would be kept, not lost
    name: "reads a text in a numeric field as null, lists it in unmapped and reports value-not-number (001 line 545)",
    cell: cellAt(ROW_545, 545, 5),
    kind: "weight",
    field: "weight",
    value: null,
    diagnostics: [
      { code: "cell-unplaced", severity: "warning", message: "the cell 「完成」 fits no field of this weight row; kept in unmapped", line: 545 },
      { code: "value-not-number", severity: "warning", message: "weight should be a number but reads 「完成」; kept in unmapped", line: 545 },
    ],
    unmapped: [{ line: 545, text: "完成" }],
  },
];

describe("readNumber", () => {
  it.each(cases)("$name", ({ cell, kind, field, tableUnit, value, diagnostics, unmapped }) => {
    const ledger = new CellLedger();
    expect(readNumber(cell, kind, ledger, field, tableUnit)).toBe(value);
    expect(ledger.diagnostics).toEqual(diagnostics);
    expect(ledger.unmapped).toEqual(unmapped);
    // whatever it read, the cell is accounted for: used, or listed in unmapped
    expect(ledger.isUsed(cell)).toBe(true);
  });

  it("reads no cell as null and touches nothing", () => {
    const ledger = new CellLedger();
    expect(readNumber(undefined, "amount", ledger, "initialBudget")).toBeNull();
    expect(ledger.diagnostics).toEqual([]);
    expect(ledger.unmapped).toEqual([]);
  });

  it("reports unit-converted for 万元 in a 元 table (001 line 457's amount, 元 table)", () => {
    const ledger = new CellLedger();
    readNumber(cellAt(ROW_457, 457, 2), "amount", ledger, "initialBudget", "元");
    expect(ledger.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["unit-converted", "warning", 457]]);
  });
  it("converts 万元 in a 元 table to a clean amount (001 line 457's 100.57万元 → 1005700)", () => {
    const ledger = new CellLedger();
    expect(readNumber(cellAt(ROW_457, 457, 2), "amount", ledger, "initialBudget", "元")).toBe(1005700);
  });
  it("names the unit a converted amount was written in (亿元 in a 万元 field)", () => {
    const ledger = new CellLedger();
    expect(readNumber(cellAt("\t年度资金总额\t1.5亿元\t\t", 1, 2), "amount", ledger, "initialBudget")).toBe(15000);
    expect(ledger.diagnostics[0]?.message).not.toContain("is in 元 in a 万元 field");
    expect(ledger.diagnostics[0]?.message).toContain("亿元");
  });
});

describe("roundConverted", () => {
  it.each([
    [0.1 * 3, 0.3],
    [8500 / 10000, 0.85],
    [1.5 * 10000, 15000],
  ])("rounds away the binary noise of %d to %d", (value, rounded) => {
    expect(roundConverted(value)).toBe(rounded);
  });
  it("rounds away the binary noise of a large conversion (100.57 × 10000)", () => {
    expect(roundConverted(100.57 * 10000)).toBe(1005700);
  });
});

describe("readNumber on numbers that are not exactly what is written", () => {
  it("leaves a 19-digit amount empty, keeps its text in unmapped and reports number-imprecise", () => {
    const ledger = new CellLedger();
    const cell = cellAt("\t年度资金总额\t1234567890123456789\t\t", 7, 2);
    expect(readNumber(cell, "amount", ledger, "initialBudget")).toBeNull();
    expect(ledger.unmapped).toEqual([{ line: 7, text: "1234567890123456789" }]);
    expect(ledger.diagnostics.map((d) => [d.code, d.severity, d.line])).toContainEqual(["number-imprecise", "warning", 7]);
    expect(ledger.diagnostics.find((d) => d.code === "number-imprecise")?.message).toBe(
      "initialBudget reads 「1234567890123456789」, more digits than a number can hold (it would become 1234567890123456800); the field is left empty and the text kept in unmapped",
    );
  });

  it("reads `8 889` as 8889 and reports number-space-joined naming the text", () => {
    const ledger = new CellLedger();
    const cell = cellAt("\t年度资金总额\t8 889\t\t", 3, 2);
    expect(readNumber(cell, "amount", ledger, "annualBudget")).toBe(8889);
    expect(ledger.unmapped).toEqual([]);
    expect(ledger.diagnostics).toEqual([
      {
        code: "number-space-joined",
        severity: "warning",
        message: "annualBudget reads 「8 889」 as 8889, joining its digits across a space; check it is one number",
        line: 3,
      },
    ]);
  });
});
