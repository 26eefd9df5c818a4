// headerColumns / valueCells: a header row read into the columns its labels stand in, and a data
// row's filled cells less the section's own label.
import { describe, expect, it } from "vitest";
import type { GoalsField, RowLabel } from "../../../grammars/vocabulary/index.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { headerColumns, valueCells } from "../../../src/forms/placement/header-columns.js";
import type { Cell } from "../../../src/lines/model.js";
import { rowOf } from "../../helpers/cells.js";

describe("headerColumns", () => {
  it.each([
    {
      // 004 line 16 `年度 总体 目标¦预期目标¦¦¦¦实际完成情况¦¦¦¦`
      name: "reads the goals header's columns, the section label as a label (004 line 16)",
      row: "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t",
      line: 16,
      columns: [
        { field: null, col: 0 },
        { field: "expected", col: 1 },
        { field: "actual", col: 5 },
      ],
      unmapped: [] as string[],
    },
    {
      // 004 line 16 with a word no goals header knows: listed unmapped, not a column
      name: "lists a header cell that names no field unmapped (004 line 16, 备注 added)",
      row: "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t备注\t\t\t",
      line: 16,
      columns: [
        { field: null, col: 0 },
        { field: "expected", col: 1 },
        { field: "actual", col: 5 },
      ],
      unmapped: ["备注"],
    },
    {
      name: "gives no columns for a row of labels only (004 line 16, its label alone)",
      row: "年度 总体 目标\t\t\t",
      line: 16,
      columns: undefined,
      unmapped: [],
    },
  ])("$name", ({ row, line, columns, unmapped }) => {
    const ledger = new CellLedger();
    const r = rowOf(row, line);
    const fieldOf = (c: Cell): GoalsField | null | undefined => (c.text === "备注" ? undefined : c.facts.goalsHeader);
    expect(headerColumns(r, fieldOf, ledger)).toEqual(columns);
    expect(ledger.unmapped.map((u) => u.text)).toEqual(unmapped);
    const labelled = r.cells.filter((c) => c.text !== "" && c.text !== "备注");
    for (const c of labelled) expect(ledger.isUsed(c)).toBe(true);
  });

  it("gives nothing for no row", () => {
    expect(headerColumns(undefined, () => null, new CellLedger())).toBeUndefined();
  });
});

describe("valueCells", () => {
  it.each([
    {
      // 004 line 45 `总分¦¦¦¦¦100¦93.9¦¦¦`
      name: "takes the 总分 label off the total row (004 line 45)",
      row: "总分\t\t\t\t\t100\t93.9\t\t\t",
      line: 45,
      label: "total" as RowLabel,
      values: ["100", "93.9"],
      used: ["总分"],
    },
    {
      // 004 line 17: no label in the row
      name: "keeps every filled cell of a row without the label (004 line 17, shortened)",
      row: "\t按照上级要求及时发放\t\t\t\t按时完成\t\t\t\t",
      line: 17,
      label: "goals" as RowLabel,
      values: ["按照上级要求及时发放", "按时完成"],
      used: [],
    },
  ])("$name", ({ row, line, label, values, used }) => {
    const ledger = new CellLedger();
    const r = rowOf(row, line);
    expect(valueCells(r, label, ledger).map((c) => c.text)).toEqual(values);
    expect(r.cells.filter((c) => ledger.isUsed(c)).map((c) => c.text)).toEqual(used);
  });
});
