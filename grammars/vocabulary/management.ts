/** 资金管理情况, the unit form's funds-management section: `资金管理情况¦¦情况说明¦¦分值¦得分¦存在问题和改进措施`. */
import type { WordTable } from "./wording.js";

export const MANAGEMENT_SECTION_LABEL = "资金管理情况";

export const MANAGEMENT_FIELDS = ["item", "description", "weight", "score", "problems"] as const;
export type ManagementField = (typeof MANAGEMENT_FIELDS)[number];

export const MANAGEMENT_HEADER_LABEL: Readonly<Record<Exclude<ManagementField, "item" | "weight" | "score">, string>> = {
  description: "情况说明",
  problems: "存在问题和改进措施",
};

export const MANAGEMENT_HEADER_WORDS: WordTable<ManagementField> = [
  [MANAGEMENT_SECTION_LABEL, "item"],
  ["情况说明", "description"],
  // Other templates' headings of the same two columns.
  ["管理内容", "item"],
  ["管理事项", "item"],
  ["评价要点", "description"],
  ["情况描述", "description"],
  ["分值", "weight"],
  ["得分", "score"],
  ["存在问题和改进措施", "problems"],
  [{ prefix: "存在问题" }, "problems"],
];
