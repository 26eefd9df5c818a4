// Cell facts: each answer equals the function it stands for, is computed once per text, and is
// shared by every cell of that text.
import { describe, expect, it } from "vitest";
import { labelKey } from "../../grammars/vocabulary/index.js";
import { FACTS_UNREAD, amountOf, factsOf, labelKeyOf } from "../../src/lines/cell-facts.js";
import { fundsHeaderFieldOf, fundsItemOf, readTraits } from "../../src/document/cell-vocabulary.js";
import type { Cell } from "../../src/lines/model.js";
import { canonicalLevel1, canonicalLevel2 } from "../../src/lines/read-level.js";
import { parseAmount } from "../../src/lines/parse-amount.js";

const cell = (text: string, col = 0): Cell => ({ col, line: 1, raw: text, text, mark: 0, facts: FACTS_UNREAD });

const TEXTS = ["", "12,705.06", "100.57万元", "≥95%", "—", "产出指标 50 分", "满意度", "数量指标", "其中：财政拨款", "全年预算数（A）", "项目名称", "年度资金总额（万元）：", ".....", "完成", "LPR + 150BP"];

describe("cell facts", () => {
  it.each(TEXTS)("answers for 「%s」 as the functions they stand for", (text) => {
    const facts = factsOf(cell(text));
    expect(facts.amount).toEqual(parseAmount(text));
    expect(facts.level1).toBe(canonicalLevel1(text));
    expect(facts.level2).toBe(canonicalLevel2(text));
    expect(facts.isLevelWord).toBe(canonicalLevel1(text) !== undefined || canonicalLevel2(text) !== undefined);
    expect(facts.labelKey).toBe(labelKey(text));
    expect(facts.traits).toBe(readTraits(text));
    expect(facts.fundsItem).toBe(fundsItemOf(text));
    expect(facts.fundsHeaderField).toBe(fundsHeaderFieldOf(text));
    expect(facts.filler).toBe(!/[\p{L}\p{N}]/u.test(text));
    expect(facts.wordy).toBe(/[A-Za-z\u4e00-\u9fff]/.test(text));
  });

  it("reads filler and words as the indicator fields need them", () => {
    expect(factsOf(cell(".....")).filler).toBe(true);
    expect(factsOf(cell("≥95%")).filler).toBe(false);
    expect(factsOf(cell("≥95%")).wordy).toBe(false);
    expect(factsOf(cell("完成")).wordy).toBe(true);
  });

  it("hangs one shared facts object on every cell of the same text, on first use", () => {
    const a = cell("全年预算数");
    const b = cell("全年预算数", 3);
    expect(a.facts).toBe(FACTS_UNREAD);
    expect(factsOf(a)).toBe(factsOf(b));
    expect(a.facts).not.toBe(FACTS_UNREAD);
    expect(amountOf(a)).toEqual({ kind: "text" });
    expect(labelKeyOf(b)).toBe("全年预算数");
  });

  it("reads cells made without a facts slot (tests, joined cells) too", () => {
    const bare: Cell = { col: 0, line: 1, raw: "8.89", text: "8.89", mark: 0 };
    expect(amountOf(bare)).toEqual({ kind: "number", value: 8.89 });
  });
});
