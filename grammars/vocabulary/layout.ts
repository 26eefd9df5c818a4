/**
 * Text that lost its TABs (a PDF, docx or xlsx flattened): the labels a glued line is cut at
 * (`项目名称:乡村学校少年宫运行补助`, `产出指标数量指标受益学生人数≥800人856人3030`), drawn from the
 * sections' own tables.
 */
import { FUNDS_HEADER_WORDS, FUNDS_ITEM_LABEL, FUNDS_ITEM_WORDS, FUNDS_SECTION_LABEL, SUB_ITEM_MARK } from "./funds.js";
import { GOALS_HEADER_LABEL, GOALS_SECTION_LABEL } from "./goals.js";
import { IDENTITY_LABEL } from "./identity.js";
import { INDICATOR_HEADER_LABEL, INDICATOR_HEADER_WORDS, LEVEL1, LEVEL2, TOTAL_LABEL } from "./indicators.js";
import { wordingText, type WordTable } from "./wording.js";

/** Headings that are not labels of a section: the section word of the indicator header, cut by a wrap. */
const NOT_ANCHORS: ReadonlySet<string> = new Set(["绩效", "绩效指"]);

const plain = (table: WordTable<unknown>): string[] => table.map(([w]) => wordingText(w));

/** Every anchor word, longest first, so `全年预算数` is cut before `预算数`. */
export const FLATTENED_ANCHORS: readonly string[] = [
  ...new Set([
    ...Object.values(IDENTITY_LABEL),
    FUNDS_SECTION_LABEL,
    SUB_ITEM_MARK,
    ...plain(FUNDS_HEADER_WORDS),
    ...Object.values(FUNDS_ITEM_LABEL),
    ...plain(FUNDS_ITEM_WORDS),
    GOALS_SECTION_LABEL,
    ...Object.values(GOALS_HEADER_LABEL),
    ...plain(INDICATOR_HEADER_WORDS),
    ...Object.values(INDICATOR_HEADER_LABEL),
    ...LEVEL1,
    ...Object.keys(LEVEL2),
    TOTAL_LABEL,
  ]),
]
  .filter((w) => !NOT_ANCHORS.has(w) && w.length >= 2)
  .sort((a, b) => b.length - a.length);

/** Comparison signs a target value starts with: `≥800人`, `>=90%`, `=100%`. */
export const TARGET_SIGNS = "≥≤＞＜><=＝≧≦";

/**
 * The ending of a level cell the vocabulary does not name, in a glued indicator row with no label
 * to cut at (07: `项目年度绩效目标(定量指标)制度指标规章制度建立与否20` → `项目年度绩效目标(定量指标)` ¦ `制度指标`
 * ¦ …): 一级 and 二级 cells end in this word, or in it and a closing bracket.
 */
export const LEVEL_CELL_ENDING = "指标";

/**
 * 指标说明 as a target table writes it between an indicator's name and its target, glued to both
 * (07: `享受资助人数达到预计值2100`, `规章制度建立与否`): a phrase starting with one of these words
 * and running to the target (or to its `值`, when a target without digits follows: `达到目标值明显改善`),
 * or two characters and `与否`.
 */
export const EXPLANATION_LEADS: readonly string[] = ["达到", "是否"];
export const EXPLANATION_VALUE_END = "值";
export const EXPLANATION_YES_NO = "与否";
