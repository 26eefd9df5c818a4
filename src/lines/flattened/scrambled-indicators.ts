/**
 * The 绩效指标 section of a form scrambled onto one line (PDF text, 01: `一级指标 二级指标 数量指标 三级指标
 * 与委托运营方结算完成 年度 指标值 实际 完成值 分值 得分 =100% 100% 10 10 =100% 100% 20 20 … 100 98.62 率 产出指标
 * 质量指标 …`). The cells of a row no longer stand together: the value groups follow the header, the
 * names and level words come elsewhere, a wrapped name's last character far from its head. What the
 * text still holds is order and shape:
 *   value groups  as many tokens as the header has value columns, its 分值 / 得分 numbers, 得分 ≤ 分值;
 *   总分          the two numbers after them, when the weights (and the funds line's 分值) add up to it;
 *   names         the other words before 总分, in order, a one-character piece joined to the name before it;
 *   二级指标      the level words, in order.
 * Names, levels and value groups are paired by order only when their counts agree, and the pairing is
 * reported (`matched-by-order`): the text does not show which value belongs to which name.
 */
import { INDICATOR_HEADER_LABEL, INDICATORS_SECTION_LABEL, IDEOGRAPH, LEVEL1, LEVEL2, TOTAL_LABEL, type IndicatorField } from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, tableLine, type Piece } from "../layout-lines.js";
import type { Line } from "../model.js";
import type { Cells, Context } from "./context.js";
import type { FormTokens } from "./form-tokens.js";

/** The value columns a group may have, in the SPEC's order. */
const VALUE_FIELDS: readonly IndicatorField[] = ["target", "actual", "weight", "score", "deviation"];
const NUMERIC: ReadonlySet<IndicatorField> = new Set(["weight", "score", "deviation"]);
/** Weights and scores are read to this precision when summed. */
const SUM_TOLERANCE = 0.011;

type Kind = "header" | "section" | "total" | "level" | "other";

interface Classified {
  readonly kind: Kind;
  readonly field?: IndicatorField | null;
}

/** What each token from the indicator header on is: a heading (a wrapped one joined), the section's label, 总分, a level word, or other text. */
function classify(tokens: FormTokens, start: number): Map<number, Classified> {
  const out = new Map<number, Classified>();
  for (let i = start; i < tokens.length; i++) {
    if (tokens.isTaken(i) || tokens.isPageMark(i)) continue;
    const f = tokens.facts(i);
    // `年度 指标值`, `实际 完成值`: a heading the PDF wrapped, whose first half names nothing alone.
    if (f.indicatorHeader === undefined && i + 1 < tokens.length && !f.isLevelWord) {
      const joined = piece(tokens.text(i) + tokens.text(i + 1), 0).facts.indicatorHeader;
      if (joined) {
        out.set(i, { kind: "header", field: joined });
        out.set(i + 1, { kind: "header", field: joined });
        i++;
        continue;
      }
    }
    // `绩 效 指 标`: the section's label written down its merged cell, one character a token.
    const section = sectionLabelAt(tokens, i);
    if (section > 0) {
      for (let k = i; k < i + section; k++) out.set(k, { kind: "section" });
      i += section - 1;
      continue;
    }
    if (f.indicatorHeader !== undefined) out.set(i, { kind: "header", field: f.indicatorHeader });
    else if (f.rowLabel === "total") out.set(i, { kind: "total" });
    else if (f.isLevelWord) out.set(i, { kind: "level" });
    else out.set(i, { kind: "other" });
  }
  return out;
}

/** How many one-character tokens from `i` spell the section label, or 0. */
function sectionLabelAt(tokens: FormTokens, i: number): number {
  let joined = "";
  for (let k = i; k < tokens.length && tokens.text(k).length === 1; k++) {
    joined += tokens.text(k);
    if (joined === INDICATORS_SECTION_LABEL) return k - i + 1;
    if (!INDICATORS_SECTION_LABEL.startsWith(joined)) return 0;
  }
  return 0;
}

const numberOf = (tokens: FormTokens, i: number): number | undefined => {
  const a = tokens.facts(i).amount;
  return a.kind === "number" && a.unit === undefined ? a.value : undefined;
};

/** A level word written as a variant (`满意度`) whose canonical level (满意度指标) the section also writes: a name, not a level. */
function isCanonical(text: string): boolean {
  const key = piece(text, 0).facts.key;
  return (LEVEL1 as readonly string[]).includes(key) || Object.hasOwn(LEVEL2, key);
}

export interface ScrambledIndicators {
  readonly lines: Line[];
  readonly read: string[];
}

export function readScrambledIndicators(tokens: FormTokens, line: number, ctx: Context, fundsWeight?: number, fundsScore?: number): ScrambledIndicators {
  let start = tokens.find((_, i) => !tokens.isTaken(i) && tokens.facts(i).indicatorHeader === "level1");
  if (start < 0) return { lines: [], read: [] };
  // The section's label just before its header (`绩效指标 一级指标 …`) belongs to it.
  if (start > 0 && !tokens.isTaken(start - 1) && tokens.facts(start - 1).indicatorHeader === null) start--;
  const kinds = classify(tokens, start);
  const indices = [...kinds.keys()].sort((a, b) => a - b);
  const kindOf = (i: number): Kind | undefined => kinds.get(i)?.kind;
  for (const i of indices) if (kindOf(i) === "header" || kindOf(i) === "section") tokens.take(i);

  // The value columns: the headings of the header's first run (`年度指标值 实际完成值 分值 得分`), up to
  // the first text after them.
  const columns: IndicatorField[] = [];
  let headerEnd = start;
  for (const i of indices) {
    const c = kinds.get(i) as Classified;
    if (c.kind === "other" && columns.length > 0) break;
    if (c.kind === "header" && c.field && VALUE_FIELDS.includes(c.field) && !columns.includes(c.field)) columns.push(c.field);
    headerEnd = i;
  }
  columns.sort((a, b) => VALUE_FIELDS.indexOf(a) - VALUE_FIELDS.indexOf(b));

  // Value groups: from the first token after the header where one fits, as many as follow; then the 总分's numbers.
  const groupAt = (at: number): number[] | undefined => {
    if (columns.length === 0 || at + columns.length > tokens.length) return undefined;
    const group = Array.from({ length: columns.length }, (_, k) => at + k);
    if (!group.every((i) => kindOf(i) === "other")) return undefined;
    const num = (f: IndicatorField): number | undefined => {
      const k = columns.indexOf(f);
      return k < 0 ? undefined : numberOf(tokens, group[k] as number);
    };
    const fits = columns.every((f, k) => !NUMERIC.has(f) || (f === "deviation" ? tokens.facts(group[k] as number).amount.kind === "number" : num(f) !== undefined));
    const weight = num("weight");
    const score = num("score");
    if (!fits || (weight !== undefined && weight > 100) || (weight !== undefined && score !== undefined && score > weight)) return undefined;
    return group;
  };
  const groups: number[][] = [];
  let at = indices.find((i) => i > headerEnd && groupAt(i) !== undefined) ?? -1;
  for (let group = at >= 0 ? groupAt(at) : undefined; group; group = groupAt(at)) {
    groups.push(group);
    at += columns.length;
  }
  const weightCol = columns.indexOf("weight");
  const scoreCol = columns.indexOf("score");
  const sumText = (gs: number[][], col: number): string => gs.map((g) => tokens.text(g[col] as number)).join(" + ");
  const sum = (col: number): number | undefined => (col < 0 ? undefined : groups.reduce((s, g) => s + (numberOf(tokens, g[col] as number) ?? 0), 0));
  const totalAt = indices.find((i) => kindOf(i) === "total");
  let total: { weight: number; score?: number; indices: number[] } | undefined;
  // The 总分's numbers follow the groups (01), or the 总分 label (`总分 100 97.5`, text in reading order).
  for (const numbersAt of totalAt === undefined ? [] : [at, totalAt + 1]) {
    if (total || groups.length === 0 || weightCol < 0 || kindOf(numbersAt) !== "other" || numberOf(tokens, numbersAt) === undefined) continue;
    const w = numberOf(tokens, numbersAt) as number;
    const s = scoreCol >= 0 && kindOf(numbersAt + 1) === "other" ? numberOf(tokens, numbersAt + 1) : undefined;
    const weights = (sum(weightCol) as number) + (fundsWeight ?? 0);
    const scores = scoreCol >= 0 ? (sum(scoreCol) as number) + (fundsScore ?? 0) : undefined;
    if (Math.abs(w - weights) < SUM_TOLERANCE) {
      total = s === undefined ? { weight: w, indices: [numbersAt] } : { weight: w, score: s, indices: [numbersAt, numbersAt + 1] };
      const how = `${sumText(groups, weightCol)}${fundsWeight === undefined ? "" : ` + ${fundsWeight}`} = ${round(weights)}` + (s !== undefined && scores !== undefined ? `; ${sumText(groups, scoreCol)}${fundsScore === undefined ? "" : ` + ${fundsScore}`} = ${round(scores)}` : "");
      ctx.diagnostics.push(diagnostic("placed-by-arithmetic", { values: total.indices.map((i) => `「${tokens.text(i)}」`).join(" "), as: s === undefined ? "totalWeight" : "total", how }, line));
    }
  }

  // Names: the other words, in order; a variant level word its canonical form already writes; a
  // one-character piece joined to the name before it (`与委托运营方结算完成` … `率`).
  const inGroup = new Set(groups.flat().concat(total?.indices ?? []));
  const canonicalSeen = new Set(indices.filter((i) => kindOf(i) === "level" && isCanonical(tokens.text(i))).map((i) => levelOf(tokens, i)));
  const names: Array<{ text: string; indices: number[] }> = [];
  const joins: Array<{ head: string; tail: string }> = [];
  const levels: number[] = [];
  for (const i of indices) {
    const kind = kindOf(i);
    const text = tokens.text(i);
    // The 总分 row is the table's last: text after its label is not the section's.
    if (totalAt !== undefined && i > totalAt && !inGroup.has(i)) break;
    if (kind === "level") {
      if (!isCanonical(text) && canonicalSeen.has(levelOf(tokens, i))) names.push({ text, indices: [i] });
      else levels.push(i);
      continue;
    }
    if (kind !== "other" || inGroup.has(i) || !IDEOGRAPH.test(text)) continue;
    const last = names[names.length - 1];
    if (text.length === 1 && last !== undefined) {
      joins.push({ head: last.text, tail: text });
      last.text += text;
      last.indices.push(i);
    } else names.push({ text, indices: [i] });
  }
  const level2s = levels.filter((i) => tokens.facts(i).level2 !== undefined);

  const read: string[] = [];
  const out: Line[] = [];
  const p = (t: string): Piece => piece(t, line);
  const header: IndicatorField[] = ["level1", "level2", "name", ...columns];
  const rowOf = (cells: Partial<Record<IndicatorField, string>>): Cells => header.map((f) => (cells[f] === undefined ? undefined : p(cells[f] as string)));
  out.push(tableLine(header.map((f) => p(INDICATOR_HEADER_LABEL[f]))));
  const paired = names.length > 0 && (groups.length === 0 || groups.length === names.length);
  if (paired) {
    const withLevels = level2s.length === names.length;
    const pairs: string[] = [];
    names.forEach((name, n) => {
      const cells: Partial<Record<IndicatorField, string>> = { name: name.text };
      if (withLevels) cells.level2 = tokens.text(level2s[n] as number);
      const group = groups[n];
      if (group) columns.forEach((f, k) => (cells[f] = tokens.text(group[k] as number)));
      out.push(tableLine(rowOf(cells)));
      tokens.take(...name.indices, ...(group ?? []));
      pairs.push(`「${[cells.level2, name.text].filter((x) => x !== undefined).join(" / ")}」${group ? ` ← ${group.map((i) => tokens.text(i)).join(" ")}` : ""}`);
    });
    if (withLevels) tokens.take(...levels);
    for (const { head, tail } of joins) ctx.diagnostics.push(diagnostic("cell-joined", { head, tail, from: line }, line));
    if (names.length > 1 && (groups.length > 0 || withLevels)) {
      const paired = groups.length > 0 && withLevels ? "valuesAndLevels" : groups.length > 0 ? "values" : "levels";
      ctx.diagnostics.push(diagnostic("matched-by-order", { count: names.length, with: paired, pairs: pairs.join("; ") }, line));
    }
    read.push(INDICATORS_SECTION_LABEL);
  }
  if (totalAt !== undefined) {
    const cells: Partial<Record<IndicatorField, string>> = {};
    if (total) {
      cells.weight = tokens.text(total.indices[0] as number);
      if (total.indices[1] !== undefined) cells.score = tokens.text(total.indices[1]);
      tokens.take(...total.indices);
    }
    const row = rowOf(cells);
    row[0] = p(tokens.text(totalAt));
    out.push(tableLine(row));
    tokens.take(totalAt);
    read.push(TOTAL_LABEL);
  }
  return { lines: out, read };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The canonical level a level word names. */
function levelOf(tokens: FormTokens, i: number): string {
  const f = tokens.facts(i);
  return (f.level2 ?? f.level1) as string;
}
