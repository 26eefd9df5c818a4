/**
 * A whole form on one line, its cells out of order (PDF text): only what labels anchor is read —
 * the title, the year, 项目名称 / 主管部门 / 实施单位, the funds lines (values placed by the arithmetic),
 * 实际完成情况, and the 绩效指标 section (scrambled-indicators.ts). The tokens no reader took are
 * listed as unread, for the record's unmapped.
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
  IDEOGRAPH,
  PERCENT,
  YEAR_WORD,
  labelKey,
  type FundsField,
} from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, tableLine, textLine, type Piece } from "../layout-lines.js";
import type { Line } from "../model.js";
import type { Cells, Context } from "./context.js";
import { FormTokens } from "./form-tokens.js";
import { readScrambledIndicators } from "./scrambled-indicators.js";
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
  // Text before the first title (a file name, a heading) stays a text line of its own.
  if ((titles[0] as number) > 0) out.push(textLine(piece(tokens.slice(0, titles[0]).join(" "), line)));
  titles.forEach((start, n) => {
    const form = new FormTokens(tokens.slice(start, titles[n + 1] ?? tokens.length));
    out.push(...readScrambledForm(form, line, ctx));
    for (const { text } of form.unread()) ctx.unread.push({ line, text, form: n });
  });
  return out;
}

const isLabelFacts = (f: Piece["facts"]): boolean =>
  f.rowLabel !== undefined || f.fundsItem !== undefined || f.fundsHeader !== undefined || f.indicatorHeader !== undefined || f.goalsHeader !== undefined || f.isLevelWord;
/** A bracket opening or closing the token: `(2022`, `年度)`, `(元)`, which belong to a year or a unit. */
const BRACKET_END = /^[（(]|[）)]$/;
const BRACKETED = /^[（(].+[）)]$/;
const isValueText = (tokens: FormTokens, i: number): boolean => {
  const t = tokens.text(i);
  return IDEOGRAPH.test(t) && !BRACKET_END.test(t) && !isLabelFacts(tokens.facts(i)) && !labelKey(t).endsWith(FORM_TITLE.generic);
};
const amountOf = (tokens: FormTokens, i: number): number | undefined => {
  const a = tokens.facts(i).amount;
  return a.kind === "number" && a.unit === undefined ? a.value : undefined;
};
const rateOf = (tokens: FormTokens, i: number): number | undefined => {
  const a = tokens.facts(i).amount;
  return a.kind === "number" && a.unit === PERCENT ? a.value : undefined;
};
const numberOf = (text: string | undefined): number | undefined => {
  const a = text === undefined ? undefined : piece(text, 0).facts.amount;
  return a?.kind === "number" && a.unit === undefined ? a.value : undefined;
};
const isValueToken = (tokens: FormTokens, i: number): boolean => amountOf(tokens, i) !== undefined || tokens.facts(i).amount.kind === "empty";

function readScrambledForm(tokens: FormTokens, line: number, ctx: Context): Line[] {
  const p = (t: string): Piece => piece(t, line);
  const out: Line[] = [textLine(p(tokens.text(0)))];
  tokens.take(0);
  const read: string[] = [];
  // `(2022 年度)`: the year line, over two or three tokens.
  const yearAt = tokens.find((t) => t.includes(YEAR_WORD));
  if (yearAt > 0 && yearAt <= 3) {
    out.push(textLine(p(tokens.texts.slice(1, yearAt + 1).join(" "))));
    for (let i = 1; i <= yearAt; i++) tokens.take(i);
    read.push("year");
  }
  const name = valueNear(tokens, IDENTITY_LABEL.name);
  if (name !== undefined) {
    out.push(tableLine([p(IDENTITY_LABEL.name), p(name)]));
    read.push(IDENTITY_LABEL.name);
  }
  const identity: Cells = [];
  for (const label of [IDENTITY_LABEL.department, IDENTITY_LABEL.implementer]) {
    const value = valueNear(tokens, label);
    if (value !== undefined) identity.push(p(label), p(value));
  }
  if (identity.length > 0) {
    out.push(tableLine(identity));
    read.push(IDENTITY_LABEL.department, IDENTITY_LABEL.implementer);
  }
  const funds = scrambledFunds(tokens, line, ctx);
  let fundsWeight: number | undefined;
  let fundsScore: number | undefined;
  if (funds) {
    const header = funds.fields;
    const sectionAt = tokens.find((t) => labelKey(t) === labelKey(FUNDS_SECTION_LABEL));
    const unitAt = sectionAt >= 0 && BRACKETED.test(tokens.text(sectionAt + 1)) ? sectionAt + 1 : -1;
    tokens.take(sectionAt, unitAt);
    tokens.take(tokens.find((t) => labelKey(t) === FUNDS_TOTAL_WORD));
    out.push(tableLine([p(FUNDS_SECTION_LABEL + (unitAt >= 0 ? tokens.text(unitAt) : "")), ...header.map((f) => p(FUNDS_HEADER_LABEL[f]))]));
    out.push(tableLine([p(FUNDS_TOTAL_WORD), ...header.map((f) => (funds.values[f] === undefined ? undefined : p(funds.values[f] as string)))]));
    read.push(FUNDS_TOTAL_WORD);
    for (const row of scrambledFundsParts(tokens, funds)) out.push(tableLine([p(row[0] as string), ...row.slice(1).map((v) => (v === "" ? undefined : p(v)))]));
    fundsWeight = numberOf(funds.values.weight);
    fundsScore = numberOf(funds.values.score);
  }
  const actualAt = tokens.find((t) => labelKey(t) === GOALS_HEADER_LABEL.actual);
  if (actualAt >= 0 && actualAt + 1 < tokens.length && isValueText(tokens, actualAt + 1)) {
    takeSplitLabel(tokens, GOALS_SECTION_LABEL);
    const expectedAt = tokens.find((t) => labelKey(t) === GOALS_HEADER_LABEL.expected);
    const expected = expectedAt >= 0 && !tokens.isTaken(expectedAt + 1) && expectedAt + 1 !== actualAt && isValueText(tokens, expectedAt + 1) ? expectedAt + 1 : -1;
    tokens.take(actualAt, actualAt + 1, expectedAt, expected);
    out.push(tableLine([p(GOALS_SECTION_LABEL), p(GOALS_HEADER_LABEL.expected), p(GOALS_HEADER_LABEL.actual)]));
    out.push(tableLine([undefined, expected >= 0 ? p(tokens.text(expected)) : undefined, p(tokens.text(actualAt + 1))]));
    read.push(GOALS_HEADER_LABEL.actual);
  }
  const indicators = readScrambledIndicators(tokens, line, ctx, fundsWeight, fundsScore);
  out.push(...indicators.lines);
  read.push(...indicators.read);
  const unread = tokens.unread().length;
  ctx.diagnostics.push(
    diagnostic(
      "layout-flattened",
      { lines: String(line), how: "a whole form on one line, its cells out of order", read: read.join(", ") + (unread > 0 ? `; ${unread} more pieces of text kept in unmapped` : "") },
      line,
    ),
  );
  return out;
}

const FUNDS_TOTAL_WORD = FUNDS_ITEM_LABEL.total;

/** A label a PDF wrapped into tokens of its own (`年度 总体 目标` for 年度总体目标): taken where its pieces stand in a row. */
function takeSplitLabel(tokens: FormTokens, label: string): void {
  for (let i = 0; i < tokens.length; i++) {
    let joined = "";
    for (let j = i; j < tokens.length && joined.length < label.length; j++) {
      joined += tokens.text(j);
      if (joined === label) {
        for (let k = i; k <= j; k++) tokens.take(k);
        return;
      }
    }
  }
}

/** A label's value: the text run after it, else the one before it (values often precede labels). */
function valueNear(tokens: FormTokens, label: string): string | undefined {
  const at = tokens.find((t) => labelKey(t) === label);
  if (at < 0) return undefined;
  const run = (from: number, step: number): number[] => {
    const got: number[] = [];
    for (let i = from; i >= 0 && i < tokens.length && !tokens.isTaken(i) && isValueText(tokens, i); i += step) got.push(i);
    return step < 0 ? got.reverse() : got;
  };
  const after = run(at + 1, 1);
  const before = run(at - 1, -1);
  const words = after.length > 0 ? after : before;
  if (words.length === 0) return undefined;
  tokens.take(at, ...words);
  return words.map((i) => tokens.text(i)).join(" ");
}

interface ScrambledFunds {
  /** The header's columns, in its order. */
  readonly fields: readonly FundsField[];
  readonly values: Partial<Record<FundsField, string>>;
  /** The values after the total's, up to a label: the next part row's, its label elsewhere. */
  readonly partsRun?: number[];
}

/**
 * The part rows of a scrambled form (`上年结转资金 0 0 —`): each part label and the values after it;
 * 当年财政拨款 without values of its own takes the run that follows the total's (`250000.00 250000.00
 * 215457.6 —`), as the template puts it next.
 */
function scrambledFundsParts(tokens: FormTokens, total: ScrambledFunds): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const item = tokens.facts(i).fundsItem;
    if (item === undefined || item === "total") continue;
    const values: number[] = [];
    for (let j = i + 1; j < tokens.length && values.length < total.fields.length && !tokens.isTaken(j) && (isValueToken(tokens, j) || rateOf(tokens, j) !== undefined); j++) values.push(j);
    if (values.length === 0 && total.partsRun !== undefined) values.push(...total.partsRun);
    if (values.length === 0) continue;
    tokens.take(i, ...values);
    rows.push([tokens.text(i), ...values.map((v) => (tokens.facts(v).amount.kind === "empty" ? "" : tokens.text(v)))]);
  }
  // In the template's order (当年财政拨款, 上年结转资金, 其他资金), wherever the PDF put the labels.
  const order = (row: string[]): number => FUNDS_ITEMS.indexOf(piece(row[0] as string, 0).facts.fundsItem as (typeof FUNDS_ITEMS)[number]);
  return rows.sort((a, b) => order(a) - order(b));
}

/** `215,457.6 ÷ 250000.00 = 86.18%, stated 86.19%`: the arithmetic that placed a rate, as computed. */
function ratio(tokens: FormTokens, executed: number, budget: number, rate: number): string {
  const computed = Math.round(((amountOf(tokens, executed) as number) / (amountOf(tokens, budget) as number)) * 10000) / 100;
  const head = `${tokens.text(executed)} ÷ ${tokens.text(budget)} = ${computed}%`;
  return computed === rateOf(tokens, rate) ? head : `${head}, stated ${tokens.text(rate)}`;
}

/**
 * The 年度资金总额 values of a scrambled form: the numbers right after the funds header, in the
 * header's order — the 执行率, a percentage, may stand elsewhere and is found by 执行数 ÷ 预算数. A
 * shorter run holds the budget columns and the 得分 (01's second form: `20000.00 20000.00 4.52`); the
 * 全年执行数, 执行率 and 分值 are then found among the form's loose numbers by the arithmetic: 执行数 ÷
 * 预算数 = 执行率, 分值 × 执行率 = 得分.
 */
function scrambledFunds(tokens: FormTokens, line: number, ctx: Context): ScrambledFunds | undefined {
  const headerEnd = tokens.find((_, i) => {
    if (tokens.facts(i).fundsHeader !== "score") return false;
    for (let j = Math.max(0, i - HEADER_MAX); j < i; j++) if (tokens.facts(j).fundsHeader === "annualBudget") return true;
    return false;
  });
  if (headerEnd < 0) return undefined;
  let headerStart = headerEnd;
  while (headerStart > 0 && headerEnd - headerStart < HEADER_MAX && tokens.facts(headerStart - 1).fundsHeader !== undefined) headerStart--;
  const fields: FundsField[] = [];
  for (let j = headerStart; j <= headerEnd; j++) {
    const f = tokens.facts(j).fundsHeader as FundsField;
    if (!fields.includes(f)) fields.push(f);
  }
  // The values after the header: its columns in order, the rate among them (`80.00 76.00 10 95.00% 9.50`);
  // else the columns but the rate, which then stands elsewhere (01: `250000.00 250000.00 215,457.6 10 8.62`).
  // The values stand after the header, or after the 年度资金总额 label right after it (text in reading order).
  const first = tokens.facts(headerEnd + 1).fundsItem === "total" ? headerEnd + 2 : headerEnd + 1;
  if (first === headerEnd + 2) tokens.take(headerEnd + 1);
  const scan: number[] = [];
  for (let i = first; i < tokens.length && scan.length < fields.length && (amountOf(tokens, i) !== undefined || rateOf(tokens, i) !== undefined); i++) scan.push(i);
  const rateInRun = scan.length === fields.length && rateOf(tokens, scan[fields.indexOf("executionRate")] ?? -1) !== undefined;
  const columns = rateInRun ? fields : fields.filter((f) => f !== "executionRate");
  const run: number[] = [];
  for (const i of scan) {
    if (run.length === columns.length || (!rateInRun && amountOf(tokens, i) === undefined)) break;
    run.push(i);
  }
  const budgets = columns.slice(0, Math.max(0, columns.indexOf("executed")));
  if (run.length < budgets.length + 1 || budgets.length === 0) return undefined;
  for (let j = headerStart; j <= headerEnd; j++) tokens.take(j);
  tokens.take(...run);
  const values: Partial<Record<FundsField, string>> = {};
  const budgetAt = run[budgets.indexOf(budgets.includes("annualBudget") ? "annualBudget" : "initialBudget")] as number;
  budgets.forEach((f, k) => (values[f] = tokens.text(run[k] as number)));
  const rates: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (!tokens.isTaken(i) && rateOf(tokens, i) !== undefined) rates.push(i);
  const quote = (i: number): string => `「${tokens.text(i)}」`;
  const budget = amountOf(tokens, budgetAt) as number;
  const fits = (executed: number, rate: number): boolean => Math.abs(((amountOf(tokens, executed) as number) / budget) * 100 - (rateOf(tokens, rate) as number)) < 0.05;
  if (run.length === columns.length) {
    columns.forEach((f, k) => (values[f] = tokens.text(run[k] as number)));
    const executed = run[columns.indexOf("executed")];
    const rate = rateInRun || executed === undefined || !fields.includes("executionRate") ? undefined : rates.find((r) => fits(executed, r));
    if (rate !== undefined && executed !== undefined) {
      values.executionRate = tokens.text(rate);
      tokens.take(rate);
      ctx.diagnostics.push(diagnostic("placed-by-arithmetic", { values: quote(rate), as: "rate", how: ratio(tokens, executed, budgetAt, rate) }, line));
    }
    // The values that follow, up to a label: the next part row's, its label elsewhere.
    const parts: number[] = [];
    for (let i = first + run.length; i < tokens.length && isValueToken(tokens, i); i++) parts.push(i);
    return parts.length > 0 ? { fields, values, partsRun: parts } : { fields, values };
  }
  // The budgets and the 得分 only: 执行数, 执行率 and 分值 from the loose values the arithmetic places.
  if (columns[columns.length - 1] !== "score" || run.length !== budgets.length + 1) return { fields, values };
  const score = run[run.length - 1] as number;
  values.score = tokens.text(score);
  const loose: number[] = [];
  for (let i = first + run.length; i < tokens.length; i++) if (!tokens.isTaken(i) && amountOf(tokens, i) !== undefined) loose.push(i);
  for (const rate of rates) {
    const executed = loose.find((x) => fits(x, rate));
    if (executed === undefined) continue;
    const weight = loose.find((w) => w !== executed && Math.abs((amountOf(tokens, w) as number) * ((rateOf(tokens, rate) as number) / 100) - (amountOf(tokens, score) as number)) < 0.01);
    values.executed = tokens.text(executed);
    values.executionRate = tokens.text(rate);
    tokens.take(executed, rate);
    if (weight !== undefined) {
      values.weight = tokens.text(weight);
      tokens.take(weight);
    }
    const placed = [executed, rate, ...(weight === undefined ? [] : [weight])].map(quote).join(" ");
    const how = ratio(tokens, executed, budgetAt, rate) + (weight === undefined ? "" : `, ${tokens.text(weight)} × ${tokens.text(rate)} = ${tokens.text(score)}`);
    ctx.diagnostics.push(diagnostic("placed-by-arithmetic", { values: placed, as: weight === undefined ? "executedAndRate" : "executedRateAndWeight", how }, line));
    return { fields, values };
  }
  return { fields, values };
}

/** The most headings a funds header has (年初预算数 全年预算数 全年执行数 分值 执行率 得分, and a spare). */
const HEADER_MAX = 7;
