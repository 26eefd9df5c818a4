/**
 * A glued indicator row (`产出指标数量指标受益学生人数≥800人856人3030`) → the cells of the indicator
 * header above it: level cells by the vocabulary (or, where it names none, by their `…指标` ending),
 * name, 指标说明, target and actual by shape, the trailing digits cut into 分值 / 得分 — by their shapes,
 * else by the weights adding up to 100 once every row is read (resolvePending).
 */
import { EXPLANATION_LEADS, EXPLANATION_VALUE_END, EXPLANATION_YES_NO, LEVEL_CELL_ENDING, type IndicatorField } from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, type Piece } from "../layout-lines.js";
import type { Cells, Context } from "./context.js";
import { trailingDigits } from "./cut-at-anchors.js";
import { splitNameAndValues } from "./name-and-values.js";
import { cutNumbers, weightScoreCuts } from "./split-numbers.js";

/** The longest glued line read as an indicator row when no label anchors it (longer: prose). */
const UNLABELLED_MAX_LENGTH = 80;
/** Sentence punctuation: a line holding it is prose, not a row. */
const SENTENCE_MARKS = /[。；;，,！？]/;

const isClosing = (ch: string | undefined): boolean => ch === ")" || ch === "）";
const isOpening = (ch: string | undefined): boolean => ch === "(" || ch === "（";
/** The longest bracketed note after a level cell's ending. */
const NOTE_MAX_LENGTH = 6;

/**
 * `项目年度绩效目标(定量指标)制度指标规章制度…` → `项目年度绩效目标(定量指标)`, `制度指标` and the rest: up to
 * `count` leading cells, each ending in 指标 (and a closing bracket or a short bracketed note after
 * it, if any), with text left after them.
 */
export function leadingLevelCells(text: string, count: number): { levels: string[]; rest: string } {
  const levels: string[] = [];
  let rest = text;
  while (levels.length < count) {
    const at = rest.indexOf(LEVEL_CELL_ENDING);
    if (at <= 0) break;
    let end = at + LEVEL_CELL_ENDING.length;
    if (isClosing(rest[end])) end++;
    else if (isOpening(rest[end])) {
      // `项目管理指标（定性）`: a short bracketed note after the ending belongs to the cell.
      const close = [...rest.slice(end + 1, end + 2 + NOTE_MAX_LENGTH)].findIndex(isClosing);
      if (close >= 0) end += close + 2;
    }
    if (end >= rest.length) break;
    levels.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return { levels, rest };
}

/**
 * A name glued to its 指标说明 (`享受资助人数达到预计值` → `享受资助人数` ¦ `达到预计值`; `规章制度建立与否` →
 * `规章制度` ¦ `建立与否`), and a target written after a 说明 that ends in 值 (`改善程度达到目标值明显改善` →
 * … ¦ `达到目标值` ¦ `明显改善`); undefined when no 说明 is there. The name keeps at least two characters.
 */
export function explanationTail(text: string): { name: string; explanation: string; target: string } | undefined {
  if (text.endsWith(EXPLANATION_YES_NO) && text.length >= EXPLANATION_YES_NO.length + 4) {
    const at = text.length - EXPLANATION_YES_NO.length - 2;
    return { name: text.slice(0, at), explanation: text.slice(at), target: "" };
  }
  let best = -1;
  for (const lead of EXPLANATION_LEADS) {
    const at = text.lastIndexOf(lead);
    if (at >= 2 && at > best && text.length > at + lead.length) best = at;
  }
  if (best < 0) return undefined;
  const end = text.indexOf(EXPLANATION_VALUE_END, best);
  const cut = end < 0 ? text.length : end + EXPLANATION_VALUE_END.length;
  return { name: text.slice(0, best), explanation: text.slice(best, cut), target: text.slice(cut) };
}

interface Cut {
  readonly values: string[];
  /** Digits of the target glued to the weight (`达到预计值210010` = 2100 / 10): they go back to the text. */
  readonly tail: string;
}

/** The ways to cut a row's trailing digits into its 分值 (and 得分), the target's own digits allowed before them. */
function numericCuts(digits: string, count: number): Cut[] {
  if (count === 0) return [];
  const cuts: Cut[] = weightScoreCuts(digits, count).map((c) => ({ values: c, tail: "" }));
  if (cuts.length > 0) return cuts;
  return cutNumbers(digits, count + 1)
    .filter((c) => weightScoreCuts(c.slice(1).join(""), count).some((w) => w.every((x, i) => x === c[i + 1])))
    .map((c) => ({ values: c.slice(1), tail: c[0] as string }));
}

/**
 * An indicator row whose cells are glued: `cells` as cut at the labels. Its leading level cells
 * go to the header's level columns, the rest is placed by shape.
 */
export function indicatorRow(cells: string[], line: number, ctx: Context): Cells {
  const whole = cells.join("");
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
  const rest = cells.slice(k).join("");
  const cuts = numericCuts(trailingDigits(rest), numericColumns(fields).length);
  placeValues(row, rest, whole, cuts, line, ctx);
  return row;
}

/**
 * A glued line with no label in an indicator table (`项目年度绩效目标(定量指标)制度指标规章制度建立与否20`,
 * `资金支出率95%10`): an indicator row when its trailing digits cut into a 分值 (and 得分), or, in a
 * table without them, when a value follows its name; otherwise undefined (the line stays text).
 */
export function unlabelledIndicatorRow(text: string, line: number, ctx: Context): Cells | undefined {
  const fields = ctx.indicatorFields;
  if (ctx.afterTotal || text.length > UNLABELLED_MAX_LENGTH || SENTENCE_MARKS.test(text)) return undefined;
  const numeric = numericColumns(fields);
  const levelCols = (["level1", "level2"] as const).map((f) => fields.indexOf(f)).filter((c) => c >= 0);
  const { levels, rest } = leadingLevelCells(text, levelCols.length);
  const cuts = numericCuts(trailingDigits(rest), numeric.length);
  if (numeric.length > 0 ? cuts.length === 0 : splitNameAndValues(rest, 1).length < 2) return undefined;
  const row: Cells = new Array<Piece | undefined>(fields.length).fill(undefined);
  // One level cell is the 二级 (the 一级 spans the rows above); two are both.
  const cols = levels.length === 1 ? levelCols.slice(-1) : levelCols;
  levels.forEach((l, i) => (row[cols[i] as number] = piece(l, line)));
  placeValues(row, rest, text, cuts, line, ctx, levels.length > 0 ? "levelEnding" : "shapes");
  return cuts.length > 1 || row.some((c, col) => c !== undefined && fields[col] === "name") ? row : undefined;
}

const numericColumns = (fields: ReadonlyArray<IndicatorField | null | undefined>): number[] =>
  fields.flatMap((f, col) => (f === "weight" || f === "score" ? [col] : []));

/** The text columns after the levels, in the header's order: name, 指标说明, target, actual. */
function textColumns(fields: ReadonlyArray<IndicatorField | null | undefined>): number[] {
  const after = Math.max(fields.indexOf("level1"), fields.indexOf("level2"));
  return fields.flatMap((f, col) => (col > after && (f === "name" || f === "explanation" || f === "target" || f === "actual") ? [col] : []));
}

/** The name, 指标说明, target and actual of `rest` (its trailing digits cut by `cut`, if any). */
function placeText(row: Cells, rest: string, digits: string, cut: Cut | undefined, line: number, fields: ReadonlyArray<IndicatorField | null | undefined>): void {
  const p = (text: string): Piece => piece(text, line);
  const cols = textColumns(fields);
  const explanationCol = cols.find((c) => fields[c] === "explanation");
  const valueCols = cols.filter((c) => fields[c] === "target" || fields[c] === "actual");
  const nameCol = cols.find((c) => fields[c] === "name");
  const text = cut === undefined ? rest : rest.slice(0, rest.length - digits.length) + cut.tail;
  const [name = "", ...values] = splitNameAndValues(text, valueCols.length);
  const explained = explanationCol !== undefined ? explanationTail(name) : undefined;
  if (nameCol !== undefined && name !== "") row[nameCol] = p(explained ? explained.name : name);
  if (explained && explanationCol !== undefined) row[explanationCol] = p(explained.explanation);
  // A target with no digit or sign, written after the 说明 (`达到目标值明显改善`).
  if (explained && explained.target !== "" && values.length === 0) values.push(explained.target);
  values.forEach((v, i) => {
    if (v !== "" && valueCols[i] !== undefined) row[valueCols[i] as number] = p(v);
  });
}

/** `rest` (the row's text after its level cells) into the row by `cuts`; `whole` is the line as written, for the report. */
function placeValues(row: Cells, rest: string, whole: string, cuts: Cut[], line: number, ctx: Context, by = "shapes"): void {
  const fields = ctx.indicatorFields;
  const numericCols = numericColumns(fields);
  const digits = trailingDigits(rest);
  if (cuts.length === 1) {
    const cut = cuts[0] as Cut;
    cut.values.forEach((v, i) => (row[numericCols[i] as number] = piece(v, line)));
    placeText(row, rest, digits, cut, line, fields);
    ctx.fixedWeights += Number(cut.values[0]);
    ctx.diagnostics.push(diagnostic("cells-split", { text: whole, cells: row.filter((c) => c !== undefined).map((c) => `「${c.raw}」`).join(" "), by }, line));
  } else if (cuts.length > 1) {
    ctx.pending.push({ row, cols: numericCols, cuts, rest, whole, digits, line });
  } else if (rest !== "") {
    if (numericCols.length === 0 && splitNameAndValues(rest, 1).length > 1) {
      placeText(row, rest, digits, undefined, line, fields);
      ctx.diagnostics.push(diagnostic("cells-split", { text: whole, cells: row.filter((c) => c !== undefined).map((c) => `「${c.raw}」`).join(" "), by }, line));
    } else row[textColumns(fields)[0] ?? fields.length - 1] = piece(rest, line);
  }
}

/** The 总分 row: its label, and 分值 / 得分 under the header's columns. */
export function totalRow(label: Piece, weight: Piece | undefined, score: Piece | undefined, ctx: Context): Cells {
  const width = Math.max(ctx.indicatorFields.length, 3);
  const row: Cells = new Array<Piece | undefined>(width).fill(undefined);
  row[0] = label;
  const w = ctx.indicatorFields.indexOf("weight");
  const s = ctx.indicatorFields.indexOf("score");
  row[w > 0 ? w : width - 2] = weight;
  if (score !== undefined) row[s > 0 ? s : width - 1] = score;
  ctx.afterTotal = true;
  return row;
}

/**
 * Rows whose trailing digits cut several ways: the cut that makes the weights add up to 100, when
 * only one row is in doubt and only one cut does; otherwise the text stays whole and both cuts are
 * reported.
 */
export function resolvePending(ctx: Context): void {
  for (const item of ctx.pending) {
    const others = ctx.pending.filter((x) => x !== item).length;
    const fits = item.cuts.filter((c) => others === 0 && ctx.fundsWeight + ctx.fixedWeights + Number(c.values[0]) === 100);
    if (fits.length === 1) {
      const cut = fits[0] as Cut;
      cut.values.forEach((v, i) => (item.row[item.cols[i] as number] = piece(v, item.line)));
      placeText(item.row, item.rest, item.digits, cut, item.line, ctx.indicatorFields);
      ctx.diagnostics.push(diagnostic("cells-split", { text: item.whole, cells: item.row.filter((c) => c !== undefined).map((c) => `「${c.raw}」`).join(" "), by: "weights" }, item.line));
    } else {
      const [first, second] = item.cuts as [Cut, Cut];
      const show = (c: Cut): string => [c.tail, ...c.values].filter((v) => v !== "").join(" / ");
      const textCol = textColumns(ctx.indicatorFields)[0] ?? ctx.indicatorFields.length - 1;
      item.row[textCol] = piece(item.rest, item.line);
      ctx.diagnostics.push(diagnostic("split-ambiguous", { text: item.whole, first: show(first), second: show(second) }, item.line));
    }
  }
}
