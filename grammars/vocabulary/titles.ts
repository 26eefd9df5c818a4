import { labelKey } from "./label-key.js";

/** Form titles end with one of these: `…项目支出绩效自评表`, `项目单位自评表`. */
export const FORM_TITLE = {
  expenditure: "项目支出绩效自评表",
  unit: "项目单位自评表",
  /** The ending every self-evaluation form's title shares (`项目绩效自评表`, `部门整体支出绩效自评表`). */
  generic: "自评表",
} as const;

/**
 * Title endings of other performance forms: target tables, evaluation tables, result publications
 * (a `…绩效自评报告` may be a whole department's report, so it names no project: not in TITLE_FORM_WORDS).
 */
export const FORM_TITLE_ENDINGS: readonly string[] = [FORM_TITLE.generic, "绩效目标表", "绩效评价表", "评价指标表", "绩效指标表", "自评结果", "评价结果表", "目标申报表", "自评报告表", "评分表", "绩效自评报告"];

/**
 * What a title says after the project's name, longest first: a form with no 项目名称 row is named
 * by its title less this (`2021年度本专科生奖助学金项目自评结果` → `2021年度本专科生奖助学金项目`).
 */
export const TITLE_FORM_WORDS: readonly string[] = [
  "项目支出绩效自评表",
  "支出绩效自评表",
  "绩效自评表",
  "绩效评价指标表",
  // A project's scoring rubric: `…项目绩效评价指标体系及评分表`.
  "绩效评价指标体系及评分表",
  "绩效评价指标评分表",
  "绩效评价评分表",
  "绩效目标申报表",
  "绩效目标表",
  "绩效评价表",
  "绩效自评结果",
  "自评结果",
  "自评表",
];

/** The longest text line read as a title (longer ones are prose that happens to end so). */
export const TITLE_MAX_LENGTH = 80;

/** The last character of each title ending (`表果告`). */
const TITLE_LAST_CHARACTERS = [...new Set(FORM_TITLE_ENDINGS.map((ending) => ending[ending.length - 1]))].join("");

/** Whether a text ends with a character a title ending ends with: most lines do not, settled without a key. */
export function mayEndTitle(text: string): boolean {
  return text.length > 0 && TITLE_LAST_CHARACTERS.includes(text[text.length - 1] as string);
}

/** Whether a text line is a form's title (`…项目支出绩效自评表`, `…评分表`): the row classifier's FormTitle. */
export function isFormTitle(text: string): boolean {
  // Prose lines are long, and a title ends as a title does: most lines need no key.
  if (text.length > 2 * TITLE_MAX_LENGTH || !mayEndTitle(text)) return false;
  const key = labelKey(text);
  return key.length <= TITLE_MAX_LENGTH && FORM_TITLE_ENDINGS.some((ending) => key.endsWith(ending));
}

/** What a table's title line ends with: `…绩效自评结果公开汇总表`. */
export const TABLE_TITLE_SUFFIX = "表";

/** A title's lead that is only its year (`2023年度`, `（2023年）`): it names no project. */
export const TITLE_YEAR_ONLY = /^[（(]?\d{4}\s*年度?[)）]?$/;
