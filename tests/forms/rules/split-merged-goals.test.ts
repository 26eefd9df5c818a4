// splitAtTruncation / splitMergedGoals: one goals cell holding both texts, split where the first
// was cut short; the rule splits only a lone 预期目标 text and reports cell-split.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { splitAtTruncation, splitMergedGoals } from "../../../src/forms/rules/split-merged-goals.js";
import { parseText } from "../../../src/parse-text.js";

describe("splitAtTruncation", () => {
  it.each([
    {
      // 003 line 1003
      text: "为辖区内城乡居民提供劳动就业、社会保障和人才开发等事务的指导和服... 2023年度济水、北海、玉泉、天坛、沁园人社所围绕人社局党组确定的工作要点,稳步推进各项工作。",
      expected: "为辖区内城乡居民提供劳动就业、社会保障和人才开发等事务的指导和服...",
      actual: "2023年度济水、北海、玉泉、天坛、沁园人社所围绕人社局党组确定的工作要点,稳步推进各项工作。",
    },
    { text: "确保资金按时拨付… 已按时拨付到位", expected: "确保资金按时拨付…", actual: "已按时拨付到位" },
  ])("splits $text at the truncation mark", ({ text, expected, actual }) => {
    expect(splitAtTruncation(text)).toEqual({ expected, actual });
  });

  it.each([
    { text: "确保资金按时拨付… 已按时拨付到位", expected: "确保资金按时拨付…", actual: "已按时拨付到位" },
  ])("splits a lone 预期目标 text $text and reports cell-split", ({ text, expected, actual }) => {
    const ledger = new CellLedger();
    expect(splitMergedGoals([text], [], 1003, ledger)).toEqual({ expected, actual });
    expect(ledger.diagnostics).toEqual([
      {
        code: "cell-split",
        severity: "info",
        message: `split the cell 「${text}」 at its truncation mark into 「${expected}」 and 「${actual}」`,
        line: 1003,
      },
    ]);
  });

  it("splits nothing where the section has an 实际完成情况 text or more than one 预期目标 text", () => {
    const text = "确保资金按时拨付… 已按时拨付到位";
    const ledger = new CellLedger();
    expect(splitMergedGoals([text], ["已到位"], 1003, ledger)).toBeUndefined();
    expect(splitMergedGoals([text, text], [], 1003, ledger)).toBeUndefined();
    expect(ledger.diagnostics).toEqual([]);
  });

  it.each(["确保城乡居民养老保险缴费补贴及时到位", "完成率达到100%...", "1. 资金按规定用于就业见习补贴；2. 保持稳定"])(
    "leaves %s whole (no truncation mark followed by more text)",
    (text) => {
      expect(splitAtTruncation(text)).toBeUndefined();
      const ledger = new CellLedger();
      expect(splitMergedGoals([text], [], 1, ledger)).toBeUndefined();
      expect(ledger.diagnostics).toEqual([]);
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
