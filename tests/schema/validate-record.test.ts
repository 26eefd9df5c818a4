// validateRecord: a record that breaks its schema is kept, with one schema-invalid error per issue;
// the label-keyed number maps (summary budget/executed, account row values) take any label and
// only numbers or null.
import { describe, expect, it } from "vitest";
import { numbersByLabel } from "../../src/schema/common.js";
import type { PeRecord } from "../../src/schema/record.js";
import { RECORDS_BEFORE_COMPILING, validateRecord } from "../../src/schema/validate-record.js";

const summaryRow = {
  kind: "summary-row",
  source: { file: "a.txt", startLine: 13, endLine: 13, encoding: "utf-8" },
  diagnostics: [],
  unmapped: [],
  table: "部门绩效自评结果公开汇总表",
  department: null,
  unit: "万元",
  seq: 1,
  name: "社保宣传经费",
  implementer: null,
  budget: { 中央: null, 市级: 6.2 },
  executed: { 市级: 6.2 },
  carryover: 0,
  returned: 0,
  score: 100,
  opinion: null,
} as unknown as PeRecord;

describe("numbersByLabel", () => {
  it("takes any label with a number or null, and nothing else", () => {
    expect(numbersByLabel.safeParse({ 中央: 1.5, "县（市）区级": null, "": 0 }).success).toBe(true);
    expect(numbersByLabel.safeParse({}).success).toBe(true);
    expect(numbersByLabel.safeParse({ 市级: "6.2" }).success).toBe(false);
    expect(numbersByLabel.safeParse({ 市级: Number.NaN }).success).toBe(false);
    expect(numbersByLabel.safeParse({ 市级: Infinity }).success).toBe(false);
    expect(numbersByLabel.safeParse([1, 2]).success).toBe(false);
    expect(numbersByLabel.safeParse(null).success).toBe(false);
  });

  it("gives back the same keys and values", () => {
    const values = { 年初结转和结余: 1, 本年收入: null, 合计: 3.25 };
    expect(numbersByLabel.parse(values)).toEqual(values);
  });
});

describe("validateRecord", () => {
  it("returns a valid record as it is", () => {
    expect(validateRecord(summaryRow)).toBe(summaryRow);
  });

  it("keeps an invalid record and reports each issue with its dotted path", () => {
    const bad = { ...summaryRow, budget: { 市级: "6.2万元" }, seq: 1.5 } as unknown as PeRecord;
    const checked = validateRecord(bad);
    const paths = checked.diagnostics.filter((d) => d.code === "schema-invalid").map((d) => d.message);
    expect(paths).toHaveLength(2);
    expect(paths.some((m) => m.includes("budget.市级"))).toBe(true);
    expect(paths.some((m) => m.includes("seq"))).toBe(true);
    expect(checked.diagnostics.every((d) => d.severity === "error" && d.line === 13)).toBe(true);
    expect((checked as { budget: unknown }).budget).toEqual({ 市级: "6.2万元" });
  });

  it("gives the same verdicts before and after the thread starts compiling the schemas", () => {
    // Each case's diagnostics, validated once among the first records and once past the switch.
    const cases = [
      summaryRow,
      { ...summaryRow, budget: { 市级: "6.2万元" }, seq: 1.5 },
      { ...summaryRow, kind: "nothing" },
      { ...summaryRow, source: { file: 3 } },
      { ...summaryRow, score: Number.NaN, name: null },
    ] as unknown as PeRecord[];
    const codes = (r: PeRecord): string[] => validateRecord(r).diagnostics.map((d) => `${d.code} ${d.message}`);
    const before = cases.map(codes);
    for (let i = 0; i < RECORDS_BEFORE_COMPILING; i++) validateRecord(summaryRow);
    const after = cases.map(codes);
    expect(after).toEqual(before);
    expect(before.slice(1).every((c) => c.length > 0)).toBe(true);
  });
});
