// reportAssumedLevel, and readIndicators' use of it: a row whose 一级指标 neither it nor a row before
// it states gets the fallback level1 and one level-assumed warning per record; a level written,
// implied by a 二级指标, or carried from the row above is the source's and reports nothing.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { reportAssumedLevel } from "../../../src/forms/rules/report-assumed-level.js";
import { parseText } from "../../../src/parse-text.js";
import type { ProjectRecord } from "../../../src/schema/project.js";

const FORM = ["2022年度项目绩效自评表", "项目名称\t社区居家养老服务补贴", "主管部门\t某区民政局\t实施单位\t某区养老服务中心"];

const parse = (rows: string[]): ProjectRecord => {
  const { records } = parseText([...FORM, ...rows].join("\n"));
  expect(records).toHaveLength(1);
  return records[0] as ProjectRecord;
};

describe("reportAssumedLevel", () => {
  it("reports one warning naming the rows' span, and nothing for none", () => {
    const ledger = new CellLedger();
    reportAssumedLevel([], "产出指标", ledger);
    expect(ledger.diagnostics).toEqual([]);
    reportAssumedLevel([8, 9, 10], "产出指标", ledger);
    expect(ledger.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["level-assumed", "warning", 8]]);
    expect(ledger.diagnostics[0]?.message).toContain("lines 8–10");
  });

  it.each([
    ["绩效指标\t指标名称\t目标值\t实际值\t权重(%)\t得分\t扣分原因", ["\t服务老人数量\t≥2000人\t2150人\t30\t30\t", "\t服务满意度\t≥90%\t93%\t30\t30\t"]],
    ["指标名称\t年度指标值\t实际完成值\t分值\t得分\t偏差原因", ["服务老人数量\t≥2000人\t2150人\t30\t30\t", "服务满意度\t≥90%\t93%\t30\t30\t"]],
  ])("warns when a flat indicator list (%s) states no level", (header, rows) => {
    const r = parse([header, ...rows]);
    expect(r.indicators.map((i) => [i.name, i.level1])).toEqual([
      ["服务老人数量", "产出指标"],
      ["服务满意度", "产出指标"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "level-assumed").map((d) => d.line)).toEqual([5]);
  });

  it("reports nothing where a level is written, implied by a 二级指标, or carried from the row above", () => {
    const r = parse([
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "\t效益指标\t社会效益指标\t就业率\t≥90%\t92%\t30\t30",
      "\t\t\t培训人次\t≥100人次\t120人次\t20\t20",
      "\t\t服务对象满意度指标\t满意度\t≥90%\t95%\t20\t19",
    ]);
    expect(r.indicators.map((i) => i.level1)).toEqual(["效益指标", "效益指标", "满意度指标"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("level-assumed");
  });
});
