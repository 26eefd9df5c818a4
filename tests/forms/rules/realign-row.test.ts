// reportRealignment / reportFundsRealignment: a row placed by what its cells say rather than by
// column is reported row-realigned naming where each moved cell went; dropped cells go to
// unmapped (cell-unplaced).
import { describe, expect, it } from "vitest";
import type { FundsField, IndicatorField } from "../../../grammars/vocabulary/index.js";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import type { Alignment } from "../../../src/forms/placement/align-cells.js";
import type { Placement } from "../../../src/forms/placement/place-funds-values.js";
import { reportFundsRealignment, reportRealignment } from "../../../src/forms/rules/realign-row.js";
import { filledOf } from "../../helpers/cells.js";

const realigned = (what: string, detail: string, line: number): Diagnostic => ({
  code: "row-realigned",
  severity: "info",
  message: `placed the cells of this ${what} row by what they say, not by column: ${detail}`,
  line,
});
const unplaced = (text: string, what: string, line: number): Diagnostic => ({
  code: "cell-unplaced",
  severity: "warning",
  message: `the cell 「${text}」 fits no field of this ${what} row; kept in unmapped`,
  line,
});

interface AlignmentCase {
  readonly name: string;
  readonly row: string;
  readonly line: number;
  readonly what: string;
  /** Filled-cell index → field, for the cells placed off their header column. */
  readonly moved: ReadonlyArray<readonly [number, IndicatorField]>;
  readonly dropped: number[];
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const alignmentCases: AlignmentCase[] = [
  {
    // 001 line 365 under line 355's header: the name stands in the 绩效指标 column, the values one
    // column left of their headers
    name: "names each moved cell and its field (001 line 365)",
    row: "指标 2：预算执行率\t\t\t≥95%\t100%\t5\t4\t无\t",
    line: 365,
    what: "indicator",
    moved: [
      [0, "name"],
      [1, "target"],
      [2, "actual"],
      [3, "weight"],
      [4, "score"],
      [5, "remark"],
    ],
    dropped: [],
    unmapped: [],
    diagnostics: [realigned("indicator", "name 指标2：预算执行率, target ≥95%, actual 100%, weight 5, score 4, remark 无", 365)],
  },
  {
    // 004 line 38 `.....¦¦¦…`: the filler fits no field and is dropped; nothing moved
    name: "lists a dropped cell unmapped and reports no realignment when nothing moved (004 line 38)",
    row: ".....\t\t\t\t\t\t\t\t\t",
    line: 38,
    what: "indicator",
    moved: [],
    dropped: [0],
    unmapped: [{ line: 38, text: "....." }],
    diagnostics: [unplaced(".....", "indicator", 38)],
  },
  {
    // 004 line 19 as written under line 18's header: nothing to report
    name: "reports nothing for a row placed as written (004 line 19)",
    row: "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t",
    line: 19,
    what: "indicator",
    moved: [],
    dropped: [],
    unmapped: [],
    diagnostics: [],
  },
];

describe("reportRealignment", () => {
  it.each(alignmentCases)("$name", ({ row, line, what, moved, dropped, unmapped, diagnostics }) => {
    const cells = filledOf(row, line);
    const alignment: Alignment<IndicatorField> = {
      placed: new Map(moved.map(([i, f]) => [f, cells[i]!])),
      dropped: dropped.map((i) => cells[i]!),
      cost: 0,
      shift: 0,
      moved: moved.map(([i, field]) => ({ cell: cells[i]!, field })),
    };
    const ledger = new CellLedger();
    reportRealignment(alignment, what, line, ledger);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});

interface FundsCase {
  readonly name: string;
  readonly row: string;
  readonly line: number;
  readonly placed: ReadonlyArray<readonly [number, FundsField]>;
  readonly moved: number[];
  readonly dropped: number[];
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const fundsCases: FundsCase[] = [
  {
    // 004 line 12 `¦年度资金总额¦¦8.89¦8.89¦3.49¦10 分¦39.25%¦3.9¦`, placed as its header says
    name: "reports nothing for a funds row placed as written (004 line 12)",
    row: "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t",
    line: 12,
    placed: [
      [1, "initialBudget"],
      [2, "annualBudget"],
      [3, "executed"],
      [4, "weight"],
      [5, "executionRate"],
      [6, "score"],
    ],
    moved: [],
    dropped: [],
    unmapped: [],
    diagnostics: [],
  },
  {
    // 004 line 12 with its 全年预算 cell moved: every placed cell is listed, in field order
    name: "lists where every cell of a moved funds row went, in field order (004 line 12)",
    row: "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t",
    line: 12,
    placed: [
      [6, "score"],
      [1, "initialBudget"],
      [2, "annualBudget"],
      [3, "executed"],
    ],
    moved: [2],
    dropped: [],
    unmapped: [],
    diagnostics: [realigned("funds", "initialBudget 8.89, annualBudget 8.89, executed 3.49, score 3.9", 12)],
  },
  {
    // 004 line 13 `¦其中：当年财政拨款¦¦5.4¦5.4¦0¦—¦¦—¦` with a stray text among its values
    name: "lists a dropped funds cell unmapped and reports the row realigned (004 line 13)",
    row: "\t其中：当年财政拨款\t\t5.4\t5.4\t0\t见说明\t",
    line: 13,
    placed: [
      [1, "initialBudget"],
      [2, "annualBudget"],
      [3, "executed"],
    ],
    moved: [],
    dropped: [4],
    unmapped: [{ line: 13, text: "见说明" }],
    diagnostics: [unplaced("见说明", "funds", 13), realigned("funds", "initialBudget 5.4, annualBudget 5.4, executed 0", 13)],
  },
];

describe("reportFundsRealignment", () => {
  it.each(fundsCases)("$name", ({ row, line, placed, moved, dropped, unmapped, diagnostics }) => {
    const cells = filledOf(row, line);
    const placement: Placement = {
      placed: new Map(placed.map(([i, f]) => [f, cells[i]!])),
      moved: moved.map((i) => cells[i]!),
      dropped: dropped.map((i) => cells[i]!),
      cost: 0,
    };
    const ledger = new CellLedger();
    reportFundsRealignment(placement, line, ledger);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
