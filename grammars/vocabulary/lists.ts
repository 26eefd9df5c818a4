/**
 * List tables: a 绩效自评结果汇总表 (`序号¦项目名称¦项目实施单位¦预算数（调整后）¦执行数¦结余结转数¦…`,
 * `summary-row` records) and a self-evaluation result list (`序号¦主管部门（单位）¦项目名称¦预算金额¦
 * 自评得分¦自评等级`, `result-row` records), and the heading lines above them.
 */
import type { WordTable } from "./wording.js";

/** A list's header row is the one holding 序号 and a 项目名称 column. */
export const SEQ_LABEL = "序号";
/** Every wording of the 序号 column. */
export const SEQ_WORDS: readonly string[] = [SEQ_LABEL, "编号"];

/** A header column that only a summary table has (its 执行数 column, and what was left over or handed back). */
export const SUMMARY_MARK_WORDS: WordTable<true> = [
  [{ prefix: "执行数" }, true],
  [{ contains: "结余" }, true],
  [{ contains: "结转" }, true],
  [{ contains: "交回" }, true],
  [{ contains: "收回" }, true],
];

export type SummaryField =
  | "seq"
  | "name"
  | "implementer"
  | "budget"
  | "executed"
  | "returned"
  | "carryover"
  | "score"
  | "opinion";

export const SUMMARY_HEADER_WORDS: WordTable<SummaryField> = [
  ...SEQ_WORDS.map((w) => [w, "seq"] as const),
  [{ suffix: "项目名称" }, "name"],
  [{ suffix: "项目全称" }, "name"],
  [{ contains: "实施单位" }, "implementer"],
  // 预算单位, 项目单位: a unit, not a 预算 column.
  [{ suffix: "单位" }, "implementer"],
  ["单位名称", "implementer"],
  // Before the 预算 prefix: 预算执行数 is what was executed.
  [{ contains: "执行数" }, "executed"],
  [{ prefix: "实际支出" }, "executed"],
  [{ prefix: "支出数" }, "executed"],
  [{ prefix: "预算" }, "budget"],
  // 调整后预算数 / 全年预算数: the budget as adjusted, which a summary states.
  [{ prefix: "调整后预算" }, "budget"],
  [{ prefix: "全年预算" }, "budget"],
  [{ prefix: "年度预算" }, "budget"],
  // 结余结转数, 结转结余数, 结余: what was left over; 结余交回财政数 / 结余收回数: what was handed back.
  [{ contains: "交回" }, "returned"],
  [{ contains: "收回" }, "returned"],
  [{ contains: "结余" }, "carryover"],
  [{ contains: "结转" }, "carryover"],
  [{ contains: "得分" }, "score"],
  [{ suffix: "评分" }, "score"],
  [{ suffix: "分数" }, "score"],
  [{ contains: "意见" }, "opinion"],
  [{ contains: "应用" }, "opinion"],
];

/** The summary table's labels as render writes them. */
export const SUMMARY_HEADER_LABEL = {
  seq: SEQ_LABEL,
  name: "项目名称",
  implementer: "项目实施单位",
  budget: "预算数",
  executed: "执行数",
  carryover: "结余结转数",
  returned: "结余交回财政数",
  score: "自评得分",
  opinion: "自评结果应用意见",
} as const satisfies Record<SummaryField, string>;

/** Budget levels of a summary's sub-header, each with the words a project name hints it by. */
export const BUDGET_LEVEL_HINTS: ReadonlyArray<readonly [level: string, hints: readonly string[]]> = [
  ["中央", ["中央"]],
  ["省级", ["省级", "省财政", "省"]],
  ["市级", ["市级", "市本级", "市财政", "市"]],
];

export type ResultField = "seq" | "department" | "name" | "initialBudget" | "budget" | "executed" | "executionRate" | "score" | "grade";
/** Columns only some result lists have (v2): a record carries them only where its list does. */
export const OPTIONAL_RESULT_FIELDS: ReadonlySet<ResultField> = new Set<ResultField>(["initialBudget", "executed", "executionRate"]);

export const RESULT_HEADER_WORDS: WordTable<ResultField> = [
  ...SEQ_WORDS.map((w) => [w, "seq"] as const),
  [{ suffix: "项目名称" }, "name"],
  [{ suffix: "项目全称" }, "name"],
  [{ prefix: "主管部门" }, "department"],
  [{ contains: "单位" }, "department"],
  // `部门名称`, `部门`; not a heading that only mentions one (`部门整体…`).
  ["部门名称", "department"],
  ["部门", "department"],
  // Before the 预算 prefix: 预算执行率 and 预算执行数 are not the budget.
  [{ contains: "执行率" }, "executionRate"],
  [{ contains: "执行金额" }, "executed"],
  [{ contains: "执行数" }, "executed"],
  // `实际支出数（万元）`, `支出金额`: what was spent is what was executed.
  [{ prefix: "实际支出" }, "executed"],
  [{ prefix: "实际执行" }, "executed"],
  [{ prefix: "支出金额" }, "executed"],
  [{ prefix: "支出数" }, "executed"],
  [{ prefix: "年初预算" }, "initialBudget"],
  [{ prefix: "预算金额" }, "budget"],
  [{ prefix: "预算" }, "budget"],
  [{ prefix: "资金规模" }, "budget"],
  [{ prefix: "资金金额" }, "budget"],
  // 全年预算数 / 调整后预算数 beside a 年初预算数: the budget the list's other figures answer to.
  [{ prefix: "全年预算" }, "budget"],
  [{ prefix: "年度预算" }, "budget"],
  [{ prefix: "调整后预算" }, "budget"],
  [{ prefix: "项目金额" }, "budget"],
  [{ prefix: "项目资金" }, "budget"],
  [{ contains: "得分" }, "score"],
  [{ suffix: "评分" }, "score"],
  // `绩效自评分数`, `自评分数`.
  [{ suffix: "分数" }, "score"],
  [{ contains: "等级" }, "grade"],
  [{ contains: "等次" }, "grade"],
  // `评价结果¦优秀`: the grade, in a list (a form's 评价结论 is a labelled line of its own).
  ["评价结果", "grade"],
  ["自评结果", "grade"],
];

export const RESULT_HEADER_LABEL = {
  seq: SEQ_LABEL,
  department: "主管部门（单位）",
  name: "项目名称",
  initialBudget: "年初预算数",
  budget: "预算金额",
  executed: "执行金额",
  executionRate: "执行率",
  score: "自评得分",
  grade: "自评等级",
} as const satisfies Record<ResultField, string>;

/** 自评等级 as forms write them. */
export const GRADES: ReadonlySet<string> = new Set(["优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差"]);
/** The top and bottom grades, for the grade-score check. */
export const TOP_GRADE = "优";
export const BOTTOM_GRADE = "差";

/** Heading lines that label a value, not a title: `主管部门：秦皇岛市人社局`, `单位：万元`. */
export const HEADING_LABEL = {
  department: "主管部门",
  unit: "单位",
} as const;

/**
 * A list's sum rows (`合计¦¦¦900`), not projects: 合计 / 总计 sum the whole list, 小计 the rows
 * since the last group heading or sum row.
 */
export const LIST_TOTAL_WORDS: readonly string[] = ["合计", "总计"];
export const LIST_SUBTOTAL_WORDS: readonly string[] = ["小计"];

/** A list number before a group heading, not part of its name: `一、县教育局`, `(二)县卫健局`, `3.` . */
export const HEADING_NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、．])\s*/;
