// readIndicators: the 绩效指标 rows placed into 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分,
// 偏差度 and 偏差原因 by vocabulary and shape; levels carried down; template slots skipped.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readIndicators, type ReadIndicator } from "../../../src/forms/project/indicators.js";
import { blockOf } from "../../helpers/blocks.js";

const NAME_004: readonly [number, string] = [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"];
const HEADER_004: readonly [number, string] = [18, "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t"];

const ind = (level1: string, level2: string | null, name: string, target: string | null, actual: string | null, weight: number | null, score: number | null, deviation: number | null = null, remark: string | null = null): ReadIndicator =>
  ({ level1, level2, name, nature: null, target, unit: null, actual, weight, score, deviation, remark, criteria: null, explanation: null });

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  readonly indicators: ReadIndicator[];
  readonly lines: number[];
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    name: "reads indicators and carries 一级 and 二级指标 down to the rows that leave them empty (004 lines 18–21)",
    excerpt: [
      NAME_004,
      HEADER_004,
      [19, "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t"],
      [20, "\t\t\t退休人员数量\t10148 人\t10148 人\t8\t8\t\t"],
      [21, "\t\t质量指标\t资金使用合理率\t≥95%\t100%\t8\t8\t\t"],
    ],
    indicators: [
      ind("产出指标", "数量指标", "失业动态监测企业数", "40家", "40家", 10, 10),
      ind("产出指标", "数量指标", "退休人员数量", "10148人", "10148人", 8, 8),
      ind("产出指标", "质量指标", "资金使用合理率", "≥95%", "100%", 8, 8),
    ],
    lines: [19, 20, 21],
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "skips template slots (`指标 1:` alone) and lists filler unmapped (004 lines 18–19, 27–28, 38)",
    excerpt: [
      NAME_004,
      HEADER_004,
      [19, "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t"],
      [27, "\t\t成本指标\t指标 1:\t\t\t\t\t\t"],
      [28, "\t\t\t指标 2:\t\t\t\t\t\t"],
      [38, ".....\t\t\t\t\t\t\t\t\t"],
    ],
    indicators: [ind("产出指标", "数量指标", "失业动态监测企业数", "40家", "40家", 10, 10)],
    lines: [19],
    unmapped: [{ line: 38, text: "....." }],
    diagnostics: [
      {
        code: "cell-unplaced",
        severity: "warning",
        message: "the cell 「.....」 fits no field of this indicator template row; kept in unmapped",
        line: 38,
      },
    ],
  },
  {
    // 004 line 42: the row one column left of its header; the level read from its 一级指标 cell
    name: "places a row shifted left of its header and reports the realignment (004 lines 18, 42)",
    excerpt: [NAME_004, HEADER_004, [42, "满意度 指标 10 分\t服务对象 满意度指 标\t企业退休人员满意率\t≥95%\t100%\t10\t10\t\t\t"]],
    indicators: [ind("满意度指标", "服务对象满意度指标", "企业退休人员满意率", "≥95%", "100%", 10, 10)],
    lines: [42],
    unmapped: [],
    diagnostics: [
      {
        code: "row-realigned",
        severity: "info",
        message:
          "placed the cells of this indicator row by what they say, not by column: level1 满意度指标10分, level2 服务对象满意度指标, name 企业退休人员满意率, target ≥95%, actual 100%, weight 10, score 10",
        line: 42,
      },
    ],
  },
  {
    // 003 lines 823–824: a 偏差度 column, read as a percent
    name: "reads the 偏差度 of a header that has one (003 lines 823–824)",
    excerpt: [
      [809, "项目名称\t\t病退、工伤鉴定及勘验费\t\t\t\t\t\t\t\t\t"],
      [823, "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差度 %\t偏差原因分析及改进措施\t\t\t"],
      [827, "产出指标\t数量指标\t工伤、伤残,病退鉴定人数\t300-400人\t660人\t5\t1.75\t65.00%\t指标设置值偏低\t\t\t"],
    ],
    indicators: [ind("产出指标", "数量指标", "工伤、伤残,病退鉴定人数", "300-400人", "660人", 5, 1.75, 65, "指标设置值偏低")],
    lines: [827],
    unmapped: [],
    diagnostics: [],
  },
  {
    // A rubric's levels are its own words as written, less the weight, even where the SPEC has a
    // variant of them (`产出（30分）` stays 产出, not 产出指标).
    name: "keeps a scoring rubric's levels as written, weights removed (synthetic 02a lines 3, 13–14)",
    excerpt: [
      [2, "单位\t桐川县市场监督管理局"],
      [3, "序号\t一级指标\t二级指标\t三级指标\t指标分值\t评分标准\t自评得分"],
      [13, "10\t产出（30分）\t职责履行（30分）\t重点工作完成率\t10\t完成率×10分。\t10"],
      [14, "11\t\t\t监督抽检合格率\t10\t≥98%得10分。\t9"],
    ],
    indicators: [
      { ...ind("产出", "职责履行", "重点工作完成率", null, null, 10, 10), criteria: "完成率×10分。" },
      { ...ind("产出", "职责履行", "监督抽检合格率", null, null, 10, 9), criteria: "≥98%得10分。" },
    ],
    lines: [13, 14],
    unmapped: [],
    diagnostics: [],
  },
];

describe("readIndicators", () => {
  it.each(cases)("$name", ({ excerpt, indicators, lines, unmapped, diagnostics }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const result = readIndicators(s.indicatorHeader, s.indicators, ledger, formContext());
    expect(result.indicators).toEqual(indicators);
    expect(result.lines).toEqual(lines);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});
