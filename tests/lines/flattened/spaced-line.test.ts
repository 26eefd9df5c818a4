// Space-separated rows of an indicator table: cells placed under the header's columns as a TAB row
// has them (empty cells leave no trace in such text), a row that starts with its name read when it
// ends in a 分值, two level words written together cut in two, the 总分's numbers under its columns.
import { describe, expect, it } from "vitest";
import type { IndicatorField } from "../../../grammars/vocabulary/index.js";
import { newContext } from "../../../src/lines/flattened/context.js";
import { readSpacedLine } from "../../../src/lines/flattened/spaced-line.js";

const TARGET_TABLE: IndicatorField[] = ["level1", "level2", "name", "explanation", "target", "weight", "remark"];
const SCORED: Array<IndicatorField | undefined> = ["level1", "level2", "name", "target", "actual", "weight", "score", "remark"];

const shown = (rows: ReturnType<typeof readSpacedLine>): string[] | undefined => rows?.map((r) => r.map((c) => c?.raw ?? "").join("¦"));

describe("readSpacedLine in an indicator table", () => {
  it.each([
    {
      name: "places a row under the header's columns: level words, name, 说明, target, 分值",
      fields: TARGET_TABLE,
      text: "产出指标 数量指标 补助卫生院数量 达到预计值 12个 25",
      rows: ["产出指标¦数量指标¦补助卫生院数量¦达到预计值¦12个¦25¦"],
    },
    {
      name: "reads a row with no label whose level cells end in 指标 (real/07 line 4, spaced)",
      fields: TARGET_TABLE,
      text: "项目年度绩效目标(定量指标) 制度指标 规章制度 建立与否 20",
      rows: ["项目年度绩效目标(定量指标)¦制度指标¦规章制度¦建立与否¦¦20¦"],
    },
    {
      name: "reads a row that starts with its name, a remark after its 分值",
      fields: TARGET_TABLE,
      text: "基本药物配备品种 达到目标值 ≥300种 15 含中成药",
      rows: ["¦¦基本药物配备品种¦达到目标值¦≥300种¦15¦含中成药"],
    },
    {
      name: "cuts two level words written together (`产出数量指标`)",
      fields: TARGET_TABLE,
      text: "产出数量指标 享受资助人数 达到预计值 2100 10",
      rows: ["产出¦数量指标¦享受资助人数¦达到预计值¦2100¦10¦"],
    },
    {
      name: "places target, actual, 分值 and 得分 of a scored table, ideographic spaces between",
      fields: SCORED,
      text: "质量指标　服务质量抽查合格率　≥95%　97%　20　20",
      rows: ["¦质量指标¦服务质量抽查合格率¦≥95%¦97%¦20¦20¦"],
    },
    {
      name: "keeps a single space inside a cell when the line separates its cells by runs of two (`10148 人`)",
      fields: SCORED,
      text: "数量指标  退休人员数量  10148 人  10148 人  8  8",
      rows: ["¦数量指标¦退休人员数量¦10148 人¦10148 人¦8¦8¦"],
    },
    {
      name: "puts the 总分's number under the 分值 column of a target table",
      fields: TARGET_TABLE,
      text: "合计 100",
      rows: ["合计¦¦¦¦¦100¦"],
    },
  ])("$name", ({ fields, text, rows }) => {
    const ctx = newContext();
    ctx.indicatorFields = fields;
    expect(shown(readSpacedLine(text, 3, ctx))).toEqual(rows);
  });

  it.each([
    ["a sentence", "注 以上指标由项目单位填报，共 10"],
    ["a line that ends in no 分值", "资金支出率 达到目标值 95%"],
  ])("leaves %s as text", (_what, text) => {
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    expect(readSpacedLine(text, 3, ctx)).toBeUndefined();
  });

  it("reads no row that starts with no label outside an indicator table, or after its 总分", () => {
    expect(readSpacedLine("资金支出率 达到目标值 95% 10", 3, newContext())).toBeUndefined();
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    readSpacedLine("总分 100", 9, ctx);
    expect(readSpacedLine("资金支出率 达到目标值 95% 10", 10, ctx)).toBeUndefined();
  });

  it("takes the header's columns from a spaced header line", () => {
    const ctx = newContext();
    readSpacedLine("一级指标 二级指标 三级指标 指标说明 指标值 分值 备注", 2, ctx);
    expect(ctx.indicatorFields).toEqual(TARGET_TABLE);
  });
});
