/**
 * Figures a result publication states in sentences rather than in a form's rows (real/05 line 7:
 * `…项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%`; line 4: `综合评价得分为 99.8分`):
 * the words that say which figure a number is. A number counts only with its unit (万元 / 元, %, 分)
 * and with one of these words right before it, at most a linking word between (`为`, `是`, `达`).
 */

/** The score of the whole evaluation (its 总分's 得分). */
export const PROSE_SCORE_WORDS: readonly string[] = ["评价得分", "自评得分", "综合得分", "总得分", "自评总分", "绩效得分", "考核得分"];

/** The execution rate. */
export const PROSE_RATE_WORDS: readonly string[] = ["执行率", "支出率"];

/** The amount spent (tried before the budget's words: `预算执行数` is spent). */
export const PROSE_EXECUTED_WORDS: readonly string[] = ["支出", "支出资金", "执行数", "执行金额", "执行资金", "使用资金", "实际使用"];

/** The budget. */
export const PROSE_BUDGET_WORDS: readonly string[] = ["预算", "预算资金", "资金总额", "下达资金", "安排资金"];

/** Words that may stand between a figure's word and its number: `得分为 99.8分`, `支出达304万元`. */
export const PROSE_LINK_WORDS: readonly string[] = ["为", "是", "达", "达到", "共", "共计", "合计", ":", "：", " "];

/** Marks that end a clause: a figure's words are looked for within its clause. */
export const PROSE_CLAUSE_MARKS = "，,。；;！？";

/** A year leading a clause (`2021年本专科生…`), not part of the figure's label. */
export const PROSE_YEAR_ENDINGS: readonly string[] = ["年度", "年"];
