// How a vocabulary table names things: matchesWording compares a cell's key with one wording
// (whole, prefix, suffix, contains, lead), lookup gives the meaning of the first that matches.
import { describe, expect, it } from "vitest";
import { FUNDS_ITEM_WORDS, RESULT_HEADER_WORDS, hasExactWording, lookup, matchesWording, wordingText, type Wording, type WordTable } from "../../../grammars/vocabulary/index.js";

describe("matchesWording", () => {
  it.each<{ key: string; wording: Wording; matches: boolean; source: string }>([
    { source: "002 line 29 序号", key: "序号", wording: "序号", matches: true },
    { source: "序号 against 序", key: "序号", wording: "序", matches: false },
    { source: "000 line 11 预算数（调整后）", key: "预算数(调整后)", wording: { prefix: "预算数" }, matches: true },
    { source: "a prefix not at the start", key: "调整后预算数", wording: { prefix: "预算数" }, matches: false },
    { source: "000 line 11 项目实施单位", key: "项目实施单位", wording: { suffix: "实施单位" }, matches: true },
    { source: "a suffix not at the end", key: "实施单位名称", wording: { suffix: "实施单位" }, matches: false },
    { source: "000 line 11 执行数（至2025年底）", key: "执行数(至2025年底)", wording: { contains: "2025" }, matches: true },
    { source: "004 line 15 其他资金", key: "其他资金", wording: { lead: "其他资金" }, matches: true },
    { source: "其他资金1, one character more", key: "其他资金1", wording: { lead: "其他资金" }, matches: true },
    { source: "单位资金(万元), two more", key: "其他资金12", wording: { lead: "其他资金" }, matches: true },
    { source: "three characters more", key: "其他资金123", wording: { lead: "其他资金" }, matches: false },
  ])("tells whether $source matches: $matches", ({ key, wording, matches }) => {
    expect(matchesWording(key, wording)).toBe(matches);
  });
});

describe("lookup", () => {
  const table: WordTable<string> = [
    [{ lead: "年度资金总额" }, "total"],
    [{ contains: "资金" }, "some funds"],
  ];
  it.each([
    { source: "004 line 12 年度资金总额", key: "年度资金总额", meaning: "total" },
    { source: "004 line 14 上年结转资金", key: "上年结转资金", meaning: "some funds" },
    { source: "004 line 16's label", key: "年度总体目标", meaning: undefined },
  ])("gives the meaning of the first wording that matches ($source): $meaning", ({ key, meaning }) => {
    expect(lookup(table, key)).toBe(meaning);
  });

  it.each([
    { key: "年度资金总额", item: "total" },
    { key: "当年财政拨款", item: "appropriation" },
    { key: "上年结转资金", item: "carryover" },
    { key: "其他资金", item: "other" },
  ])("reads 004's funds item $key as $item through the vocabulary's table", ({ key, item }) => {
    expect(lookup(FUNDS_ITEM_WORDS, key)).toBe(item);
  });

  it("reads 002 line 29's result-list header words as their fields", () => {
    const header = ["序号", "主管部门(单位)", "项目名称", "预算金额(调整后)", "自评得分", "自评等级"];
    expect(header.map((k) => lookup(RESULT_HEADER_WORDS, k))).toEqual(["seq", "department", "name", "budget", "score", "grade"]);
  });
});

describe("hasExactWording and wordingText", () => {
  it("holds a key as a whole wording only where the table writes it as a plain string", () => {
    const table: WordTable<number> = [["序号", 1], [{ prefix: "预算数" }, 2]];
    expect(hasExactWording(table, "序号")).toBe(true);
    expect(hasExactWording(table, "预算数")).toBe(false);
  });

  it.each<{ wording: Wording; text: string }>([
    { wording: "序号", text: "序号" },
    { wording: { prefix: "预算数" }, text: "预算数" },
    { wording: { suffix: "实施单位" }, text: "实施单位" },
    { wording: { contains: "资金" }, text: "资金" },
    { wording: { lead: "其他资金" }, text: "其他资金" },
  ])("gives the text of a wording: $text", ({ wording, text }) => {
    expect(wordingText(wording)).toBe(text);
  });
});
