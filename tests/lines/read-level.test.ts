// canonicalLevel1/2 (SPEC vocabulary): a written 一级/二级指标 cell → its canonical label, the weight
// written inside a label dropped.
import { describe, expect, it } from "vitest";
import {
  canonicalLevel1,
  canonicalLevel2,
  impliedLevel1,
  levelKey,
  weightInLabel,
} from "../../src/lines/read-level.js";
import { normalizeText } from "../../src/lines/normalize-text.js";

interface Case {
  readonly source: string;
  /** The cell as written; it is normalised (`normalizeText`) as readLines would. */
  readonly raw: string;
  readonly level1: string | undefined;
  readonly level2: string | undefined;
  readonly weight: number | undefined;
}

const cases: Case[] = [
  // 001 line 17: `¦产出指标 50分¦数量指标¦指标 1: 发放人数，按人数发放率¦…`
  { source: "001 line 17", raw: "产出指标 50分", level1: "产出指标", level2: undefined, weight: 50 },
  // 004 line 19: `¦产出指标 50 分¦数量指标¦失业动态监测企业数¦40 家¦…`
  { source: "004 line 19", raw: "产出指标 50 分", level1: "产出指标", level2: undefined, weight: 50 },
  // 004 line 30: `¦效益指标 30 分¦经济效益 指标¦完善就业失业监测统¦…`
  { source: "004 line 30", raw: "效益指标 30 分", level1: "效益指标", level2: undefined, weight: 30 },
  { source: "004 line 30", raw: "经济效益 指标", level1: undefined, level2: "经济效益指标", weight: undefined },
  // 004 line 42: `满意度 指标 10 分¦服务对象 满意度指 标¦企业退休人员满意率¦…`
  { source: "004 line 42", raw: "满意度 指标 10 分", level1: "满意度指标", level2: undefined, weight: 10 },
  { source: "004 line 42", raw: "服务对象 满意度指 标", level1: undefined, level2: "服务对象满意度指标", weight: undefined },
  // 004 line 39: `可持续影 响指标¦¦工作连续的持久度¦…`
  { source: "004 line 39", raw: "可持续影 响指标", level1: undefined, level2: "可持续影响指标", weight: undefined },
  // 001 line 21–23: `¦效益指标 40分¦经济效益¦…`, `¦¦社会效益¦…`, `¦¦生态效益¦…`
  { source: "001 line 21", raw: "经济效益", level1: undefined, level2: "经济效益指标", weight: undefined },
  { source: "001 line 22", raw: "社会效益", level1: undefined, level2: "社会效益指标", weight: undefined },
  { source: "001 line 23", raw: "生态效益", level1: undefined, level2: "生态效益指标", weight: undefined },
  // 001 line 362: `¦¦生态指标¦促进社会发展¦…`
  { source: "001 line 362", raw: "生态指标", level1: undefined, level2: "生态效益指标", weight: undefined },
  // 001 line 25: `¦满意度¦服务对象满意度指标¦: 服务对象满意度¦…` (`满意度` as level1)
  { source: "001 line 25", raw: "满意度", level1: "满意度指标", level2: undefined, weight: undefined },
  { source: "001 line 25", raw: "服务对象满意度指标", level1: undefined, level2: "服务对象满意度指标", weight: undefined },
  // 001 line 101: `¦满意度¦服务对象满意度¦服务对象满意度¦…` (`服务对象满意度` in the level2 place)
  { source: "001 line 101", raw: "服务对象满意度", level1: undefined, level2: "服务对象满意度指标", weight: undefined },
  // 001 line 364: `¦满意度指标 10分¦服务对象满意度指标¦…`
  { source: "001 line 364", raw: "满意度指标 10分", level1: "满意度指标", level2: undefined, weight: 10 },
  // 003 line 824–826: `成本指标¦经济成本指标¦…`, `¦社会成本指标¦`, `¦生态环境成本指标¦`
  { source: "003 line 824", raw: "成本指标", level1: "成本指标", level2: "成本指标", weight: undefined },
  { source: "003 line 824", raw: "经济成本指标", level1: undefined, level2: "经济成本指标", weight: undefined },
  { source: "003 line 825", raw: "社会成本指标", level1: undefined, level2: "社会成本指标", weight: undefined },
  { source: "003 line 826", raw: "生态环境成本指标", level1: undefined, level2: "生态环境成本指标", weight: undefined },
  // 003 line 1210: `生态效益指标¦¦¦…` (a level2 word written in the first column)
  { source: "003 line 1210", raw: "生态效益指标", level1: undefined, level2: "生态效益指标", weight: undefined },
  // 001 line 18–19: `¦¦质量指标¦…`, `¦¦时效指标¦…`
  { source: "001 line 18", raw: "质量指标", level1: undefined, level2: "质量指标", weight: undefined },
  { source: "001 line 19", raw: "时效指标", level1: undefined, level2: "时效指标", weight: undefined },
  // 001 line 116: `¦产出 指标 50分¦数量指标¦指标 1：工作能够完成¦…`; line 120: `¦效益 指标 40分¦经济效益¦…`
  { source: "001 line 116", raw: "产出 指标 50分", level1: "产出指标", level2: undefined, weight: 50 },
  { source: "001 line 120", raw: "效益 指标 40分", level1: "效益指标", level2: undefined, weight: 40 },
  // 001 line 417: `¦满意度 指标10分¦服务对象满意度指标¦…`; line 445: `¦满意度 10分¦服务对象满意度指标¦…`
  { source: "001 line 417", raw: "满意度 指标10分", level1: "满意度指标", level2: undefined, weight: 10 },
  { source: "001 line 445", raw: "满意度 10分", level1: "满意度指标", level2: undefined, weight: 10 },
  // a weight in brackets is not part of the label either
  { source: "bracketed weight", raw: "产出指标（50分）", level1: "产出指标", level2: undefined, weight: 50 },
  // real 02 line 32: `服务对象满意度指标等` (a level written with a trailing 等)
  { source: "real 02 line 32", raw: "服务对象满意度指标等", level1: undefined, level2: "服务对象满意度指标", weight: undefined },
  { source: "a level1 with 等", raw: "满意度指标等", level1: "满意度指标", level2: undefined, weight: undefined },
  { source: "等 alone", raw: "等", level1: undefined, level2: undefined, weight: undefined },
  // words that are no level: the section label, a header word, an indicator name
  { source: "001 line 16", raw: "绩效指标", level1: undefined, level2: undefined, weight: undefined },
  { source: "001 line 16", raw: "一级指标", level1: undefined, level2: undefined, weight: undefined },
  { source: "004 line 19", raw: "失业动态监测企业数", level1: undefined, level2: undefined, weight: undefined },
];

describe("canonicalLevel1 / canonicalLevel2", () => {
  it.each(cases)("maps 「$raw」 to level1 $level1, level2 $level2 ($source)", ({ raw, level1, level2 }) => {
    const text = normalizeText(raw);
    expect(canonicalLevel1(text)).toBe(level1);
    expect(canonicalLevel2(text)).toBe(level2);
  });

  it.each(cases)("reads the weight inside 「$raw」 as $weight ($source)", ({ raw, weight }) => {
    expect(weightInLabel(normalizeText(raw))).toBe(weight);
  });

  it.each([
    ["产出指标50分", "产出指标"],
    ["满意度指标10分", "满意度指标"],
    ["产出指标（50分）", "产出指标"],
    ["产出指标12.5分", "产出指标"],
    ["年度资金总额（万元）：", "年度资金总额"],
  ])("keys 「%s」 as 「%s」 without its weight", (text, key) => {
    expect(levelKey(text)).toBe(key);
  });
});

describe("impliedLevel1", () => {
  it.each([
    ["数量指标", "产出指标"],
    ["质量指标", "产出指标"],
    ["时效指标", "产出指标"],
    ["成本指标", "产出指标"],
    ["经济效益指标", "效益指标"],
    ["社会效益指标", "效益指标"],
    ["生态效益指标", "效益指标"],
    ["可持续影响指标", "效益指标"],
    ["服务对象满意度指标", "满意度指标"],
    ["经济成本指标", "成本指标"],
    ["社会成本指标", "成本指标"],
    ["生态环境成本指标", "成本指标"],
  ])("gives 一级指标 of 「%s」 as %s (SPEC vocabulary)", (level2, level1) => {
    expect(impliedLevel1(level2)).toBe(level1);
  });

  it("implies nothing for a level1 word or a variant not yet made canonical", () => {
    expect(impliedLevel1("产出指标")).toBeUndefined();
    expect(impliedLevel1("经济效益")).toBeUndefined();
  });
});
