/**
 * Labelled values a form states that no field takes (SPEC v2 `extra`): 评价结论, 存在问题, 改进措施,
 * the people and dates at its foot, the Sichuan template's 项目基本情况. A row opening with one of
 * these labels belongs to the form; its label / value pairs go to the record's `extra`.
 */
import { wordingText, type WordTable } from "./wording.js";

export const EXTRA_LABEL_WORDS: WordTable<true> = [
  ["评价结论", true],
  ["自评结论", true],
  ["自评等级", true],
  ["自评等次", true],
  ["评价等级", true],
  ["评价等次", true],
  ["绩效等级", true],
  ["绩效等次", true],
  ["自评结果", true],
  ["等级", true],
  ["存在问题", true],
  ["存在的问题", true],
  ["整改措施", true],
  ["改进措施", true],
  ["其他需要说明事项", true],
  ["其他需要说明的事项", true],
  ["项目基本情况", true],
  ["年度主要任务", true],
  ["项目属性", true],
  // The Sichuan template's 项目基本情况 (with 项目属性 and 项目类型).
  ["项目期限", true],
  ["项目主要内容", true],
  ["项目类型", true],
  ["项目编码", true],
  ["项目代码", true],
  ["项目编号", true],
  ["备注", true],
  [{ prefix: "项目负责人" }, true],
  [{ prefix: "单位负责人" }, true],
  [{ prefix: "财务负责人" }, true],
  [{ prefix: "负责人" }, true],
  [{ prefix: "联系人" }, true],
  [{ prefix: "联系电话" }, true],
  [{ prefix: "填报人" }, true],
  [{ prefix: "填表人" }, true],
  [{ prefix: "审核人" }, true],
  [{ prefix: "复核人" }, true],
  [{ prefix: "评价人" }, true],
  [{ prefix: "制表人" }, true],
  [{ prefix: "填报日期" }, true],
  [{ prefix: "填报单位" }, true],
];

/** Labels that head a group of pairs rather than a value of their own: `项目基本情况¦项目属性¦…`. */
export const EXTRA_GROUP_LABELS: readonly string[] = ["项目基本情况"];

/**
 * Labels that head a small table of the form's own: `年度主要任务¦任务名称¦主要内容`, then a row per
 * task (`¦公共卫生服务¦开展基本公共卫生服务`). The headings of that row are not values; each row
 * below pairs as usual (task → its content).
 */
export const EXTRA_TABLE_LABELS: readonly string[] = ["年度主要任务"];

/**
 * The headings of such a table's name and text columns, read as headings (the pairs say what they
 * head); a figure's heading (`预算金额（万元）`) becomes part of the figure's label instead.
 */
export const EXTRA_TABLE_HEADINGS: readonly string[] = ["任务名称", "主要内容", "任务内容", "主要任务"];

/** Extra labels that head a form (a line above its table), never its foot: `填报单位：某局`. */
export const FORM_HEAD_LABELS: readonly string[] = ["填报单位", "编制单位"];

/** `label：value`, a short label: a labelled cell of an extra row, or a labelled line of prose. */
export const LABELLED_PAIR = /^([^:：]{1,16})[:：]\s*(\S.*)$/;

/**
 * Where a labelled value starts inside a line: an extra label (with a few more characters,
 * `项目负责人及电话`) and a colon. Longest labels first.
 */
const EXTRA_LABEL_ALTERNATIVES = `(?:${EXTRA_LABEL_WORDS.map(([w]) => wordingText(w))
  .sort((a, b) => b.length - a.length)
  .join("|")})[^:：]{0,6}[:：]`;
const EXTRA_LABEL_START = new RegExp(EXTRA_LABEL_ALTERNATIVES, "g");
/** The same at the line's start: most lines settle here, without a scan of the whole line. */
const OPENS_WITH_EXTRA_LABEL = new RegExp(`^${EXTRA_LABEL_ALTERNATIVES}`);

/**
 * The labelled values a line of prose states with the vocabulary's extra labels, in order, cut
 * before each label: `填报人：王丽 联系电话：0775-6123456` → [填报人, 王丽], [联系电话, 0775-6123456].
 * None unless the line opens with one.
 */
export function labelledExtraPairs(text: string): Array<readonly [label: string, value: string]> {
  const line = text.trim();
  if (!OPENS_WITH_EXTRA_LABEL.test(line)) return [];
  const starts = [...line.matchAll(EXTRA_LABEL_START)].map((m) => m.index);
  const pairs: Array<readonly [string, string]> = [];
  starts.forEach((start, i) => {
    const pair = LABELLED_PAIR.exec(line.slice(start, starts[i + 1]).trim());
    if (pair) pairs.push([(pair[1] as string).trim(), (pair[2] as string).trim()]);
  });
  return pairs;
}
