// normalizeText (SPEC "Text"): trim, drop white space next to a CJK character, collapse the rest.
import { describe, expect, it } from "vitest";
import { isCjk, normalizeText, trimWhere } from "../../src/lines/normalize-text.js";

interface Case {
  readonly source: string;
  readonly raw: string;
  readonly text: string;
}

const wrapSpaces: Case[] = [
  // 004 line 18: `绩效 指标¦…¦年度 指标值¦实际 完成值¦…¦偏差原因分析 及改进措施¦`
  { source: "004 line 18", raw: "年度 指标值", text: "年度指标值" },
  { source: "004 line 18", raw: "偏差原因分析 及改进措施", text: "偏差原因分析及改进措施" },
  // 004 line 16: `年度 总体 目标¦预期目标¦…`
  { source: "004 line 16", raw: "年度 总体 目标", text: "年度总体目标" },
  // 004 line 20: `¦¦¦退休人员数量¦10148 人¦10148 人¦8¦8¦¦` (the SPEC's own example)
  { source: "004 line 20", raw: "10148 人", text: "10148人" },
  // 004 line 12: `…¦10 分¦39.25%¦3.9¦`
  { source: "004 line 12", raw: "10 分", text: "10分" },
  // 004 line 11: `项目资金 (万元)¦¦¦年初预算数…`: a half-width bracket after a CJK character
  { source: "004 line 11", raw: "项目资金 (万元)", text: "项目资金(万元)" },
  // 004 line 22: `¦¦¦发放差错率 (%)¦≤1%¦0%¦8¦8¦¦`
  { source: "004 line 22", raw: "发放差错率 (%)", text: "发放差错率(%)" },
  // 004 line 39: `可持续影 响指标¦¦工作连续的持久度…`
  { source: "004 line 39", raw: "可持续影 响指标", text: "可持续影响指标" },
  // 004 line 42: `满意度 指标 10 分¦服务对象 满意度指 标¦…`: several wraps in one cell
  { source: "004 line 42", raw: "满意度 指标 10 分", text: "满意度指标10分" },
  { source: "004 line 42", raw: "服务对象 满意度指 标", text: "服务对象满意度指标" },
  // 002 line 50: `18¦[323005]…¦追加 2022 年未支付项目 (人才中心印刷费)¦0.87¦100¦¦优`
  { source: "002 line 50", raw: "追加 2022 年未支付项目 (人才中心印刷费)", text: "追加2022年未支付项目(人才中心印刷费)" },
  // 002 line 51: `(本级) 追加 2022 年人才中心档案室搬迁改造费用`: a space after a half-width bracket before CJK
  { source: "002 line 51", raw: "(本级) 追加 2022 年人才中心档案室搬迁改造费用", text: "(本级)追加2022年人才中心档案室搬迁改造费用" },
  // 003 line 811: `…¦分值¦执行率 %¦得分¦`
  { source: "003 line 811", raw: "执行率 %", text: "执行率%" },
  // 002 line 27: `从评价情况看，项目支出评价等级为“优”项目 41 个…`: curly quotes count as CJK punctuation
  { source: "002 line 27", raw: "等级为“优”项目 41 个，“良”项目 0 个", text: "等级为“优”项目41个，“良”项目0个" },
];

const otherSpaces: Case[] = [
  // 002 line 25: `…占一般公共预算项目支出总额的 100 %；…`: `100 %` has no CJK neighbour, so it stays spaced
  { source: "002 line 25", raw: "支出总额的 100 %；", text: "支出总额的100 %；" },
  // 003 line 1003: `为辖区内…事务的指导和服... 2023年度济水…`: the space between `...` and `2023` stays
  { source: "003 line 1003", raw: "指导和服... 2023年度济水", text: "指导和服... 2023年度济水" },
  // the example in the rule's header comment: spaces between Latin words and symbols stay, the one
  // next to 过 is a wrap artefact by the SPEC's rule (the fixture itself writes 003 line 977 `不超过LPR+150BP`)
  { source: "normalize-text.ts header", raw: "不超过 LPR + 150BP", text: "不超过LPR + 150BP" },
  // a run of several ASCII spaces between non-CJK characters collapses to one
  { source: "002 line 25, doubled", raw: "100  %", text: "100 %" },
];

const trimming: Case[] = [
  // 001 line 9: `项目资金¦¦年初预算数…`, cells padded by the scraper
  { source: "001 line 9", raw: "  项目资金  ", text: "项目资金" },
  // ideographic space U+3000 and no-break space U+00A0 are white space too
  { source: "001 line 7", raw: "\u3000劳务派遣人员经费（人社局）\u00a0", text: "劳务派遣人员经费（人社局）" },
  { source: "001 line 7, NBSP inside", raw: "劳务派遣\u00a0人员经费", text: "劳务派遣人员经费" },
  { source: "empty cell", raw: "   ", text: "" },
  { source: "empty cell", raw: "", text: "" },
];

describe("normalizeText", () => {
  it.each(wrapSpaces)("removes the wrap space in 「$raw」 ($source)", ({ raw, text }) => {
    expect(normalizeText(raw)).toBe(text);
  });

  it.each(otherSpaces)("collapses but keeps white space away from CJK in 「$raw」 ($source)", ({ raw, text }) => {
    expect(normalizeText(raw)).toBe(text);
  });

  it.each(trimming)("trims 「$raw」 ($source)", ({ raw, text }) => {
    expect(normalizeText(raw)).toBe(text);
  });

  it("returns a cell without white space unchanged", () => {
    // 001 line 7: `项目名称¦¦劳务派遣人员经费（人社局）¦…`
    expect(normalizeText("劳务派遣人员经费（人社局）")).toBe("劳务派遣人员经费（人社局）");
  });

  it("is idempotent on every case above", () => {
    for (const { raw } of [...wrapSpaces, ...otherSpaces, ...trimming]) {
      const once = normalizeText(raw);
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe("isCjk", () => {
  it.each([
    ["项", true],
    ["（", true], // full-width bracket, 001 line 10 `（万元）`
    ["，", true],
    ["“", true],
    ["…", true],
    ["(", false],
    ["%", false],
    ["1", false],
    ["L", false],
  ] as const)("classifies 「%s」 as CJK: %s", (ch, expected) => {
    expect(isCjk(ch.charCodeAt(0))).toBe(expected);
  });
});

describe("trimWhere", () => {
  const colon = (ch: string): boolean => ch === ":" || ch === "：";
  const cases: Array<[string, string]> = [
    ["：项目名称：", "项目名称"],
    [":::", ""],
    ["", ""],
    ["项目:名称", "项目:名称"],
    ["：：a：b：：", "a：b"],
  ];
  for (const [text, expected] of cases) {
    it(`trims ${JSON.stringify(text)} to ${JSON.stringify(expected)}, keeping what lies between`, () => {
      expect(trimWhere(text, colon)).toBe(expected);
    });
  }

  it("takes a run of 100,000 junk characters in one pass", () => {
    const run = ":".repeat(100_000);
    expect(trimWhere(`${run}x${run}`, colon)).toBe("x");
  });
});
