// Glued indicator rows: level cells by the vocabulary, or by their 指标 ending where the line has no
// label; a 指标说明 glued between name and target cut off; trailing digits cut into 分值 by their shapes.
import { describe, expect, it } from "vitest";
import { newContext } from "../../../src/lines/flattened/context.js";
import { explanationTail, leadingLevelCells, resolvePending, unlabelledIndicatorRow } from "../../../src/lines/flattened/indicator-row.js";
import type { IndicatorField } from "../../../grammars/vocabulary/index.js";

describe("leadingLevelCells", () => {
  it.each([
    ["项目年度绩效目标(定量指标)制度指标规章制度建立与否", 2, ["项目年度绩效目标(定量指标)", "制度指标"], "规章制度建立与否"],
    ["管理指标制度建设完善95%10", 2, ["管理指标"], "制度建设完善95%10"],
    ["项目管理指标（定性）制度健全", 1, ["项目管理指标（定性）"], "制度健全"],
    ["资金支出率95%10", 2, [], "资金支出率95%10"],
    // A cell that would leave nothing after it is no level cell.
    ["考核指标", 2, [], "考核指标"],
  ] as const)("cuts 「%s」 into at most %i level cells ending in 指标", (text, count, levels, rest) => {
    expect(leadingLevelCells(text, count)).toEqual({ levels, rest });
  });
});

describe("explanationTail", () => {
  it.each([
    ["享受资助人数达到预计值", "享受资助人数", "达到预计值", ""],
    ["资金支出率达到目标值", "资金支出率", "达到目标值", ""],
    ["规章制度建立与否", "规章制度", "建立与否", ""],
    ["管理制度是否健全", "管理制度", "是否健全", ""],
    ["营养状况改善程度达到目标值明显改善", "营养状况改善程度", "达到目标值", "明显改善"],
  ] as const)("cuts the 指标说明 off 「%s」", (text, name, explanation, target) => {
    expect(explanationTail(text)).toEqual({ name, explanation, target });
  });
  it.each(["建档立卡学生全面覆盖", "达到标准人数", "资助标准达标率", "与否"])("leaves 「%s」 whole: no 指标说明 ends it", (text) => {
    expect(explanationTail(text)).toBeUndefined();
  });
});

const TARGET_TABLE: IndicatorField[] = ["level1", "level2", "name", "explanation", "target", "weight", "remark"];
const SCORED: IndicatorField[] = ["level1", "level2", "name", "target", "actual", "weight", "score"];

describe("unlabelledIndicatorRow", () => {
  it.each([
    {
      name: "reads a row whose level cells the vocabulary does not name, by their 指标 ending (07 line 4)",
      fields: TARGET_TABLE,
      text: "项目年度绩效目标(定量指标)制度指标规章制度建立与否20",
      cells: ["项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", "", "20", ""],
    },
    {
      name: "reads a row with no level cell under the levels above it",
      fields: TARGET_TABLE,
      text: "资金支出率达到目标值95%10",
      cells: ["", "", "资金支出率", "达到目标值", "95%", "10", ""],
    },
    {
      name: "gives the target back the digits glued to its 分值 (`2100` + `10`)",
      fields: TARGET_TABLE,
      text: "受助人数达到预计值210010",
      cells: ["", "", "受助人数", "达到预计值", "2100", "10", ""],
    },
    {
      name: "gives a target without digits written after its 说明 to the target column",
      fields: TARGET_TABLE,
      text: "营养状况改善程度达到目标值明显改善20",
      cells: ["", "", "营养状况改善程度", "达到目标值", "明显改善", "20", ""],
    },
    {
      name: "puts one level cell in the 二级 column",
      fields: SCORED,
      text: "管理指标制度执行率≥95%98%1010",
      cells: ["", "管理指标", "制度执行率", "≥95%", "98%", "10", "10"],
    },
  ])("$name", ({ fields, text, cells }) => {
    const ctx = newContext();
    ctx.indicatorFields = fields;
    const row = unlabelledIndicatorRow(text, 4, ctx);
    expect(row?.map((c) => c?.raw ?? "")).toEqual(cells);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(["cells-split"]);
  });

  it.each([
    ["a sentence", "本项目绩效目标已全部完成，得分95"],
    ["a file name", "2019年度助学金项目绩效评价指标表.xlsx"],
    ["digits no 分值 can be (`1380000000`)", "联系电话1380000000"],
  ])("leaves %s as text", (_what, text) => {
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    expect(unlabelledIndicatorRow(text, 4, ctx)).toBeUndefined();
  });

  it("reads no row after the 总分", () => {
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    ctx.afterTotal = true;
    expect(unlabelledIndicatorRow("资金支出率达到目标值95%10", 4, ctx)).toBeUndefined();
  });
});

describe("resolvePending", () => {
  it("cuts a row's digits where the weights then add up to 100, and gives the target its own", () => {
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    ctx.fixedWeights = 85;
    // 150015: 1500 / 15 or 15001 / 5; only 15 brings 85 to 100.
    const row = unlabelledIndicatorRow("受助人数达到预计值150015", 5, ctx);
    resolvePending(ctx);
    expect(row?.map((c) => c?.raw ?? "")).toEqual(["", "", "受助人数", "达到预计值", "1500", "15", ""]);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(["cells-split"]);
  });

  it("keeps the text whole and reports both cuts when the weights do not tell", () => {
    const ctx = newContext();
    ctx.indicatorFields = TARGET_TABLE;
    ctx.fixedWeights = 50;
    const row = unlabelledIndicatorRow("受助人数达到预计值150015", 5, ctx);
    resolvePending(ctx);
    expect(row?.map((c) => c?.raw ?? "")).toEqual(["", "", "受助人数达到预计值150015", "", "", "", ""]);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(["split-ambiguous"]);
    expect(ctx.diagnostics[0]?.message).toContain("1500 / 15");
    expect(ctx.diagnostics[0]?.message).toContain("15001 / 5");
  });
});
