// splitMergedGoals: one goals cell holding both texts, split where the first was cut short.
import { describe, expect, it } from "vitest";
import { splitMergedGoals } from "../../../src/forms/rules/split-merged-goals.js";
import { parseText } from "../../../src/parse-text.js";

describe("splitMergedGoals", () => {
  it.each([
    {
      // 003 line 1003
      text: "为辖区内城乡居民提供劳动就业、社会保障和人才开发等事务的指导和服... 2023年度济水、北海、玉泉、天坛、沁园人社所围绕人社局党组确定的工作要点,稳步推进各项工作。",
      expected: "为辖区内城乡居民提供劳动就业、社会保障和人才开发等事务的指导和服...",
      actual: "2023年度济水、北海、玉泉、天坛、沁园人社所围绕人社局党组确定的工作要点,稳步推进各项工作。",
    },
    { text: "确保资金按时拨付… 已按时拨付到位", expected: "确保资金按时拨付…", actual: "已按时拨付到位" },
  ])("splits $text at the truncation mark", ({ text, expected, actual }) => {
    expect(splitMergedGoals(text)).toEqual({ expected, actual });
  });

  it.each(["确保城乡居民养老保险缴费补贴及时到位", "完成率达到100%...", "1. 资金按规定用于就业见习补贴；2. 保持稳定"])(
    "leaves %s whole (no truncation mark followed by more text)",
    (text) => {
      expect(splitMergedGoals(text)).toBeUndefined();
    },
  );

  it("splits a lone goals cell in a form and reports cell-split (003 line 1003)", () => {
    const text = [
      "项目名称\t测试",
      "年度总体目标\t预期目标\t\t\t实际完成情况",
      "\t为辖区内城乡居民提供服务... 2023年度稳步推进各项工作。\t\t\t\t",
    ].join("\n");
    const record = parseText(text).records[0] as { goals: unknown; diagnostics: Array<{ code: string; line?: number }> };
    expect(record.goals).toEqual({ expected: "为辖区内城乡居民提供服务...", actual: "2023年度稳步推进各项工作。" });
    expect(record.diagnostics.filter((d) => d.code === "cell-split").map((d) => d.line)).toEqual([3]);
  });
});
