// Cell facts: read eagerly for every cell when its line is read; each answer equals the function
// it stands for, and every cell of the same text as written shares one facts object.
import { describe, expect, it } from "vitest";
import {
  FUNDS_HEADER_WORDS,
  GOALS_HEADER_WORDS,
  INDICATOR_HEADER_WORDS,
  MANAGEMENT_HEADER_WORDS,
  ROW_LABEL_WORDS,
  hasExactWording,
  headerKey,
  labelKey,
  lookup,
} from "../../grammars/vocabulary/index.js";
import { CellFacts, EMPTY_FACTS, factsOfRaw, fundsHeaderOf, fundsItemOf } from "../../src/lines/cell-facts.js";
import type { Cell } from "../../src/lines/model.js";
import { normalizeText } from "../../src/lines/normalize-text.js";
import { canonicalLevel1, canonicalLevel2 } from "../../src/lines/read-level.js";
import { parseAmount } from "../../src/lines/parse-amount.js";
import { readLines } from "../../src/lines/read-lines.js";

/** The cells of one table line, as the line reader gives them. */
function cellsRead(text: string): readonly Cell[] {
  const [line] = readLines(text);
  if (line?.kind !== "table") throw new Error(`not a table line: ${JSON.stringify(text)}`);
  return line.row.cells;
}

const TEXTS = ["", "实际完成情况", "预算数", "执行数", "分值", "12,705.06", "100.57万元", "≥95%", "—", "产出指标 50 分", "满意度", "数量指标", "其中：财政拨款", "全年预算数（A）", "项目名称", "年度资金总额（万元）：", ".....", "完成", "LPR + 150BP"];

describe("cell facts", () => {
  it.each(TEXTS)("answers for 「%s」 as the functions they stand for", (text) => {
    const facts = new CellFacts(text);
    expect(facts.text).toBe(text);
    expect(facts.amount).toEqual(parseAmount(text));
    expect(facts.level1).toBe(canonicalLevel1(text));
    expect(facts.level2).toBe(canonicalLevel2(text));
    expect(facts.isLevelWord).toBe(canonicalLevel1(text) !== undefined || canonicalLevel2(text) !== undefined);
    expect(facts.key).toBe(labelKey(text));
    // What the old trait bits said, one fact each: the row label and each section's header word.
    expect(facts.rowLabel).toBe(lookup(ROW_LABEL_WORDS, labelKey(text)));
    expect(facts.indicatorHeader).toBe(lookup(INDICATOR_HEADER_WORDS, headerKey(text)));
    expect(facts.goalsHeader).toBe(lookup(GOALS_HEADER_WORDS, headerKey(text)));
    expect(facts.managementHeader).toBe(lookup(MANAGEMENT_HEADER_WORDS, headerKey(text)));
    expect(facts.fundsItem).toBe(fundsItemOf(text));
    expect(facts.fundsHeader).toBe(fundsHeaderOf(text));
    expect(facts.filler).toBe(!/[\p{L}\p{N}]/u.test(text));
    expect(facts.wordy).toBe(/[A-Za-z\u4e00-\u9fff]/.test(text));
    const exact = [FUNDS_HEADER_WORDS, INDICATOR_HEADER_WORDS, GOALS_HEADER_WORDS, MANAGEMENT_HEADER_WORDS].map((t) => hasExactWording(t, headerKey(text)));
    expect(facts.exactHeaders).toBe((exact[0] ? 1 : 0) | (exact[1] ? 2 : 0) | (exact[2] ? 4 : 0) | (exact[3] ? 8 : 0));
    // The classifier's shortcut: a cell it may pass over names none of what it tallies.
    const names = [facts.rowLabel, facts.fundsItem, facts.fundsHeader, facts.indicatorHeader, facts.goalsHeader, facts.managementHeader, facts.level1];
    expect(facts.vocabularyWord).toBe(names.some((n) => n !== undefined));
  });

  it("tells words of the vocabulary from values and names", () => {
    for (const word of ["项目名称", "年度资金总额（万元）：", "全年预算数（A）", "其中：财政拨款", "产出指标", "绩效指标"]) expect(new CellFacts(word).vocabularyWord).toBe(true);
    for (const value of ["", "12,705.06", "≥95%", "校舍维修", "完成", "....."]) expect(new CellFacts(value).vocabularyWord).toBe(false);
  });

  it.each(TEXTS.filter((t) => t !== ""))("gives a cell read as 「%s」 the facts of its normalised text", (text) => {
    const [cell] = cellsRead(`${text}\t`);
    expect(cell?.facts).toBeInstanceOf(CellFacts);
    expect(cell?.facts).toEqual(new CellFacts(normalizeText(text)));
  });

  it("reads filler and words as the indicator fields need them", () => {
    expect(new CellFacts(".....").filler).toBe(true);
    expect(new CellFacts("≥95%").filler).toBe(false);
    expect(new CellFacts("≥95%").wordy).toBe(false);
    expect(new CellFacts("完成").wordy).toBe(true);
  });

  it("gives every cell facts when its line is read, one shared object per text as written", () => {
    const [a, empty, b] = cellsRead("全年预算数\t\t全年预算数");
    expect(a?.facts).toBeInstanceOf(CellFacts);
    expect(b?.facts).toBe(a?.facts);
    expect(factsOfRaw("全年预算数")).toBe(a?.facts);
    expect(a?.facts.amount).toEqual({ kind: "text" });
    expect(b?.facts.key).toBe("全年预算数");
    expect(b?.facts.fundsHeader).toBe("annualBudget");
    expect(empty?.facts).toBe(EMPTY_FACTS);
    expect(EMPTY_FACTS).toEqual(new CellFacts(""));
  });

  it("gives a cell built outside the line reader (tests) its facts through factsOfRaw", () => {
    const built: Cell = { col: 0, line: 1, raw: "8.89", text: "8.89", mark: 0, facts: factsOfRaw("8.89") };
    expect(built.facts.amount).toEqual({ kind: "number", value: 8.89 });
    expect(factsOfRaw(" 8.89 ").text).toBe("8.89");
  });
});
