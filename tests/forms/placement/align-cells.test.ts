// Aligner.align: the cheapest in-order placement of a row's filled cells into its section's fields,
// by shape and against the header's columns (shifted by up to 3), dropping what fits nowhere.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IndicatorField } from "../../../grammars/vocabulary/index.js";
import type { Cell } from "../../../src/lines/model.js";
import { fields } from "../../../src/forms/project/indicators.js";
import {
  Aligner,
  dropCost,
  fieldsAtColumns,
  layoutOf,
  type Alignment,
  type FieldSpec,
  type HeaderColumns,
} from "../../../src/forms/placement/align-cells.js";
import { parseAmount } from "../../../src/lines/parse-amount.js";
import { readLines } from "../../../src/lines/read-lines.js";
import { filledOf } from "../../helpers/cells.js";

/** A header row read the way readIndicators reads it: each known label with its column. */
function indicatorHeader(text: string, line: number): HeaderColumns<IndicatorField> {
  const out: Array<{ field: IndicatorField | null; col: number }> = [];
  for (const cell of filledOf(text, line)) {
    const field = cell.facts.indicatorHeader;
    if (field !== undefined) out.push({ field, col: cell.col });
  }
  return out;
}

/** One alignment, as a recogniser makes it: the header's layout against the field list, if there is a header. */
function alignCells<F extends string>(
  cells: readonly Cell[],
  fieldList: ReadonlyArray<FieldSpec<F>>,
  header?: HeaderColumns<F>,
  aligner: Aligner = new Aligner(),
): Alignment<F> {
  return aligner.align(cells, fieldList, header && layoutOf(header, fieldList));
}

function placedTexts<F extends string>(a: Alignment<F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, cell] of a.placed) out[field] = cell.text;
  return out;
}

// 001 line 355 (also lines 16, 436, 544 of 001)
const HEADER_001 = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施";
// 004 line 18
const HEADER_004 = "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t";
// 003 line 1229: with 偏差度
const HEADER_003 = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差度 %\t偏差原因分析及改进措施\t";
// 003 line 942: the 45-column layout, labels two columns apart from column 10
const HEADER_003_WIDE =
  "绩效指标\t\t\t\t\t\t\t\t\t\t一级指标\t\t二级指标\t\t三级指标\t\t年度指标值\t\t实际完成值\t\t分值\t\t得分\t\t偏差度 %\t\t偏差原因分析及改进措施\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

interface Case {
  readonly name: string;
  readonly header: readonly [string, number];
  readonly row: readonly [string, number];
  readonly placed: Partial<Record<IndicatorField, string>>;
  readonly dropped: string[];
  readonly shift: number;
  /** Fields whose cell stands under another field's header column as written (→ row-realigned). */
  readonly moved: IndicatorField[];
}

const cases: Case[] = [
  {
    // the rule's own before/after: the row lost its first three cells and starts in column 0
    name: "places a row shifted one column left under its header (001 line 365)",
    header: [HEADER_001, 355],
    row: ["指标 2：预算执行率\t\t\t≥95%\t100%\t5\t4\t无\t", 365],
    placed: { name: "指标2：预算执行率", target: "≥95%", actual: "100%", weight: "5", score: "4", remark: "无" },
    dropped: [],
    shift: 1,
    moved: ["name", "target", "actual", "weight", "score", "remark"],
  },
  {
    name: "places a row that stands right as written, with nothing moved (004 line 19)",
    header: [HEADER_004, 18],
    row: ["\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t", 19],
    placed: { level1: "产出指标50分", level2: "数量指标", name: "失业动态监测企业数", target: "40家", actual: "40家", weight: "10", score: "10" },
    dropped: [],
    shift: 0,
    moved: [],
  },
  {
    name: "takes a level2 word in the 一级指标 column as level2 by its vocabulary (004 line 39)",
    header: [HEADER_004, 18],
    row: ["可持续影 响指标\t\t工作连续的持久度\t得到提升\t得到提升\t10\t10\t\t\t", 39],
    placed: { level2: "可持续影响指标", name: "工作连续的持久度", target: "得到提升", actual: "得到提升", weight: "10", score: "10" },
    dropped: [],
    shift: 1,
    moved: ["level2", "name", "target", "actual", "weight", "score"],
  },
  {
    name: "places a row starting in the 绩效指标 column with a level1 weight in its label (004 line 42)",
    header: [HEADER_004, 18],
    row: ["满意度 指标 10 分\t服务对象 满意度指 标\t企业退休人员满意率\t≥95%\t100%\t10\t10\t\t\t", 42],
    placed: {
      level1: "满意度指标10分",
      level2: "服务对象满意度指标",
      name: "企业退休人员满意率",
      target: "≥95%",
      actual: "100%",
      weight: "10",
      score: "10",
    },
    dropped: [],
    shift: 1,
    moved: ["level1", "level2", "name", "target", "actual", "weight", "score"],
  },
  {
    name: "drops the scraper's duplicate 100% cell and keeps 提升 as the target (003 line 1208)",
    header: [HEADER_003, 1229],
    row: ["\t效益指标\t经济效益指标\t引进人才，促进提质增效\t提升\t100%\t100%\t15\t15\t0.00%\t", 1208],
    placed: {
      level1: "效益指标",
      level2: "经济效益指标",
      name: "引进人才，促进提质增效",
      target: "提升",
      actual: "100%",
      weight: "15",
      score: "15",
      deviation: "0.00%",
    },
    dropped: ["100%"],
    shift: 0,
    moved: ["weight", "score", "deviation"],
  },
  {
    name: "places a row of the 45-column layout by its spread header (003 line 945)",
    header: [HEADER_003_WIDE, 942],
    row: [
      "\t\t\t\t\t\t\t\t\t\t产出指标\t\t数量指标\t\t业务受理量\t\t≥120000笔\t\t163000笔\t\t5\t\t4.83\t\t5.83%\t\t指标值设置偏低\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
      945,
    ],
    placed: {
      level1: "产出指标",
      level2: "数量指标",
      name: "业务受理量",
      target: "≥120000笔",
      actual: "163000笔",
      weight: "5",
      score: "4.83",
      deviation: "5.83%",
      remark: "指标值设置偏低",
    },
    dropped: [],
    shift: 0,
    moved: [],
  },
  {
    name: "places by shape a row shifted ten columns left in the 45-column layout (003 line 952)",
    header: [HEADER_003_WIDE, 942],
    row: [
      "社会效益指标\t\t切实维护群众参保的合法权益\t\t维护合法权益\t\t100%\t\t25\t\t\t\t25\t\t0.00%\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
      952,
    ],
    placed: {
      level2: "社会效益指标",
      name: "切实维护群众参保的合法权益",
      target: "维护合法权益",
      actual: "100%",
      weight: "25",
      score: "25",
      deviation: "0.00%",
    },
    dropped: [],
    shift: 0,
    moved: ["level2", "name", "target", "actual", "weight", "score", "deviation"],
  },
];

describe("Aligner.align", () => {
  it.each(cases)("$name", ({ header, row, placed, dropped, shift, moved }) => {
    const h = indicatorHeader(...header);
    const hasDeviation = h.some((c) => c.field === "deviation");
    const a = alignCells(filledOf(...row), fields(hasDeviation), h);
    expect(placedTexts(a)).toEqual(placed);
    expect(a.dropped.map((c) => c.text)).toEqual(dropped);
    expect(a.shift).toBe(shift);
    expect(a.moved.map((m) => m.field)).toEqual(moved);
    // every filled cell is either placed or dropped: none is lost
    expect(a.placed.size + a.dropped.length).toBe(filledOf(...row).length);
  });

  it("answers the same when rows alternate between many headers under one aligner", () => {
    // One aligner serves a whole parse and reuses its scratch tables row after row: a row under
    // any header, or under a header equal in content, must be placed as a fresh aligner places it.
    const headers = [HEADER_001, HEADER_004, HEADER_003, HEADER_003_WIDE, HEADER_001, HEADER_003].map((text, i) => indicatorHeader(text, i + 1));
    const rows = cases.map((c) => filledOf(...c.row));
    const shared = new Aligner();
    const answer = (h: HeaderColumns<IndicatorField>, row: Cell[], aligner?: Aligner): unknown => {
      const a = alignCells(row, fields(h.some((c) => c.field === "deviation")), h, aligner);
      return { placed: placedTexts(a), dropped: a.dropped.map((c) => c.text), shift: a.shift };
    };
    const first = headers.map((h) => rows.map((row) => answer(h, row)));
    for (let round = 0; round < 3; round++) {
      headers.forEach((h, i) => rows.forEach((row, k) => expect(answer(h, row, shared)).toEqual(first[i]?.[k])));
    }
    // and a header read again from the same text places rows as its twin does
    expect(rows.map((row) => answer(headers[4] as HeaderColumns<IndicatorField>, row, shared))).toEqual(first[0]);
  });

  it("reads one header against two field lists as two layouts", () => {
    // The layout maps columns to indexes into the field list: the layout of one list must not
    // answer for another list in another order under the same header.
    const h = indicatorHeader(HEADER_001, 355);
    const reversed = [...fields(false)].reverse();
    const row = filledOf("指标 2：预算执行率\t\t\t≥95%\t100%\t5\t4\t无\t", 365);
    const fresh = placedTexts(alignCells(row, reversed, indicatorHeader(HEADER_001, 355)));
    const aligner = new Aligner();
    const forward = layoutOf(h, fields(false));
    const backward = layoutOf(h, reversed);
    expect(backward.fieldAt).not.toEqual(forward.fieldAt);
    aligner.align(row, fields(false), forward);
    expect(placedTexts(aligner.align(row, reversed, backward))).toEqual(fresh);
  });

  it("keeps the source line and column on every placed cell (001 line 365)", () => {
    const a = alignCells(filledOf("指标 2：预算执行率\t\t\t≥95%\t100%\t5\t4\t无\t", 365), fields(false), indicatorHeader(HEADER_001, 355));
    const score = a.placed.get("score");
    expect(score).toMatchObject({ line: 365, col: 6, raw: "4", text: "4" });
  });

  // The 总分 row's two fields, as src/forms/project/total.ts declares them.
  type TotalField = "weight" | "score";
  const number = (c: Cell): number => (parseAmount(c.text).kind === "number" ? 0 : Infinity);
  const TOTAL: ReadonlyArray<FieldSpec<TotalField>> = [
    { field: "weight", cost: number, emptyCost: 1 },
    { field: "score", cost: number, emptyCost: 1 },
  ];

  it("places by shape alone and never shifts when there is no header (004 line 45)", () => {
    const a = alignCells(filledOf("总分\t\t\t\t\t100\t93.9\t\t\t", 45).slice(1), TOTAL);
    expect(placedTexts(a)).toEqual({ weight: "100", score: "93.9" });
    expect(a.shift).toBe(0);
    expect(a.moved).toEqual([]);
    expect(a.cost).toBe(0);
  });

  it("leaves a field empty rather than put text in a number field (001 line 102)", () => {
    // `总分¦¦¦¦¦¦100¦100¦无`: 无 fits neither 分值 nor 得分, so it is dropped (→ unmapped)
    const a = alignCells(filledOf("总分\t\t\t\t\t\t100\t100\t无", 102).slice(1), TOTAL);
    expect(placedTexts(a)).toEqual({ weight: "100", score: "100" });
    expect(a.dropped.map((c) => c.text)).toEqual(["无"]);
    expect(a.cost).toBe(6);
  });
});

describe("indicator field costs", () => {
  // The search ends a shift's trial once its cheapest partial placement reaches the best cost
  // found: sound only while no placement step costs less than nothing.
  it("are never negative, for every cell of the seed fixtures under every field list", () => {
    const cells = ["000_62e7df66abdd3e04", "001_2cec943835bed671", "003_565532f530cb80ee", "004_9b7fb85721d44591"].flatMap((name) =>
      readLines(readFileSync(new URL(`../../../fixtures/${name}.txt`, import.meta.url), "utf8")).flatMap((line) =>
        line.kind === "table" ? line.row.cells.filter((c) => c.text !== "") : [],
      ),
    );
    expect(cells.length).toBeGreaterThan(1000);
    const negative: string[] = [];
    for (const deviation of [false, true])
      for (const splitTarget of [false, true])
        for (const rubric of [false, true])
          for (const spec of fields(deviation, splitTarget, rubric)) {
            if (!(spec.emptyCost >= 0)) negative.push(`${spec.field} empty`);
            for (const cell of cells) if (!(spec.cost(cell) >= 0)) negative.push(`${spec.field} ${cell.text}`);
          }
    expect(negative).toEqual([]);
  });
});

describe("dropCost", () => {
  const ROW_1208 = "\t效益指标\t经济效益指标\t引进人才，促进提质增效\t提升\t100%\t100%\t15\t15\t0.00%\t";
  it.each([
    // 003 line 1208: the second `100%` repeats its neighbour
    { what: "a scraper's duplicate of a neighbour", row: ROW_1208, line: 1208, index: 5, cost: 3 },
    // 001 line 102: `无` is short and unlike its neighbours
    { what: "a short text", row: "总分\t\t\t\t\t\t100\t100\t无", line: 102, index: 3, cost: 6 },
    // 003 line 1208: a name is a longer text, dear to lose
    { what: "a longer text", row: ROW_1208, line: 1208, index: 2, cost: 8 },
  ])("costs $cost to drop $what", ({ row, line, index, cost }) => {
    expect(dropCost(filledOf(row, line), index)).toBe(cost);
  });
});

describe("fieldsAtColumns", () => {
  const header = indicatorHeader(HEADER_003_WIDE, 942);
  it.each([
    [0, null], // under 绩效指标
    [9, null],
    [10, "level1"],
    [11, "level1"], // a span runs from its label to the next label
    [20, "weight"],
    [26, "remark"],
    [44, "remark"],
  ] as const)("finds the field whose span covers column %d: %s", (col, field) => {
    expect(fieldsAtColumns(header, [col])).toEqual([field]);
  });

  it("finds no field left of the first label", () => {
    expect(fieldsAtColumns(indicatorHeader(HEADER_001, 355).slice(1), [0, -1])).toEqual([undefined, undefined]);
  });

  it("answers many columns at once, in their order", () => {
    expect(fieldsAtColumns(header, [26, 10, 0, 44])).toEqual(["remark", "level1", null, "remark"]);
  });
});
