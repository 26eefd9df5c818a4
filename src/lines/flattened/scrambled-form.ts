/**
 * A whole form on one line, its cells out of order (PDF text): only what labels anchor is read.
 */
import {
  FORM_TITLE,
  FUNDS_HEADER_LABEL,
  FUNDS_ITEM_LABEL,
  FUNDS_ITEMS,
  FUNDS_SECTION_LABEL,
  GOALS_HEADER_LABEL,
  GOALS_SECTION_LABEL,
  IDENTITY_LABEL,
  PERCENT,
  YEAR_WORD,
  labelKey,
  type FundsField,
} from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, tableLine, textLine, type Piece } from "../layout-lines.js";
import type { Line } from "../model.js";
import type { Cells, Context } from "./context.js";
import { SPACES } from "./spaced-line.js";

/**
 * `财政项目支出绩效自评表 (2022 年度) 普陀体育中心与委托运营方结 算费用 项目名称 主管部门 上海市普陀区体育局 …`:
 * each form (from its title) read by its anchors only.
 */
export function readScrambledLine(raw: string, line: number, ctx: Context): Line[] | undefined {
  const tokens = raw.trim().split(SPACES);
  const titles: number[] = [];
  tokens.forEach((t, i) => {
    if (labelKey(t).endsWith(FORM_TITLE.generic)) titles.push(i);
  });
  if (titles.length === 0) return undefined;
  const out: Line[] = [];
  titles.forEach((start, n) => {
    const form = tokens.slice(start, titles[n + 1] ?? tokens.length);
    out.push(...readScrambledForm(form, line, ctx));
  });
  return out;
}

const isLabelToken = (t: string): boolean => {
  const f = piece(t, 0).facts;
  return f.rowLabel !== undefined || f.fundsItem !== undefined || f.fundsHeader !== undefined || f.indicatorHeader !== undefined || f.goalsHeader !== undefined || f.isLevelWord;
};
/** A bracket opening or closing the token: `(2022`, `年度)`, `(元)`, which belong to a year or a unit. */
const BRACKET_END = /^[（(]|[）)]$/;
const isValueText = (t: string): boolean =>
  /[\u3400-\u9fff]/.test(t) && !BRACKET_END.test(t) && !isLabelToken(t) && !labelKey(t).endsWith(FORM_TITLE.generic);
const amountOf = (t: string): number | undefined => {
  const a = piece(t, 0).facts.amount;
  return a.kind === "number" && a.unit === undefined ? a.value : undefined;
};
const rateOf = (t: string): number | undefined => {
  const a = piece(t, 0).facts.amount;
  return a.kind === "number" && a.unit === PERCENT ? a.value : undefined;
};

function readScrambledForm(tokens: string[], line: number, ctx: Context): Line[] {
  const p = (t: string): Piece => piece(t, line);
  const out: Line[] = [textLine(p(tokens[0] as string))];
  const read: string[] = [];
  // `(2022 年度)`: the year line, over two or three tokens.
  const yearAt = tokens.findIndex((t) => t.includes(YEAR_WORD));
  if (yearAt > 0 && yearAt <= 3) {
    out.push(textLine(p(tokens.slice(1, yearAt + 1).join(" "))));
    read.push("year");
  }
  // A label's value: the text run after it, else the one before it (values often precede labels).
  const valueNear = (label: string): string | undefined => {
    const at = tokens.findIndex((t) => labelKey(t) === label);
    if (at < 0) return undefined;
    const run = (from: number, step: number): string[] => {
      const got: string[] = [];
      for (let i = from; i >= 0 && i < tokens.length && isValueText(tokens[i] as string); i += step) got.push(tokens[i] as string);
      return step < 0 ? got.reverse() : got;
    };
    const after = run(at + 1, 1);
    const before = run(at - 1, -1);
    const words = after.length > 0 ? after : before;
    return words.length > 0 ? words.join(" ") : undefined;
  };
  const name = valueNear(IDENTITY_LABEL.name);
  if (name !== undefined) {
    out.push(tableLine([p(IDENTITY_LABEL.name), p(name)]));
    read.push(IDENTITY_LABEL.name);
  }
  const identity: Cells = [];
  for (const label of [IDENTITY_LABEL.department, IDENTITY_LABEL.implementer]) {
    const value = valueNear(label);
    if (value !== undefined) identity.push(p(label), p(value));
  }
  if (identity.length > 0) {
    out.push(tableLine(identity));
    read.push(IDENTITY_LABEL.department, IDENTITY_LABEL.implementer);
  }
  const funds = scrambledFunds(tokens);
  if (funds) {
    const header = ctx.fundsFields.length > 0 ? ctx.fundsFields : (Object.keys(FUNDS_HEADER_LABEL) as FundsField[]);
    const unit = tokens.find((t, i) => /^[（(].+[）)]$/.test(t) && labelKey(tokens[i - 1] ?? "").startsWith(labelKey(FUNDS_SECTION_WORD)));
    out.push(tableLine([p(FUNDS_SECTION_WORD + (unit ?? "")), ...header.map((f) => p(FUNDS_HEADER_LABEL[f]))]));
    out.push(tableLine([p(FUNDS_TOTAL_WORD), ...header.map((f) => (funds[f] === undefined ? undefined : p(funds[f] as string)))]));
    read.push(FUNDS_TOTAL_WORD);
    for (const row of scrambledFundsParts(tokens, funds)) out.push(tableLine([p(row[0] as string), ...row.slice(1).map((v) => (v === "" ? undefined : p(v)))]));
  }
  const actual = valueAfter(tokens, GOALS_HEADER_LABEL.actual);
  if (actual !== undefined) {
    out.push(tableLine([p(GOALS_SECTION_LABEL), p(GOALS_HEADER_LABEL.expected), p(GOALS_HEADER_LABEL.actual)]));
    out.push(tableLine([undefined, undefined, p(actual)]));
    read.push(GOALS_HEADER_LABEL.actual);
  }
  ctx.diagnostics.push(diagnostic("layout-flattened", { lines: String(line), how: "a whole form on one line, its cells out of order", read: read.join(", ") }, line));
  return out;
}

const FUNDS_SECTION_WORD = FUNDS_SECTION_LABEL;
const FUNDS_TOTAL_WORD = FUNDS_ITEM_LABEL.total;

const isValueToken = (t: string): boolean => amountOf(t) !== undefined || piece(t, 0).facts.amount.kind === "empty";

/** The prose after a label, up to the next label: `实际完成情况 已完成…结算。`. */
function valueAfter(tokens: readonly string[], label: string): string | undefined {
  const at = tokens.findIndex((t) => labelKey(t) === label);
  const next = tokens[at + 1];
  return at >= 0 && next !== undefined && isValueText(next) ? next : undefined;
}

/**
 * The part rows of a scrambled form (`上年结转资金 0 0 —`): each part label and the values after it;
 * 当年财政拨款 without values of its own takes the run that follows the total's (`250000.00 250000.00
 * 215457.6 —`), as the template puts it next.
 */
function scrambledFundsParts(tokens: readonly string[], total: Partial<Record<FundsField, string>> & { partsRun?: string }): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const item = piece(t, 0).facts.fundsItem;
    if (item === undefined || item === "total") continue;
    const values: string[] = [];
    for (let j = i + 1; j < tokens.length && values.length < 6 && isValueToken(tokens[j] as string); j++) values.push(tokens[j] as string);
    if (values.length === 0 && total.partsRun !== undefined) values.push(...total.partsRun.split(" "));
    if (values.length === 0) continue;
    rows.push([t, ...values.map((v) => (piece(v, 0).facts.amount.kind === "empty" ? "" : v))]);
  }
  // In the template's order (当年财政拨款, 上年结转资金, 其他资金), wherever the PDF put the labels.
  const order = (row: string[]): number => FUNDS_ITEMS.indexOf(piece(row[0] as string, 0).facts.fundsItem as (typeof FUNDS_ITEMS)[number]);
  return rows.sort((a, b) => order(a) - order(b));
}

/**
 * The 年度资金总额 values of a scrambled form: the numbers after the funds header's last heading
 * (年初预算数, 全年预算数 first), completed from the form's loose numbers and rates by the
 * arithmetic: 执行数 / 全年预算数 = 执行率, 得分 = 分值 × 执行率.
 */
function scrambledFunds(tokens: string[]): (Partial<Record<FundsField, string>> & { partsRun?: string }) | undefined {
  const headerEnd = tokens.findIndex((t, i) => piece(t, 0).facts.fundsHeader === "score" && tokens.slice(Math.max(0, i - 6), i).some((x) => piece(x, 0).facts.fundsHeader === "annualBudget"));
  if (headerEnd < 0) return undefined;
  const run: string[] = [];
  for (let i = headerEnd + 1; i < tokens.length && amountOf(tokens[i] as string) !== undefined; i++) run.push(tokens[i] as string);
  if (run.length < 3) return undefined;
  // A run of more than the total's five values runs on into the next row's.
  if (run.length > 5) run.length = 5;
  const [initial, annual] = run as [string, string];
  const budget = amountOf(annual) as number;
  const loose = tokens.filter((t, i) => i > headerEnd + run.length && amountOf(t) !== undefined);
  const rates = tokens.filter((t) => rateOf(t) !== undefined);
  const out: Partial<Record<FundsField, string>> & { partsRun?: string } = { initialBudget: initial, annualBudget: annual };
  const fits = (executed: string, rate: string): boolean => Math.abs(((amountOf(executed) as number) / budget) * 100 - (rateOf(rate) as number)) < 0.05;
  if (run.length >= 5) {
    // 年初 / 全年 / 执行 / 分值 / 得分, the rate elsewhere.
    const [, , executed, weight, score] = run as [string, string, string, string, string];
    out.executed = executed;
    out.weight = weight;
    out.score = score;
    const rate = rates.find((r) => fits(executed, r));
    if (rate !== undefined) out.executionRate = rate;
    // The values that follow, up to a label: the next part row's, its label elsewhere.
    const parts: string[] = [];
    for (let i = headerEnd + 1 + run.length; i < tokens.length && isValueToken(tokens[i] as string); i++) parts.push(tokens[i] as string);
    if (parts.length > 0) out.partsRun = parts.join(" ");
    return out;
  }
  // 年初 / 全年 / 得分: 执行数 and 执行率 from the loose values that satisfy the arithmetic, 分值 from 得分.
  const score = run[run.length - 1] as string;
  for (const rate of rates) {
    const executed = loose.find((x) => fits(x, rate));
    if (executed === undefined) continue;
    const weight = loose.find((w) => w !== executed && Math.abs((amountOf(w) as number) * ((rateOf(rate) as number) / 100) - (amountOf(score) as number)) < 0.01);
    out.executed = executed;
    out.executionRate = rate;
    if (weight !== undefined) out.weight = weight;
    out.score = score;
    return out;
  }
  return out;
}
