/**
 * Text that lost its TABs (PDF, docx, xlsx or OCR) → the TAB rows the document parser reads,
 * where labels anchor them. Three kinds:
 *   spaces    `年度资金总额 80.00 80.00 76.00 10 95.00% 9.50`: cells are the space-separated runs
 *   glued     `年度资金总额:202010100.00%10`: cut at the vocabulary's labels, the numbers split by the
 *             form's arithmetic (执行率 = 执行数 / 预算数, the funds line's 分值 10, weights adding
 *             up to 100); where two splits both hold, the text is kept and the ambiguity reported
 *   scrambled a whole form on one line, values before their labels (PDF text): only what labels
 *             anchor is read — title, year, 项目名称, 主管部门, 实施单位 and the 年度资金总额 line
 * A dump whose lines hold TABs is returned as it is after one count.
 */
import {
  FLATTENED_ANCHORS,
  FORM_TITLE,
  FUNDS_HEADER_LABEL,
  FUNDS_ITEM_LABEL,
  FUNDS_ITEMS,
  FUNDS_SECTION_LABEL,
  GOALS_HEADER_LABEL,
  GOALS_SECTION_LABEL,
  IDENTITY_LABEL,
  PERCENT,
  SUB_ITEM_MARK,
  TARGET_SIGNS,
  TARGET_TABLE_HEADER_WORDS,
  YEAR_WORD,
  labelKey,
  lookup,
  type FundsField,
  type IndicatorField,
} from "../../grammars/vocabulary/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import { piece, tableLine, textLine, type Piece } from "./layout-lines.js";
import type { Line } from "./model.js";
import { trimWhere } from "./normalize-text.js";
import type { LayoutResult } from "./rebuild-rows.js";

/** More TAB rows than this share of the lines: an ordinary dump. */
const TABBED_SHARE = 0.1;
/** The fewest lines that must read as rows before a dump is taken for flattened text. */
const MIN_ROWS = 3;
/** The longest line read as one glued or spaced row (longer ones are prose or a whole form). */
const ROW_MAX_LENGTH = 500;
/** A line this long holding two identity labels is a whole form on one line. */
const SCRAMBLED_MIN_LENGTH = 200;

type Cells = Array<Piece | undefined>;

// ---- cutting a line at its labels ----------------------------------------------------------

interface Segment {
  readonly text: string;
  readonly anchor: boolean;
}

/** The first characters of the anchors: most positions of a line start none. */
const ANCHOR_STARTS = new Set(FLATTENED_ANCHORS.map((w) => w[0]));

/** The line cut at every anchor word, longest first at each position. */
export function cutAtAnchors(text: string): Segment[] {
  const out: Segment[] = [];
  let value = "";
  for (let i = 0; i < text.length; ) {
    const word = ANCHOR_STARTS.has(text[i]) ? FLATTENED_ANCHORS.find((w) => text.startsWith(w, i)) : undefined;
    if (word === undefined) {
      value += text[i];
      i++;
      continue;
    }
    if (value !== "") out.push({ text: value, anchor: false });
    value = "";
    out.push({ text: word, anchor: true });
    i += word.length;
  }
  if (value !== "") out.push({ text: value, anchor: false });
  return out;
}

/** `text` without colons at either end. */
function trimColons(text: string): string {
  return trimWhere(text, (ch) => ch === ":" || ch === "：");
}

/** The digits `text` ends with (a scan: /\d+$/ is quadratic on long digit runs). */
function trailingDigits(text: string): string {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return text.slice(start);
}
const BRACKETED = /^[（(][^（）()]{1,6}[）)]$/;

// ---- numbers --------------------------------------------------------------------------------

/** A number as a glued run may hold it: no leading zero (but `0` and `0.5`). */
const NUMBER_TOKEN = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Every way to cut `digits` into `count` numbers. */
export function cutNumbers(digits: string, count: number): string[][] {
  if (count === 0) return digits === "" ? [[]] : [];
  const out: string[][] = [];
  for (let end = 1; end <= digits.length - (count - 1); end++) {
    const head = digits.slice(0, end);
    if (!NUMBER_TOKEN.test(head)) continue;
    for (const rest of cutNumbers(digits.slice(end), count - 1)) out.push([head, ...rest]);
  }
  return out;
}

/** 执行率 holds to the rate's own rounding (or truncation: `99%` for 99.985%). */
function rateFits(budget: number, executed: number, rate: string): boolean {
  if (budget === 0) return false;
  const computed = (executed / budget) * 100;
  const step = 10 ** -(rate.split(".")[1]?.length ?? 0);
  const stated = Number(rate);
  return Math.abs(computed - stated) <= step / 2 + 1e-9 || (computed >= stated && computed - stated < step);
}

export interface FundsSplit {
  readonly cells: string[];
  readonly ambiguous?: readonly [string, string];
}

/**
 * `202010100.00%10` under the columns `全年预算数¦全年执行数¦分值¦执行率¦得分` → 20, 20, 10, 100.00%, 10:
 * the rate is the number before `%`; budget, executed and 分值 before it split so that 执行数 /
 * 预算数 gives the rate, the total's 分值 is 10 and 得分 ≤ 分值. The sub-rows (`其中:当年财政拨款`)
 * have no 分值 / 得分. `undefined`: no split holds.
 */
export function splitFundsRun(run: string, fields: readonly FundsField[], total: boolean, totalBudget?: number): FundsSplit | undefined {
  const pct = run.indexOf(PERCENT);
  const attempts = total ? [fields] : [fields.filter((f) => f !== "weight" && f !== "score"), fields];
  for (const columns of attempts) {
    const rateAt = columns.indexOf("executionRate");
    const found: string[][] = [];
    const before = rateAt >= 0 && pct >= 0 ? run.slice(0, pct) : run;
    const after = rateAt >= 0 && pct >= 0 ? run.slice(pct + 1) : "";
    const head = rateAt >= 0 && pct >= 0 ? rateAt + 1 : columns.length;
    for (const left of cutNumbers(before, head)) {
      for (const right of cutNumbers(after, columns.length - head)) {
        const values = [...left, ...right];
        const get = (f: FundsField): number | undefined => {
          const k = columns.indexOf(f);
          return k >= 0 ? Number(values[k]) : undefined;
        };
        const budget = get("annualBudget");
        const executed = get("executed");
        const rateText = rateAt >= 0 ? values[rateAt] : undefined;
        const weight = get("weight");
        const score = get("score");
        if (budget !== undefined && executed !== undefined && rateText !== undefined && !rateFits(budget, executed, rateText)) continue;
        if (total && weight !== undefined && weight !== 10) continue;
        if (weight !== undefined && score !== undefined && score > weight) continue;
        // 得分 = 分值 × 执行率, to the score's rounding.
        if (weight !== undefined && score !== undefined && rateText !== undefined && Math.abs(score - (weight * Number(rateText)) / 100) > 0.05) continue;
        // A part is no more than the total.
        if (!total && totalBudget !== undefined && budget !== undefined && budget > totalBudget) continue;
        found.push(values.map((v, k) => (k === rateAt ? `${v}${PERCENT}` : v)));
      }
    }
    if (found.length === 1) return { cells: found[0] as string[] };
    if (found.length > 1) return { cells: [run], ambiguous: [(found[0] as string[]).join(" / "), (found[1] as string[]).join(" / ")] };
  }
  return undefined;
}

/** The trailing digits of an indicator row cut into its 分值 and 得分: every cut where 0 < 分值 ≤ 100 and 得分 ≤ 分值. */
export function weightScoreCuts(digits: string, count: number): string[][] {
  return cutNumbers(digits, count).filter((values) => {
    const weight = Number(values[0]);
    if (!(weight > 0 && weight <= 100)) return false;
    return values.length < 2 || Number(values[1]) <= weight;
  });
}

// ---- target and actual ---------------------------------------------------------------------

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isSign = (ch: string | undefined): boolean => ch !== undefined && TARGET_SIGNS.includes(ch);

/**
 * `受益学生人数≥800人856人` → name, target, actual: the name ends where a value starts (a sign or a
 * digit); the values split where a number starts again after a unit. Without numbers
 * (`学生综合素质提升有效提升有效提升`) the two values are the repeated tail.
 */
export function splitNameAndValues(text: string, values: number): string[] {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSign(text[i]) || isDigit(text[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    if (values === 2) {
      for (let len = Math.floor(text.length / 2); len >= 1; len--) {
        const tail = text.slice(-len);
        if (text.slice(-2 * len, -len) === tail && text.length > 2 * len) return [text.slice(0, -2 * len), tail, tail];
      }
    }
    return [text];
  }
  const name = text.slice(0, start);
  const rest = text.slice(start);
  if (values < 2) return [name, rest];
  for (let i = 1; i < rest.length; i++) {
    const prev = rest[i - 1] as string;
    if ((isDigit(rest[i]) || isSign(rest[i])) && !isDigit(prev) && prev !== "." && !isSign(prev)) return [name, rest.slice(0, i), rest.slice(i)];
  }
  return [name, rest];
}

// ---- reading the lines -----------------------------------------------------------------------

interface Context {
  fundsFields: FundsField[];
  indicatorFields: Array<IndicatorField | null | undefined>;
  readonly diagnostics: Diagnostic[];
  /** Indicator rows whose trailing digits cut several ways: resolved by the weights' sum. */
  readonly pending: Array<{ row: Cells; col: number; cuts: string[][]; raw: string; line: number }>;
  fundsWeight: number;
  fixedWeights: number;
  totalBudget?: number;
}

const headerField = (text: string, ctx: "funds" | "indicators"): string | null | undefined => {
  const f = piece(text, 0).facts;
  if (ctx === "funds") return f.fundsHeader;
  return f.indicatorHeader !== undefined ? f.indicatorHeader : lookup(TARGET_TABLE_HEADER_WORDS, labelKey(text));
};

/** One glued line → its row (or rows), or undefined to keep it as text. */
function readGluedLine(raw: string, line: number, ctx: Context): Cells[] | undefined {
  const segments = cutAtAnchors(raw.trim());
  const cells: string[] = [];
  for (const s of segments) {
    const text = trimColons(s.text);
    if (text === "") continue;
    // `项目资金(万元)`: a bracketed unit stays with its label.
    if (!s.anchor && BRACKETED.test(text) && cells.length > 0) cells[cells.length - 1] += text;
    else cells.push(text);
  }
  const anchors = segments.filter((s) => s.anchor).length;
  if (anchors === 0) return undefined;
  const p = (text: string): Piece => piece(text, line);
  const first = p(cells[0] as string).facts;
  // A header: every cell a label.
  if (anchors >= 2 && anchors === segments.filter((s) => trimColons(s.text) !== "" && !BRACKETED.test(s.text)).length) {
    const funds = cells.map((c) => headerField(c, "funds"));
    const indicators = cells.map((c) => headerField(c, "indicators"));
    if (indicators.filter((f) => f === "level1" || f === "level2" || f === "name" || f === "target").length >= 2) ctx.indicatorFields = indicators as Array<IndicatorField | null | undefined>;
    else if (funds.filter((f) => f !== undefined).length >= 2) ctx.fundsFields = funds.filter((f): f is FundsField => typeof f === "string");
    return [cells.map(p)];
  }
  const subItem = first.key === SUB_ITEM_MARK && cells.length > 1 && p(cells.slice(0, 2).join("")).facts.fundsItem !== undefined;
  if (first.fundsItem !== undefined || subItem) {
    const labelCells = subItem ? 2 : 1;
    // The label as written, with its colon: `其中:当年财政拨款`.
    const trimmed = raw.trim();
    const lastLabel = cells[labelCells - 1] as string;
    const label = trimmed.slice(0, trimmed.indexOf(lastLabel, subItem ? (cells[0] as string).length : 0) + lastLabel.length);
    const run = cells.slice(labelCells).join("");
    const isTotal = p(label).facts.fundsItem === "total";
    const split = ctx.fundsFields.length > 0 && run !== "" ? splitFundsRun(run, ctx.fundsFields, isTotal, ctx.totalBudget) : undefined;
    if (split === undefined) return [[p(label), ...(run === "" ? [] : [p(run)])]];
    if (split.ambiguous) {
      ctx.diagnostics.push(diagnostic("split-ambiguous", { text: run, first: split.ambiguous[0], second: split.ambiguous[1] }, line));
      return [[p(label), p(run)]];
    }
    const row: Cells = [p(label)];
    let k = 0;
    const present = split.cells.length === ctx.fundsFields.length ? ctx.fundsFields : ctx.fundsFields.filter((f) => f !== "weight" && f !== "score");
    for (const f of ctx.fundsFields) row.push(present.includes(f) ? p(split.cells[k++] as string) : undefined);
    if (isTotal) {
      const w = Number(split.cells[present.indexOf("weight")]);
      if (Number.isFinite(w)) ctx.fundsWeight = w;
      const b = Number(split.cells[present.indexOf("annualBudget")]);
      if (Number.isFinite(b)) ctx.totalBudget = b;
    }
    ctx.diagnostics.push(diagnostic("cells-split", { text: run, cells: split.cells.map((c) => `「${c}」`).join(" "), by: "rate" }, line));
    return [row];
  }
  if (first.rowLabel === "projectName" || first.rowLabel === "identity") return [cells.map(p)];
  if (first.rowLabel === "total") {
    const run = cells.slice(1).join("");
    if (run === "") return [[p(cells[0] as string)]];
    const cuts = cutNumbers(run, 2).filter(([w, s]) => Number(w) <= 100 && Number(s) <= Number(w));
    if (cuts.length !== 1) return [[p(cells[0] as string), p(run)]];
    const [w, s] = cuts[0] as string[];
    ctx.diagnostics.push(diagnostic("cells-split", { text: run, cells: `「${w}」 「${s}」`, by: "total" }, line));
    return [totalRow(p(cells[0] as string), p(w as string), p(s as string), ctx)];
  }
  if (ctx.indicatorFields.length > 0) return [indicatorRow(cells, line, ctx)];
  return undefined;
}

function totalRow(label: Piece, weight: Piece | undefined, score: Piece | undefined, ctx: Context): Cells {
  const width = Math.max(ctx.indicatorFields.length, 3);
  const row: Cells = new Array<Piece | undefined>(width).fill(undefined);
  row[0] = label;
  const w = ctx.indicatorFields.indexOf("weight");
  const s = ctx.indicatorFields.indexOf("score");
  row[w > 0 ? w : width - 2] = weight;
  if (score !== undefined) row[s > 0 ? s : width - 1] = score;
  return row;
}

/** An indicator row: its level cells by the header's columns, the rest by shape, the trailing digits by the weights. */
function indicatorRow(cells: string[], line: number, ctx: Context): Cells {
  const fields = ctx.indicatorFields;
  const row: Cells = new Array<Piece | undefined>(fields.length).fill(undefined);
  const p = (text: string): Piece => piece(text, line);
  let k = 0;
  const level1Col = fields.indexOf("level1");
  const level2Col = fields.indexOf("level2");
  for (; k < cells.length; k++) {
    const f = p(cells[k] as string).facts;
    if (f.level2 !== undefined && level2Col >= 0 && row[level2Col] === undefined && !(f.level1 !== undefined && row[level1Col] === undefined && k === 0 && p(cells[k + 1] ?? "").facts.level2 !== undefined)) {
      row[level2Col] = p(cells[k] as string);
    } else if (f.level1 !== undefined && level1Col >= 0 && row[level1Col] === undefined) row[level1Col] = p(cells[k] as string);
    else if (k === 0 && level1Col >= 0 && p(cells[1] ?? "").facts.level2 !== undefined) row[level1Col] = p(cells[k] as string);
    else break;
  }
  let rest = cells.slice(k).join("");
  const numeric = fields.filter((f) => f === "weight" || f === "score");
  const numericCols = numeric.map((f) => fields.indexOf(f));
  const textCols = fields.map((f, col) => ({ f, col })).filter(({ f, col }) => col > Math.max(level1Col, level2Col) && (f === "name" || f === "target" || f === "actual")).map(({ col }) => col);
  const digits = trailingDigits(rest);
  let cuts = weightScoreCuts(digits, numeric.length).map((c) => ({ values: c, tail: "" }));
  if (cuts.length === 0 && numeric.length > 0) {
    // The target's own digits glued to the weight (`达到预计值210010` = 2100 / 10).
    cuts = cutNumbers(digits, numeric.length + 1)
      .filter((c) => weightScoreCuts(c.slice(1).join(""), numeric.length).some((w) => w.join("") === c.slice(1).join("") && w.every((x, i) => x === c[i + 1])))
      .map((c) => ({ values: c.slice(1), tail: c[0] as string }));
  }
  const place = (values: string[], tail: string): void => {
    values.forEach((v, i) => (row[numericCols[i] as number] = p(v)));
    const text = rest.slice(0, rest.length - digits.length) + tail;
    const parts = splitNameAndValues(text, textCols.length - 1);
    parts.forEach((t, i) => {
      if (t !== "" && textCols[i] !== undefined) row[textCols[i] as number] = p(t);
    });
  };
  if (cuts.length === 1) {
    const cut = cuts[0] as { values: string[]; tail: string };
    place(cut.values, cut.tail);
    ctx.fixedWeights += Number(cut.values[0]);
    ctx.diagnostics.push(diagnostic("cells-split", { text: rest, cells: row.filter((c) => c !== undefined).map((c) => `「${c.raw}」`).join(" "), by: "shapes" }, line));
  } else if (cuts.length > 1) {
    ctx.pending.push({ row, col: numericCols[0] as number, cuts: cuts.map((c) => c.values), raw: rest, line });
    place([], "");
  } else if (rest !== "") {
    const col = textCols[0] ?? fields.length - 1;
    row[col] = p(rest);
  }
  rest = "";
  return row;
}

/** Pending indicator rows: the cut that makes the weights add up to 100, if only one does. */
function resolvePending(ctx: Context): void {
  for (const item of ctx.pending) {
    const others = ctx.pending.filter((x) => x !== item).length;
    const fits = item.cuts.filter((c) => others === 0 && ctx.fundsWeight + ctx.fixedWeights + Number(c[0]) === 100);
    if (fits.length === 1) {
      const values = fits[0] as string[];
      values.forEach((v, i) => (item.row[item.col + i] = piece(v, item.line)));
      ctx.diagnostics.push(diagnostic("cells-split", { text: item.raw, cells: values.map((v) => `「${v}」`).join(" "), by: "weights" }, item.line));
    } else {
      ctx.diagnostics.push(
        diagnostic("split-ambiguous", { text: item.raw, first: (item.cuts[0] as string[]).join(" / "), second: (item.cuts[1] as string[]).join(" / ") }, item.line),
      );
    }
  }
}

// ---- spaces ----------------------------------------------------------------------------------

const SPACES = /[ \u3000]+/;

/** `年度资金总额 80.00 80.00 …`: a row of space-separated cells when its first cell is a label. */
function readSpacedLine(raw: string, line: number): Cells[] | undefined {
  const tokens = raw.trim().split(SPACES);
  if (tokens.length < 2) return undefined;
  const cells = tokens.map((t) => piece(t, line));
  const f = (cells[0] as Piece).facts;
  const isLabel =
    f.rowLabel !== undefined || f.fundsItem !== undefined || f.isLevelWord || f.indicatorHeader !== undefined || f.fundsHeader !== undefined;
  if (!isLabel) return undefined;
  // `年度总体目标 预期目标 … 实际完成情况 …`: the goals header and its values, as a TAB dump has them.
  if (f.rowLabel === "goals") {
    const actualAt = cells.findIndex((c, i) => i > 1 && c.facts.goalsHeader === "actual");
    if (cells[1]?.facts.goalsHeader === "expected" && actualAt > 2) {
      const expected = piece(tokens.slice(2, actualAt).join(" "), line);
      const actual = piece(tokens.slice(actualAt + 1).join(" "), line);
      return [[cells[0], cells[1], cells[actualAt]], [undefined, expected, actual]];
    }
  }
  return [cells];
}

// ---- scrambled: a whole form on one line -----------------------------------------------------

/**
 * `财政项目支出绩效自评表 (2022 年度) 普陀体育中心与委托运营方结 算费用 项目名称 主管部门 上海市普陀区体育局 …`:
 * each form (from its title) read by its anchors only.
 */
function readScrambledLine(raw: string, line: number, ctx: Context): Line[] | undefined {
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

// ---- the dump --------------------------------------------------------------------------------

export function readFlattenedText(lines: readonly Line[]): LayoutResult {
  let tabbed = 0;
  let filled = 0;
  for (const line of lines) {
    if (line.kind === "blank") continue;
    filled++;
    if (line.kind === "table") tabbed++;
  }
  if (filled === 0 || tabbed > filled * TABBED_SHARE) return { lines: lines as Line[], diagnostics: [] };
  const ctx: Context = { fundsFields: [], indicatorFields: [], diagnostics: [], pending: [], fundsWeight: 0, fixedWeights: 0 };
  const out: Line[] = [];
  const read: number[] = [];
  let how: "spaces" | "glued" | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== "text") {
      out.push(line);
      continue;
    }
    const ids = Object.values(IDENTITY_LABEL).filter((l) => line.raw.includes(l)).length;
    if (line.raw.length >= SCRAMBLED_MIN_LENGTH && ids >= 2) {
      const rows = readScrambledLine(line.raw, line.line, ctx);
      if (rows) {
        out.push(...rows);
        continue;
      }
    }
    if (line.raw.length > ROW_MAX_LENGTH) {
      out.push(line);
      continue;
    }
    let rows = SPACES.test(line.raw.trim()) ? readSpacedLine(line.raw, line.line) : undefined;
    if (rows) how = how ?? "spaces";
    else {
      rows = readGluedLine(line.raw, line.line, ctx);
      if (rows) how = "glued";
    }
    // `总分` with its numbers on the next lines (07: `总分` / `100`).
    if (rows && rows.length === 1 && rows[0]?.length === 1 && rows[0][0]?.facts.rowLabel === "total") {
      const next = lines[i + 1];
      if (next?.kind === "text" && piece(next.raw, next.line).facts.amount.kind === "number") {
        rows = [totalRow(rows[0][0], piece(next.raw, next.line), undefined, ctx)];
        i++;
      }
    }
    if (!rows || (rows.length === 1 && (rows[0]?.filter((c) => c !== undefined).length ?? 0) < 2)) {
      out.push(line);
      continue;
    }
    read.push(line.line);
    for (const row of rows) out.push(tableLine(row));
  }
  resolvePending(ctx);
  if (read.length < MIN_ROWS) {
    const scrambled = ctx.diagnostics.filter((d) => d.code === "layout-flattened");
    return scrambled.length > 0 ? { lines: out, diagnostics: ctx.diagnostics } : { lines: lines as Line[], diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [
    diagnostic(
      "layout-flattened",
      { lines: spans(read), how: how === "spaces" ? "cells separated by spaces" : "cells glued together", read: "rows cut at their labels" },
      read[0],
    ),
    ...ctx.diagnostics,
  ];
  return { lines: out, diagnostics };
}

/** `2, 3, 4, 7` → `2–4, 7`. */
function spans(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as number) === (lines[j] as number) + 1) j++;
    parts.push(i === j ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
