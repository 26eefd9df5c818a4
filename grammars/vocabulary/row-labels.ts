/**
 * The labels that say which part of a form a row belongs to, wherever they stand in it: a 序号
 * column, 项目名称, 主管部门 / 实施单位, 总分 and each section's own label. Tried in order; a cell
 * names at most one.
 */
import { FUNDS_SECTION_WORDS } from "./funds.js";
import { GOALS_SECTION_WORDS } from "./goals.js";
import { IDENTITY_WORDS, OWNER_ROW_WORDS, PROJECT_NAME_WORDS } from "./identity.js";
import { EXTRA_LABEL_WORDS } from "./extra.js";
import { INDICATORS_SECTION_LABEL, TOTAL_WORDS } from "./indicators.js";
import { SEQ_WORDS } from "./lists.js";
import { MANAGEMENT_SECTION_LABEL } from "./management.js";
import type { WordTable } from "./wording.js";

export type RowLabel = "seq" | "projectName" | "identity" | "total" | "goals" | "management" | "funds" | "indicators" | "extra";

export const ROW_LABEL_WORDS: WordTable<RowLabel> = [
  ...SEQ_WORDS.map((w) => [w, "seq"] as const),
  ...PROJECT_NAME_WORDS.map((w) => [{ suffix: w }, "projectName"] as const),
  // `项目名称：农村安全饮水工程`: the label and its value in one cell (a key's colon is ASCII).
  ...PROJECT_NAME_WORDS.map((w) => [{ prefix: `${w}:` }, "projectName"] as const),
  // Every wording of 主管部门 / 实施单位 the recogniser reads opens an identity row here too.
  ...IDENTITY_WORDS.filter(([, field]) => field === "department" || field === "implementer").map(([w]) => [{ prefix: w }, "identity"] as const),
  ...OWNER_ROW_WORDS.map((w) => [w, "identity"] as const),
  [{ prefix: "编制单位" }, "identity"],
  ...TOTAL_WORDS.map((w) => [w, "total"] as const),
  ...GOALS_SECTION_WORDS.map((w) => [w, "goals"] as const),
  [MANAGEMENT_SECTION_LABEL, "management"],
  ...FUNDS_SECTION_WORDS.map((w) => [{ prefix: w }, "funds"] as const),
  [INDICATORS_SECTION_LABEL, "indicators"],
  ...EXTRA_LABEL_WORDS.map(([w]) => [w, "extra"] as const),
];
