/**
 * Units and placeholders the forms write: amounts in 元, 万元 or 亿元, scores in 分, rates in %,
 * and the dashes a form prints for "not applicable".
 */

/** Each amount unit, with how many 元 it holds. */
export const AMOUNT_UNITS = { 万元: 10_000, 亿元: 100_000_000, 元: 1 } as const;
export type AmountUnitName = keyof typeof AMOUNT_UNITS;

/** The unit of amounts where a form states none (SPEC "funds.unit"). */
export const DEFAULT_AMOUNT_UNIT: AmountUnitName = "万元";

/** `10分`: points, the unit of weights and scores. */
export const POINTS = "分";
export const PERCENT = "%";

/** Every unit a number may carry, longest first where one ends another (`万元` before `元`). */
export const NUMBER_UNITS = ["万元", "亿元", "元", POINTS, PERCENT] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

/**
 * The measure words an indicator's value is counted in (`660人`, `5台`, `2200元/人/月`, `40家`): a
 * PDF's text may write one apart from its number (`2200 元/人/月`), and it is joined back
 * (lines/flattened/join-cell-tokens.ts). A unit is one of them, or several joined by `/`.
 */
export const MEASURE_WORDS: readonly string[] = [
  "万元", "亿元", "元", "人次", "人", "户", "家", "个", "次", "起", "笔", "名", "所", "台", "条", "本", "册",
  "份", "件", "项", "场", "期", "批", "篇", "套", "辆", "座", "间", "吨", "亩", "公里", "平方米", "小时",
  "天", "日", "月", "年", "%",
];

/** The placeholders forms print for "not applicable". */
export const DASHES: ReadonlySet<string> = new Set(["—", "-", "--", "——", "－", "/", "／", "–"]);

/** The word a year line or title carries: `（2024 年度）`, `2023年度…自评表`. */
export const YEAR_WORD = "年度";
/** A year's mark without 度: `南漳县招商服务中心2019年部门决算`, `评价年度：2023年`. */
export const YEAR_MARK = "年";
