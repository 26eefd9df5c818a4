// stripIndicatorLabel (SPEC indicators[].name): the template's slot label before a 三级指标 is removed.
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/lines/normalize-text.js";
import { stripIndicatorLabel } from "../../../src/forms/rules/strip-indicator-label.js";

interface Case {
  readonly source: string;
  readonly raw: string;
  readonly name: string;
}

const cases: Case[] = [
  // 001 line 17: `¦产出指标 50分¦数量指标¦指标 1: 发放人数，按人数发放率¦…`
  { source: "001 line 17", raw: "指标 1: 发放人数，按人数发放率", name: "发放人数，按人数发放率" },
  // 001 line 356: `¦产出指标¦数量指标¦指标 1：享受职业培训补贴人员数量¦…` (full-width colon)
  { source: "001 line 356", raw: "指标 1：享受职业培训补贴人员数量", name: "享受职业培训补贴人员数量" },
  // 001 line 336: `¦¦可持续影响指标¦指标1:持续发展良好¦…`
  { source: "001 line 336", raw: "指标1:持续发展良好", name: "持续发展良好" },
  // 001 line 525: `¦¦可持续影响指标¦指标1：可持续性服务¦…`
  { source: "001 line 525", raw: "指标1：可持续性服务", name: "可持续性服务" },
  // 001 line 365: `指标 2：预算执行率¦¦¦≥95%¦100%¦5¦4¦无¦`
  { source: "001 line 365", raw: "指标 2：预算执行率", name: "预算执行率" },
  // 001 line 392: `¦¦¦指标 2：预算 执行率¦100%¦…` (a wrap space inside the name too)
  { source: "001 line 392", raw: "指标 2：预算 执行率", name: "预算执行率" },
  // 001 line 25: `¦满意度¦服务对象满意度指标¦: 服务对象满意度¦…` (a bare colon)
  { source: "001 line 25", raw: ": 服务对象满意度", name: "服务对象满意度" },
  // 001 line 68: `¦产出指标 50 分¦数量指标¦指标 1 在全县机关事业单位统一部署¦…` (no separator at all)
  { source: "001 line 68", raw: "指标 1 在全县机关事业单位统一部署", name: "在全县机关事业单位统一部署" },
  // 004 line 27–28: `¦¦成本指标¦指标 1:¦¦…`, `¦¦¦指标 2:¦¦…` (empty template slots)
  { source: "004 line 27", raw: "指标 1:", name: "" },
  { source: "004 line 28", raw: "指标 2:", name: "" },
  // names without a slot label are left alone, even when they start with 指标-like words
  { source: "004 line 19", raw: "失业动态监测企业数", name: "失业动态监测企业数" },
  { source: "004 line 30", raw: "完善就业失业监测统", name: "完善就业失业监测统" },
  { source: "004 line 22", raw: "发放差错率 (%)", name: "发放差错率(%)" },
  { source: "001 line 362", raw: "促进社会发展", name: "促进社会发展" },
];

describe("stripIndicatorLabel", () => {
  it.each(cases)("turns 「$raw」 into 「$name」 ($source)", ({ raw, name }) => {
    expect(stripIndicatorLabel(normalizeText(raw))).toBe(name);
  });

  it.each([
    // the label's own wrap spaces (`指标 1:`) never need normalising first
    ["001 line 17", "指标 1: 发放人数，按人数发放率", "发放人数，按人数发放率"],
    ["001 line 25", ": 服务对象满意度", "服务对象满意度"],
    ["004 line 28", "指标 2:", ""],
  ])("strips the label from the raw cell too (%s)", (_source, raw, name) => {
    expect(stripIndicatorLabel(raw)).toBe(name);
  });
});
