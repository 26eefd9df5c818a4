/**
 * The funds section: its header (`项目资金 (万元)¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分`)
 * and its rows (`年度资金总额`, `其中：当年财政拨款`, …), each label naming a SPEC item.
 */
import { SCORE_ROW_WORDS } from "./indicators.js";
import type { WordTable } from "./wording.js";

/** The SPEC's funds items, each with the label the seeds' forms give it (render writes these). */
export const FUNDS_ITEM_LABEL = {
  total: "年度资金总额",
  appropriation: "当年财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  government: "政府性预算资金",
  specialAccount: "财政专户管理资金",
  unitFunds: "单位资金",
  /** The Sichuan template's `其中:财政资金`. */
  fiscal: "财政资金",
  /** `中央、省、市补助资金` and similar transfers from higher levels. */
  transfer: "补助资金",
} as const;
export type FundsItem = keyof typeof FUNDS_ITEM_LABEL;
export const FUNDS_ITEMS = Object.keys(FUNDS_ITEM_LABEL) as [FundsItem, ...FundsItem[]];

/** The wordings of funds rows, tried in order (after a leading `其中` is taken off). */
export const FUNDS_ITEM_WORDS: WordTable<FundsItem> = [
  [{ lead: "年度资金总额" }, "total"],
  [{ lead: "当年财政拨款" }, "appropriation"],
  [{ lead: "上年结转资金" }, "carryover"],
  [{ lead: "其他资金" }, "other"],
  [{ lead: "政府性预算资金" }, "government"],
  [{ lead: "财政专户管理资金" }, "specialAccount"],
  [{ lead: "单位资金" }, "unitFunds"],
  // Wordings other provinces use for the same rows.
  [{ lead: "项目资金总额" }, "total"],
  [{ lead: "资金总额" }, "total"],
  [{ lead: "本年财政拨款" }, "appropriation"],
  [{ lead: "本年财政资金" }, "appropriation"],
  [{ lead: "当年财政资金" }, "appropriation"],
  [{ lead: "财政拨款" }, "appropriation"],
  [{ lead: "上年结转结余资金" }, "carryover"],
  [{ lead: "上年结余资金" }, "carryover"],
  [{ lead: "上年结转" }, "carryover"],
  [{ lead: "上年结余结转" }, "carryover"],
  [{ lead: "结转资金" }, "carryover"],
  [{ lead: "结转结余资金" }, "carryover"],
  [{ lead: "其它资金" }, "other"],
  [{ lead: "自筹资金" }, "other"],
  [{ lead: "政府预算资金" }, "government"],
  [{ lead: "单位自有资金" }, "unitFunds"],
  [{ lead: "总额" }, "total"],
  [{ lead: "财政资金" }, "fiscal"],
  // Transfers from higher levels, by whose money it is (a project named `…补助资金` is not one).
  ["中央、省、市补助资金", "transfer"],
  ["中央、省补助资金", "transfer"],
  [{ lead: "上级补助资金" }, "transfer"],
  [{ lead: "中央补助资金" }, "transfer"],
  [{ lead: "省级补助资金" }, "transfer"],
  [{ lead: "市级补助资金" }, "transfer"],
  [{ lead: "中央财政补助资金" }, "transfer"],
  [{ lead: "中央补助" }, "transfer"],
  [{ lead: "省级补助" }, "transfer"],
  [{ lead: "市级补助" }, "transfer"],
  [{ lead: "上级补助" }, "transfer"],
  [{ lead: "中央财政资金" }, "transfer"],
  [{ lead: "省级财政资金" }, "transfer"],
  [{ lead: "省财政资金" }, "transfer"],
  [{ lead: "中央资金" }, "transfer"],
  [{ lead: "中央专项资金" }, "transfer"],
  [{ lead: "上级资金" }, "transfer"],
  [{ lead: "上级专项资金" }, "transfer"],
  // (省级资金 / 市级资金 name no item: a province's or city's own notice calls its own money so.)
  // The level's own money: 本级 / 县级 / 市县 funds are its appropriation.
  [{ lead: "本级财政资金" }, "appropriation"],
  [{ lead: "县级财政资金" }, "appropriation"],
  [{ lead: "市县财政资金" }, "appropriation"],
  [{ lead: "本级资金" }, "appropriation"],
  [{ lead: "县级资金" }, "appropriation"],
  [{ lead: "区级资金" }, "appropriation"],
  // 001 line 538: a row labelled 预算数 is the total.
  [{ lead: "预算数" }, "total"],
];

/** `其中：当年财政拨款`: the marker of a part row, not part of its label. */
export const SUB_ITEM_MARK = "其中";

/**
 * A list number before a funds row's label, not part of it: `1.财政拨款`, `2、其他资金`,
 * `(1)上年结转`, `一、财政拨款` (label keys: brackets already folded to ASCII).
 */
export const ITEM_NUMBERING = /^(?:[0-9]{1,2}[.、．]|\([0-9]{1,2}\)|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))/;

/** A funds label's key without its list number and its 其中 mark: `其中:1.财政拨款` → `财政拨款`. */
export function itemKey(key: string): string {
  let k = key.replace(ITEM_NUMBERING, "");
  if (k.startsWith(SUB_ITEM_MARK)) k = k.slice(k[SUB_ITEM_MARK.length] === ":" ? SUB_ITEM_MARK.length + 1 : SUB_ITEM_MARK.length);
  return k.replace(ITEM_NUMBERING, "");
}

export const FUNDS_FIELDS = ["initialBudget", "annualBudget", "executed", "weight", "executionRate", "score"] as const;
export type FundsField = (typeof FUNDS_FIELDS)[number];
/** The funds columns holding amounts (the others a weight, a rate, a score). */
export const FUNDS_AMOUNT_FIELDS = ["initialBudget", "annualBudget", "executed"] as const satisfies readonly FundsField[];

/** The label of each funds column as the seeds print it (render writes these). */
export const FUNDS_HEADER_LABEL: Readonly<Record<FundsField, string>> = {
  initialBudget: "年初预算数",
  annualBudget: "全年预算数",
  executed: "全年执行数",
  weight: "分值",
  executionRate: "执行率",
  score: "得分",
};

/** The funds header's column wordings (compared by header key: `全年预算数（A）` → `全年预算数`). */
export const FUNDS_HEADER_WORDS: WordTable<FundsField> = [
  ["年初预算数", "initialBudget"],
  ["全年预算数", "annualBudget"],
  ["全年执行数", "executed"],
  ["全年预算", "annualBudget"],
  ["全年执行", "executed"],
  ["分值", "weight"],
  ["执行率", "executionRate"],
  // 得分 / 自评得分 / 评价得分 / 考核得分 …: the score headings the indicator header and the 总分 row use.
  ...SCORE_ROW_WORDS.map((w) => [w, "score"] as const),
  // Shorter headings some provinces use (a header row, not the 预算数 funds row of 001 line 538).
  ["预算数", "annualBudget"],
  ["执行数", "executed"],
  // Other provinces' wordings (the Sichuan template's 年度预算数 over 年初预算 / 调整后预算数).
  ["年初预算", "initialBudget"],
  ["年度预算数", "annualBudget"],
  ["调整后预算数", "annualBudget"],
  ["调整后预算", "annualBudget"],
  ["全年(调整)预算数", "annualBudget"],
  ["调整预算数", "annualBudget"],
  ["调整预算", "annualBudget"],
  ["实际支出数", "executed"],
  ["实际支出", "executed"],
  ["全年支出数", "executed"],
  ["支出数", "executed"],
  ["实际使用数", "executed"],
  ["支出率", "executionRate"],
  ["使用率", "executionRate"],
  ["预算执行数", "executed"],
  ["实际执行数", "executed"],
  ["全年实际执行数", "executed"],
  ["预算执行率", "executionRate"],
  ["执行进度", "executionRate"],
  ["预算执行进度", "executionRate"],
  ["预算安排数", "annualBudget"],
  ["年初预算安排数", "initialBudget"],
  ["权重", "weight"],
  ["指标权重", "weight"],
  ["标准分", "weight"],
  ["满分", "weight"],
  ["评分", "score"],
  // Amounts headed 金额 (`年初预算金额¦调整预算金额¦实际支出金额`), and 全年实际支出数. Not 预算金额 /
  // 执行金额 alone: they head a department's 年度主要任务 table too (project-form.ts reads it as extra).
  ["年初预算金额", "initialBudget"],
  ["调整预算金额", "annualBudget"],
  ["调整后预算金额", "annualBudget"],
  ["全年预算金额", "annualBudget"],
  ["实际支出金额", "executed"],
  ["全年实际支出数", "executed"],
  ["全年实际支出", "executed"],
];

/**
 * Headings of a funds column no field takes (the Sichuan template's 原因, why a line fell short):
 * known as headings, so the header reads whole; a value under one is kept in unmapped.
 */
export const FUNDS_REMARK_HEADINGS: readonly string[] = ["原因", "偏差原因", "差异原因"];

/**
 * Other wordings of the header's first cell, which heads the items' column (`资金来源¦年初预算数¦…`):
 * known as labels there, but no row label (`资金来源¦中央财政` is a labelled value, not funds).
 */
export const FUNDS_CORNER_WORDS: readonly string[] = ["资金来源", "资金类别", "资金构成", "资金性质"];

/** The section's own label, in the header's first cell: `项目资金 (万元)`, `项目资金（元）`. */
export const FUNDS_SECTION_LABEL = "项目资金";
/** Its other wordings (a prefix of the cell: units and letters may follow). */
export const FUNDS_SECTION_WORDS: readonly string[] = [
  FUNDS_SECTION_LABEL,
  "资金情况",
  "资金投入",
  "年度部门整体支出预算",
  // The national department template's: `年度预算申请（万元）¦年初预算数¦…`.
  "年度预算申请",
  "部门整体支出预算",
  "年度预算情况",
  "预算情况",
  "年度预算执行情况",
  "预算执行情况",
  "年度预算资金",
  "预算资金",
  "项目预算执行情况",
  "资金使用情况",
  "项目经费",
  "经费情况",
];
