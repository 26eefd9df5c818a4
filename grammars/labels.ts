/**
 * Every Chinese label pe-parse recognises, in one place. Labels are compared by `labelKey`
 * (white space, colons and a trailing unit in brackets removed), so `全年预 算数`, `年度资金总额(万元):`
 * and `年度资金总额（万元）：` all meet the constant written here once.
 */
import { boundedMemo } from "../src/bounded-memo.js";

/** Form titles end with one of these: `…项目支出绩效自评表`, `项目单位自评表`. */
export const FORM_TITLE = {
  expenditure: "项目支出绩效自评表",
  unit: "项目单位自评表",
  /** Generic ending used by provinces that word the title differently (`项目绩效自评表`). */
  generic: "自评表",
} as const;

export const LABEL = {
  // identity rows
  projectName: "项目名称",
  department: "主管部门",
  implementer: "实施单位",
  // funds header
  projectFunds: "项目资金",
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
  weight: "分值",
  executionRate: "执行率",
  score: "得分",
  // funds rows
  totalFunds: "年度资金总额",
  budgetTotal: "预算数",
  appropriation: "当年财政拨款",
  carryover: "上年结转资金",
  otherFunds: "其他资金",
  government: "政府性预算资金",
  specialAccount: "财政专户管理资金",
  unitFunds: "单位资金",
  // management
  management: "资金管理情况",
  description: "情况说明",
  problems: "存在问题和改进措施",
  // goals
  goals: "年度总体目标",
  expected: "预期目标",
  actualDone: "实际完成情况",
  // indicators
  indicators: "绩效指标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  deviation: "偏差度",
  deviationRate: "偏差率",
  remark: "偏差原因分析及改进措施",
  total: "总分",
  // list tables
  seq: "序号",
  listImplementer: "项目实施单位",
  listDepartment: "主管部门（单位）",
  budgetAdjusted: "预算数（调整后）",
  budgetAmount: "预算金额",
  executedList: "执行数",
  carryoverList: "结余结转数",
  returned: "结余交回财政数",
  selfScore: "自评得分",
  grade: "自评等级",
  opinion: "自评结果应用意见",
  // final accounts
  entity: "部门",
  unit: "单位",
  columnNo: "栏次",
  lineNo: "行次",
  income: "收入",
  expense: "支出",
  item: "项目",
  subjectCode: "科目编码",
  subjectName: "科目名称",
} as const;

/** Funds-row labels → the SPEC's item codes. Longer labels first: `其中：当年财政拨款` before `预算数`. */
export const FUNDS_ITEMS: ReadonlyArray<readonly [string, FundsItem]> = [
  [LABEL.totalFunds, "total"],
  [LABEL.appropriation, "appropriation"],
  [LABEL.carryover, "carryover"],
  [LABEL.otherFunds, "other"],
  [LABEL.government, "government"],
  [LABEL.specialAccount, "specialAccount"],
  [LABEL.unitFunds, "unitFunds"],
  // Wordings other provinces use for the same rows; matched as whole cells, like the above.
  ["项目资金总额", "total"],
  ["资金总额", "total"],
  ["本年财政拨款", "appropriation"],
  ["财政拨款", "appropriation"],
  ["上年结转结余资金", "carryover"],
  ["上年结余资金", "carryover"],
  ["上年结转", "carryover"],
  ["其它资金", "other"],
  ["政府预算资金", "government"],
  ["单位自有资金", "unitFunds"],
  [LABEL.budgetTotal, "total"],
];
export type FundsItem =
  | "total"
  | "appropriation"
  | "carryover"
  | "other"
  | "government"
  | "specialAccount"
  | "unitFunds";

/** Header words of the funds table, each naming the funds field it heads. */
export const FUNDS_HEADER: ReadonlyArray<readonly [string, FundsField]> = [
  [LABEL.initialBudget, "initialBudget"],
  [LABEL.annualBudget, "annualBudget"],
  [LABEL.executed, "executed"],
  ["全年预算", "annualBudget"],
  ["全年执行", "executed"],
  [LABEL.weight, "weight"],
  [LABEL.executionRate, "executionRate"],
  [LABEL.score, "score"],
  // Shorter headings some provinces use (a header row, not the 预算数 funds row of 001 line 538).
  ["预算数", "annualBudget"],
  ["执行数", "executed"],
];
export type FundsField =
  | "initialBudget"
  | "annualBudget"
  | "executed"
  | "weight"
  | "executionRate"
  | "score";

/** Canonical 一级指标. */
export const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;
export type Level1 = (typeof LEVEL1)[number];

/** Canonical 二级指标 → the 一级指标 it implies (SPEC vocabulary). */
export const LEVEL2: Readonly<Record<string, Level1>> = {
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
};

/** Known variants of level words (after `labelKey`) → canonical form. */
export const LEVEL2_VARIANTS: Readonly<Record<string, string>> = {
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  生态指标: "生态效益指标",
  可持续影响: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  数量: "数量指标",
  质量: "质量指标",
  时效: "时效指标",
  经济成本: "经济成本指标",
  社会成本: "社会成本指标",
  生态环境成本: "生态环境成本指标",
};
export const LEVEL1_VARIANTS: Readonly<Record<string, Level1>> = {
  满意度: "满意度指标",
  产出: "产出指标",
  效益: "效益指标",
  成本: "成本指标",
};

/** The placeholders forms print for "not applicable". */
export const DASHES = new Set(["—", "-", "--", "——", "－", "/", "／", "–"]);

const FULLWIDTH: Readonly<Record<string, string>> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "％": "%",
};

const memoLabelKey = boundedMemo(computeLabelKey);
/** Characters that labelKey changes; a text without any is its own key. */
const FOLDED = /[ \u3000\t\u00a0（）：％:(]/;

/**
 * The comparison key of a label cell: white space removed, full-width brackets and colons folded,
 * trailing colons and a bracketed unit dropped. `年度资金总额（万元）：` → `年度资金总额`.
 */

export function labelKey(text: string): string {
  return FOLDED.test(text) ? memoLabelKey(text) : text;
}

function computeLabelKey(text: string): string {
  let key = "";
  for (const ch of text) {
    if (ch === " " || ch === "\u3000" || ch === "\t" || ch === "\u00a0") continue;
    key += FULLWIDTH[ch] ?? ch;
  }
  key = key.replace(/\((?:万元|元|%)\)/g, "");
  while (key.endsWith(":")) key = key.slice(0, -1);
  return key;
}
