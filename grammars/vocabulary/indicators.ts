/**
 * The 绩效指标 section: its header (`绩效 指标¦一级指标¦二级指标¦三级指标¦年度 指标值¦实际 完成值¦分值¦得分¦…`),
 * the SPEC's level vocabulary (一级指标 and the 二级指标 that imply them) and the 总分 row.
 */
import { SEQ_WORDS } from "./lists.js";
import type { WordTable } from "./wording.js";

export const INDICATORS_SECTION_LABEL = "绩效指标";

export const INDICATOR_FIELDS = [
  "seq",
  "level1",
  "level2",
  "name",
  "nature",
  "target",
  "unit",
  "actual",
  "weight",
  "explanation",
  "criteria",
  "score",
  "deviation",
  "remark",
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** The label of each indicator column as the seeds print it (render writes these). */
export const INDICATOR_HEADER_LABEL: Readonly<Record<IndicatorField, string>> = {
  seq: "序号",
  explanation: "指标解释",
  criteria: "评分标准",
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  nature: "指标性质",
  target: "年度指标值",
  unit: "度量单位",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  deviation: "偏差度",
  remark: "偏差原因分析及改进措施",
};

/**
 * Score column headings that some forms write as the 总分 row's label (`自评得分¦¦¦100¦¦¦99`): the
 * 总分 row when nothing but numbers follows them. Alone in a header they head the score column,
 * so they are not TOTAL_WORDS.
 */
export const SCORE_ROW_WORDS: readonly string[] = ["得分", "自评得分", "评价得分", "自评分", "考核得分", "绩效得分", "绩效自评得分", "综合评价得分", "自评分数"];
/** The indicator header's column wordings, by header key. `null`: the section label, whole or cut by a wrap. */
export const INDICATOR_HEADER_WORDS: WordTable<IndicatorField | null> = [
  ["绩效", null],
  ["绩效指", null],
  [INDICATORS_SECTION_LABEL, null],
  // The department-wide template's label: `年度绩效指标¦一级指标¦…`.
  ["年度绩效指标", null],
  // A scoring rubric's columns (a department-wide form): its row number, explanation and criteria.
  ...SEQ_WORDS.map((w) => [w, "seq"] as const),
  ["指标解释", "explanation"],
  ["指标说明", "explanation"],
  ["评分标准", "criteria"],
  ["评分细则", "criteria"],
  ["指标说明及评分标准", "criteria"],
  [{ suffix: "评分标准" }, "criteria"],
  [{ prefix: "扣分原因" }, "remark"],
  ["一级指标", "level1"],
  ["二级指标", "level2"],
  // Not 一级 / 二级 / 三级 alone: a header wrapped over lines (`一级` / `指标`) is joined by them.
  ["具体指标", "name"],
  // A target table's 评价指标 / 评价内容 / 指标名称 / 指标说明 / 目标值 / 分值 / 备注 (real/07).
  ["评价指标", "level1"],
  ["评价内容", "level2"],
  // The seeds' headings first, then wordings other templates use for the same columns.
  ["三级指标", "name"],
  ["指标名称", "name"],
  ["指标内容", "name"],
  ["三级指标名称", "name"],
  ["指标性质", "nature"],
  ["度量单位", "unit"],
  ["计量单位", "unit"],
  // `项目完成指标值` names what was done, though it ends like a target's `…指标值`.
  [{ suffix: "完成指标值" }, "actual"],
  [{ suffix: "指标值" }, "target"],
  ["年度指标值", "target"],
  [{ suffix: "目标值" }, "target"],
  ["计划值", "target"],
  [{ prefix: "实际完成" }, "actual"],
  // `年度完成值`, `全年实际值`, `年度实际值`.
  [{ suffix: "实际值" }, "actual"],
  [{ suffix: "完成值" }, "actual"],
  // 完成情况 heads the goals' 实际完成情况 too: a row naming it is neither part's by it alone.
  ["完成情况", "actual"],
  ["分值", "weight"],
  ["权重", "weight"],
  ["指标分值", "weight"],
  ["指标权重", "weight"],
  // 得分 / 自评得分 / 评价得分 / 考核得分 …: the headings a form may also write as its 总分 row's label.
  ...SCORE_ROW_WORDS.map((w) => [w, "score"] as const),
  ["实际得分", "score"],
  ["评分", "score"],
  ["分数", "score"],
  ["满分", "weight"],
  ["标准分", "weight"],
  [{ prefix: "偏差原因" }, "remark"],
  [{ prefix: "未完成原因" }, "remark"],
  [{ contains: "改进措施" }, "remark"],
  ["备注", "remark"],
  [{ prefix: "原因分析" }, "remark"],
  [{ prefix: "偏差度" }, "deviation"],
  [{ prefix: "偏差率" }, "deviation"],
];

/** A scoring rubric's level cell: its own words and its weight in brackets (`决策（15）`, `预算配置(7分)`). */
export const RUBRIC_LEVEL = /[（(]\d+(?:\.\d+)?分?[)）]$/;

/** Canonical 一级指标. */
export const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;
export type Level1 = (typeof LEVEL1)[number];

/** The 一级指标 of an indicator when neither its row nor any before it names one. */
export const LEVEL1_FALLBACK: Level1 = "产出指标";

/** Canonical 二级指标 → the 一级指标 it implies (SPEC vocabulary). */
export const LEVEL2 = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
} as const satisfies Record<string, Level1>;
export type Level2 = keyof typeof LEVEL2;

/** Known variants of level words (by label key, any weight removed) → canonical form. */
export const LEVEL2_VARIANTS: Readonly<Record<string, Level2>> = {
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  生态指标: "生态效益指标",
  可持续影响: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  数量: "数量指标",
  质量: "质量指标",
  时效: "时效指标",
  // `成本` under 二级指标, beside 数量 / 质量 / 时效 (as a 一级指标 it is 成本指标 too: the column decides).
  成本: "成本指标",
  经济成本: "经济成本指标",
  社会成本: "社会成本指标",
  生态环境成本: "生态环境成本指标",
  // `产出数量` under 二级指标: the 一级 word written before the 二级 one.
  产出数量: "数量指标",
  产出质量: "质量指标",
  产出时效: "时效指标",
  产出成本: "成本指标",
};
/** Words a level label may end with that are not part of it: `服务对象满意度指标等`. */
export const LEVEL_TRAILING_WORDS: readonly string[] = ["等"];

export const LEVEL1_VARIANTS: Readonly<Record<string, Level1>> = {
  满意度: "满意度指标",
  产出: "产出指标",
  效益: "效益指标",
  成本: "成本指标",
};

/**
 * The slot label a template leaves before an indicator name: `指标 1:`, `指标二、`. The numerals
 * it may carry; the label itself is matched in forms/rules/strip-indicator-label.ts.
 */
export const SLOT_WORD = "指标";
export const SLOT_NUMERALS = "0-9０-９一二三四五六七八九十";

/** The 总分 row: `总分¦¦¦¦¦100¦93.9`. */
export const TOTAL_LABEL = "总分";

/** Other wordings of the 总分 row: the Sichuan template's 合计, a department's 自评总分. */
export const TOTAL_WORDS: readonly string[] = [TOTAL_LABEL, "合计", "总计", "自评总分", "总得分", "综合得分", "综合评分", "得分合计", "自评得分合计", "合计得分"];

const SCORE_ROW_KEYS: ReadonlySet<string> = new Set(SCORE_ROW_WORDS);

/** Whether a label key is one of SCORE_ROW_WORDS. */
export function isScoreRowWord(key: string): boolean {
  return SCORE_ROW_KEYS.has(key);
}

/**
 * 指标性质 as forms write it before a target value (`≥` `735` `人次`): comparison signs in their
 * ASCII, full-width and look-alike forms — a reader writes these before the value (`≥735人次`) —
 * and the kinds 定性 / 定量, which are not part of the target.
 */
export const NATURE_SIGNS: readonly string[] = ["≥", "≤", "=", ">", "<", "≧", "≦", "═", "＝", "＞", "＜", ">=", "<=", "≥=", "<>"];
export const NATURE_KINDS: readonly string[] = ["定性", "定量"];
