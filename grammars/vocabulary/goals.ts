/** 年度总体目标: `年度 总体 目标¦预期目标¦¦¦¦实际完成情况`. */
import type { WordTable } from "./wording.js";

export const GOALS_SECTION_LABEL = "年度总体目标";
/** Its other wordings. */
export const GOALS_SECTION_WORDS: readonly string[] = [GOALS_SECTION_LABEL, "年度目标", "总体目标", "年度绩效目标", "项目年度目标", "年度总目标", "绩效目标"];

export const GOALS_FIELDS = ["expected", "actual"] as const;
export type GoalsField = (typeof GOALS_FIELDS)[number];

export const GOALS_HEADER_LABEL: Readonly<Record<GoalsField, string>> = {
  expected: "预期目标",
  actual: "实际完成情况",
};

/** `null`: the section's own label, standing in the header. */
export const GOALS_HEADER_WORDS: WordTable<GoalsField | null> = [
  ...GOALS_SECTION_WORDS.map((w) => [w, null] as const),
  ["预期目标", "expected"],
  ["实际完成情况", "actual"],
  ["完成情况", "actual"],
  [{ prefix: "实际完成" }, "actual"],
  // 年初设定目标 / 年度预期目标 over 全年实际完成情况 (other provinces' headings).
  [{ suffix: "预期目标" }, "expected"],
  [{ suffix: "设定目标" }, "expected"],
  // 计划目标 / 年度计划目标 over 完成情况.
  [{ suffix: "计划目标" }, "expected"],
  [{ suffix: "实际完成情况" }, "actual"],
  // 年度绩效目标¦… over 年度目标完成情况¦…: a label standing before its text.
  [{ suffix: "目标完成情况" }, "actual"],
];
