/**
 * Text that lost its TABs (a PDF, docx or xlsx flattened): the labels a glued line is cut at
 * (`项目名称:乡村学校少年宫运行补助`, `产出指标数量指标受益学生人数≥800人856人3030`), drawn from the
 * sections' own tables, and the headings of target tables that only such text has shown so far.
 */
import { FUNDS_HEADER_WORDS, FUNDS_ITEM_LABEL, FUNDS_ITEM_WORDS, FUNDS_SECTION_LABEL, SUB_ITEM_MARK } from "./funds.js";
import { GOALS_HEADER_LABEL, GOALS_SECTION_LABEL } from "./goals.js";
import { IDENTITY_LABEL } from "./identity.js";
import { INDICATOR_HEADER_LABEL, INDICATOR_HEADER_WORDS, LEVEL1, LEVEL2, TOTAL_LABEL, type IndicatorField } from "./indicators.js";
import { wordingText, type WordTable } from "./wording.js";

/** Target-table headings (07: `评价指标评价内容指标名称指标说明目标值分值备注`); `null`: a column no field takes. */
export const TARGET_TABLE_HEADER_WORDS: WordTable<IndicatorField | null> = [
  ["评价指标", "level1"],
  ["评价内容", "level2"],
  ["指标说明", null],
  ["备注", "remark"],
];

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
    ...plain(TARGET_TABLE_HEADER_WORDS),
    ...LEVEL1,
    ...Object.keys(LEVEL2),
    TOTAL_LABEL,
  ]),
]
  .filter((w) => !NOT_ANCHORS.has(w) && w.length >= 2)
  .sort((a, b) => b.length - a.length);

/** Comparison signs a target value starts with: `≥800人`, `>=90%`, `=100%`. */
export const TARGET_SIGNS = "≥≤＞＜><=＝≧≦";
