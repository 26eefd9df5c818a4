// keepUnreadIndicatorText: a project's indicator row under a header with rubric-like columns (a
// target table's 评价指标 / 指标说明) keeps nothing out of sight: a level named as no SPEC level, and
// the 指标说明 / 评分标准 cells, go to unmapped with cell-unplaced; a department keeps them as fields.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readIndicators } from "../../../src/forms/project/indicators.js";
import { blockOf } from "../../helpers/blocks.js";

const HEADER: readonly [number, string] = [3, "评价指标\t评价内容\t指标名称\t指标说明\t目标值\t分值\t备注"];

interface Case {
  readonly name: string;
  readonly row: readonly [number, string];
  readonly project: boolean;
  readonly level1: string;
  readonly unmapped: UnmappedEntry[];
}

const cases: Case[] = [
  {
    // 07 line 4, its glued text cut into cells
    name: "lists a project's written 一级 that names no SPEC level and its 指标说明 (07 line 4)",
    row: [4, "项目年度绩效目标(定量指标)\t制度指标\t规章制度\t建立与否\t\t20\t"],
    project: true,
    level1: "产出指标",
    unmapped: [
      { line: 4, text: "项目年度绩效目标(定量指标)" },
      { line: 4, text: "建立与否" },
    ],
  },
  {
    name: "lists only the 指标说明 of a project row whose levels are SPEC words (07 line 5)",
    row: [5, "产出\t数量指标\t享受资助人数\t达到预计值\t2100\t10\t"],
    project: true,
    level1: "产出指标",
    unmapped: [{ line: 5, text: "达到预计值" }],
  },
  {
    name: "keeps both in a department's fields, as a rubric has them",
    row: [4, "项目年度绩效目标(定量指标)\t制度指标\t规章制度\t建立与否\t\t20\t"],
    project: false,
    level1: "项目年度绩效目标(定量指标)",
    unmapped: [],
  },
];

describe("keepUnreadIndicatorText", () => {
  it.each(cases)("$name", ({ row, project, level1, unmapped }) => {
    const { sections: s } = blockOf("form", [[1, "2019年度助学金项目绩效评价指标表"], HEADER, row, [12, "总分\t\t\t\t\t100\t"]]);
    const ledger = new CellLedger();
    const { indicators } = readIndicators(s.indicatorHeader, s.indicators, ledger, formContext(), project);
    expect(indicators[0]?.level1).toBe(level1);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics.filter((d) => d.code === "cell-unplaced").map((d) => d.line)).toEqual(unmapped.map((u) => u.line));
  });
});
