// dropRemarkCopy: a 偏差原因 that only repeats the cell before it is a scraper's copy, not a remark:
// the record's remark stays null and the copy goes to unmapped, reported cell-unplaced.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { dropRemarkCopy } from "../../../src/forms/rules/drop-remark-copy.js";
import type { Cell } from "../../../src/lines/model.js";
import { filledOf } from "../../helpers/cells.js";

interface Case {
  readonly name: string;
  readonly row: string;
  readonly line: number;
  /** Indexes into the row's filled cells: the cell placed as remark, and the name cell. */
  readonly remark: number | undefined;
  readonly nameAt: number;
  /** The remark kept, or undefined where it was dropped as a copy. */
  readonly kept: string | undefined;
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    // 001 line 576: `生态效益指标¦¦可持续发放¦可持续¦完成¦完成¦¦¦`, 完成 written again after 实际完成值
    name: "drops a remark that repeats the 实际完成值 before it and lists it unmapped (001 line 576)",
    row: "生态效益指标\t\t可持续发放\t可持续\t完成\t完成\t\t\t\t",
    line: 576,
    remark: 4,
    nameAt: 1,
    kept: undefined,
    unmapped: [{ line: 576, text: "完成" }],
    diagnostics: [
      {
        code: "cell-unplaced",
        severity: "warning",
        message: "the cell 「完成」 fits no field of this indicator row; kept in unmapped",
        line: 576,
      },
    ],
  },
  {
    // 001 line 365: `指标 2：预算执行率¦¦¦≥95%¦100%¦5¦4¦无¦`: 无 follows the 得分 4
    name: "keeps a remark that differs from the cell before it (001 line 365, 无 after 4)",
    row: "指标 2：预算执行率\t\t\t≥95%\t100%\t5\t4\t无\t",
    line: 365,
    remark: 5,
    nameAt: 0,
    kept: "无",
    unmapped: [],
    diagnostics: [],
  },
  {
    // 001 line 576 cut to its name written twice: a remark repeating the name is not a copy of a value
    name: "keeps a remark that repeats the indicator's name (001 line 576, name and remark 可持续发放)",
    row: "生态效益指标\t\t可持续发放\t可持续发放",
    line: 576,
    remark: 2,
    nameAt: 1,
    kept: "可持续发放",
    unmapped: [],
    diagnostics: [],
  },
  {
    // 001 line 362 `¦¦生态指标¦促进社会发展¦促进社会发展¦完成¦10¦10¦`: no remark cell at all
    name: "does nothing without a remark cell (001 line 362)",
    row: "\t\t生态指标\t促进社会发展\t促进社会发展\t完成\t10\t10\t",
    line: 362,
    remark: undefined,
    nameAt: 1,
    kept: undefined,
    unmapped: [],
    diagnostics: [],
  },
];

describe("dropRemarkCopy", () => {
  it.each(cases)("$name", ({ row, line, remark, nameAt, kept, unmapped, diagnostics }) => {
    const cells = filledOf(row, line);
    const ledger = new CellLedger();
    const result: Cell | undefined = dropRemarkCopy(remark === undefined ? undefined : cells[remark], cells, cells[nameAt], ledger);
    expect(result?.text).toEqual(kept);
    if (kept !== undefined) expect(result).toBe(cells[remark as number]);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
