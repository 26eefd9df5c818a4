// placeFundsValues: a funds row's value cells → 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分,
// by shape, by 执行率 ≈ 执行数 ÷ 预算数, by the parts' sums and by the header's columns.
import { describe, expect, it } from "vitest";
import type { FundsField } from "../../../grammars/vocabulary/index.js";
import { fundsHeaderOf, fundsItemOf } from "../../../src/lines/cell-facts.js";
import type { Cell } from "../../../src/lines/model.js";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readFunds } from "../../../src/forms/project/funds.js";
import { placeFundsValues } from "../../../src/forms/placement/place-funds-values.js";
import type { HeaderColumns } from "../../../src/forms/placement/align-cells.js";
import { filledOf, rowOf } from "../../helpers/cells.js";

/** The funds header's columns, as readFunds builds them (labels that name no field give null). */
function fundsHeader(text: string, line: number): HeaderColumns<FundsField> {
  return filledOf(text, line).map((c) => ({ field: fundsHeaderOf(c.text) ?? null, col: c.col }));
}

/** The row's value cells: every filled cell but the item label, header words and `(万元)`. */
function valuesOf(text: string, line: number): Cell[] {
  return filledOf(text, line).filter(
    (c) =>
      fundsItemOf(c.text) === undefined &&
      fundsHeaderOf(c.text) === undefined &&
      !/^[（(]\s*万元\s*[）)]$/.test(c.text) &&
      !c.text.startsWith("项目资金"),
  );
}

// 004 line 11
const HEADER_004 = "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t";
// 001 line 455
const HEADER_001 = "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分";
// 003 line 811
const HEADER_811 = "项目资金(万元)\t\t年初预算数\t\t全年预算数\t\t全年执行数\t\t分值\t执行率 %\t得分\t";
// 003 line 961: the 45-column layout
const HEADER_961 =
  "项目资金（万元）\t\t\t\t\t\t\t\t\t\t年初预算数\t\t\t\t\t全年预算数\t\t\t\t\t全年执行数\t\t\t\t\t分值\t\t\t\t\t执行率 %\t\t\t\t\t得分\t\t\t\t";
// 003 line 1218: header words interleaved with the 年度资金总额 values on one row
const ROW_1218 = "项目资金（万元）\t年度资金总额（万元）：\t年初预算数\t3.84\t全年预算数\t3.84\t全年执行数\t10\t执行率 %\t10\t";

type Sums = Partial<Record<"initialBudget" | "annualBudget" | "executed", number>>;

interface Case {
  readonly name: string;
  readonly header?: readonly [string, number];
  readonly row: readonly [string, number];
  readonly partSums?: Sums;
  readonly placed: Partial<Record<FundsField, string>>;
  readonly dropped: string[];
  /** Texts of placed cells standing under another field's header column as written (→ row-realigned). */
  readonly moved: string[];
}

const cases: Case[] = [
  {
    name: "places a row that matches its header column by column (004 line 12)",
    header: [HEADER_004, 11],
    row: ["\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t", 12],
    placed: { initialBudget: "8.89", annualBudget: "8.89", executed: "3.49", weight: "10分", executionRate: "39.25%", score: "3.9" },
    dropped: [],
    moved: [],
  },
  {
    name: "places the dashes of a part row under 分值 and 得分 (004 line 13)",
    header: [HEADER_004, 11],
    row: ["\t其中：当年财政拨款\t\t5.4\t5.4\t0\t—\t\t—\t", 13],
    placed: { initialBudget: "5.4", annualBudget: "5.4", executed: "0", weight: "—", score: "—" },
    dropped: [],
    moved: [],
  },
  {
    name: "places the dashes of an empty part row as 分值 and 得分, not as amounts (004 line 15)",
    header: [HEADER_004, 11],
    row: ["\t其他资金\t\t\t\t\t—\t\t—\t", 15],
    placed: { weight: "—", score: "—" },
    dropped: [],
    moved: [],
  },
  {
    name: "places amounts written with their unit (001 line 457)",
    header: [HEADER_001, 455],
    row: ["\t年度资金总额\t100.57万元\t100.57万元\t100.57万元\t10分\t100%\t10\t", 457],
    placed: { initialBudget: "100.57万元", annualBudget: "100.57万元", executed: "100.57万元", weight: "10分", executionRate: "100%", score: "10" },
    dropped: [],
    moved: [],
  },
  {
    name: "places a row by shape alone when the form has no header (004 line 12, header cut off)",
    row: ["\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t", 12],
    placed: { initialBudget: "8.89", annualBudget: "8.89", executed: "3.49", weight: "10分", executionRate: "39.25%", score: "3.9" },
    dropped: [],
    moved: [],
  },
  {
    // the rule's header example: four amounts for three fields; one duplicated 6 goes to unmapped
    name: "drops the fourth amount of a row that carries one too many (003 line 812)",
    header: [HEADER_811, 811],
    row: ["年度资金总额(万元):\t\t7\t6\t6\t6\t10\t100\t10\t\t\t", 812],
    placed: { initialBudget: "7", annualBudget: "6", executed: "6", weight: "10", executionRate: "100", score: "10" },
    dropped: ["6"],
    moved: ["6", "6", "10", "100", "10"],
  },
  {
    name: "drops the duplicated amount of a part row and keeps its dashes (003 line 813)",
    header: [HEADER_811, 811],
    row: ["政府性预算资金\t\t7\t6\t6\t6\t-\t100\t-\t\t\t", 813],
    placed: { initialBudget: "7", annualBudget: "6", executed: "6", weight: "-", executionRate: "100", score: "-" },
    dropped: ["6"],
    moved: ["6", "6", "-", "100", "-"],
  },
  {
    // the rule's header example: the row lost its 得分; 40.38 = 191.01 ÷ 473 is the 执行率
    name: "leaves 得分 empty on a row that lost it (003 line 962)",
    header: [HEADER_961, 961],
    row: [
      "\t\t\t\t\t\t\t\t\t\t年度资金总额（万元）：\t\t\t\t\t473\t\t\t\t\t473\t\t\t\t\t191.01\t\t\t\t\t10\t\t\t\t\t40.38\t\t\t\t",
      962,
    ],
    placed: { initialBudget: "473", annualBudget: "473", executed: "191.01", weight: "10", executionRate: "40.38" },
    dropped: [],
    moved: ["473", "473", "191.01", "10", "40.38"],
  },
  {
    // the rule's header example: header words and values interleaved; the parts (lines 1219–1221)
    // add up to 60 / 3.84 / 3.84, so 3.84 ¦ 3.84 are 全年预算数 and 全年执行数, and 10 ¦ 10 are 分值, 得分
    name: "tells the amounts apart by the sums of the parts (003 line 1218)",
    header: [ROW_1218, 1218],
    row: [ROW_1218, 1218],
    partSums: { initialBudget: 60, annualBudget: 3.84, executed: 3.84 },
    placed: { annualBudget: "3.84", executed: "3.84", weight: "10", score: "10" },
    dropped: [],
    moved: ["3.84", "3.84", "10", "10"],
  },
  {
    // without the parts the same cells read as 3.84 / 3.84 / 10 and a 得分 of 10
    name: "reads the interleaved row differently without the parts' sums (003 line 1218)",
    header: [ROW_1218, 1218],
    row: [ROW_1218, 1218],
    placed: { initialBudget: "3.84", annualBudget: "3.84", executed: "10", score: "10" },
    dropped: [],
    moved: ["3.84", "3.84", "10", "10"],
  },
];

describe("placeFundsValues", () => {
  it.each(cases)("$name", ({ header, row, partSums, placed, dropped, moved }) => {
    const values = valuesOf(...row);
    const placement = placeFundsValues(values, header ? fundsHeader(...header) : undefined, partSums);
    const texts: Partial<Record<FundsField, string>> = {};
    for (const [field, cell] of placement.placed) texts[field] = cell.text;
    expect(texts).toEqual(placed);
    expect(placement.dropped.map((c) => c.text)).toEqual(dropped);
    expect(placement.moved.map((c) => c.text)).toEqual(moved);
    // no value is lost: each is placed or dropped (to unmapped)
    expect(placement.placed.size + placement.dropped.length).toBe(values.length);
  });

  it("drops the duplicated amount, not a distinct one (003 line 812)", () => {
    const placement = placeFundsValues(valuesOf("年度资金总额(万元):\t\t7\t6\t6\t6\t10\t100\t10\t\t\t", 812), fundsHeader(HEADER_811, 811));
    expect(placement.dropped.map((c) => [c.line, c.col, c.text])).toEqual([[812, 5, "6"]]);
  });
});

describe("placeFundsValues in readFunds", () => {
  it("reads 003 lines 811–815, listing the duplicated amounts in unmapped and reporting row-realigned", () => {
    const ledger = new CellLedger();
    const funds = readFunds(
      [rowOf(HEADER_811, 811)],
      [
        rowOf("年度资金总额(万元):\t\t7\t6\t6\t6\t10\t100\t10\t\t\t", 812),
        rowOf("政府性预算资金\t\t7\t6\t6\t6\t-\t100\t-\t\t\t", 813),
      ],
      [],
      ledger,
      formContext(),
    );
    expect(funds.lines).toEqual([
      { label: "年度资金总额(万元):", item: "total", initialBudget: 7, annualBudget: 6, executed: 6, weight: 10, executionRate: 100, score: 10 },
      { label: "政府性预算资金", item: "government", initialBudget: 7, annualBudget: 6, executed: 6, weight: null, executionRate: 100, score: null },
    ]);
    expect(funds.rowLines).toEqual([812, 813]);
    expect(ledger.unmapped).toEqual([
      { line: 813, text: "6" },
      { line: 812, text: "6" },
    ]);
    expect(ledger.diagnostics).toContainEqual({
      code: "row-realigned",
      severity: "info",
      message:
        "placed the cells of this funds row by what they say, not by column: initialBudget 7, annualBudget 6, executed 6, weight 10, executionRate 100, score 10",
      line: 812,
    });
    expect(ledger.diagnostics).toContainEqual({
      code: "cell-unplaced",
      severity: "warning",
      message: "the cell 「6」 fits no field of this funds row; kept in unmapped",
      line: 812,
    });
  });
});
