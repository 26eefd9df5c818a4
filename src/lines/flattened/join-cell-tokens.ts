/**
 * Cells that hold a space of their own, cut in two by the spaces that stand for TABs, joined back
 * (001 line 17 as a PDF's text: `产出指标 50分 数量指标 指标 1: 发放人数，按人数发放率 …`):
 *   - a level word and its weight: `产出指标` `50分` → `产出指标 50分`; a weight and its unit: `10` `分` → `10 分`;
 *   - a template's slot label and what follows it: `指标` `1:` `发放人数，…` → `指标 1: 发放人数，…`;
 *   - a unit in brackets and the cell before it: `项目资金` `(万元)` → `项目资金 (万元)`;
 *   - a value and its measure word: `2200` `元/人/月` → `2200 元/人/月`, `≥300` `人` → `≥300 人`;
 *   - a heading a space of its own cut: `年度` `指标值` → `年度 指标值` (splitHeading).
 * Any other space still cuts cells: these shapes are the forms' own, never two cells.
 */
import { MEASURE_WORDS, POINTS, SLOT_NUMERALS, SLOT_WORD } from "../../../grammars/vocabulary/index.js";
import { piece } from "../layout-lines.js";

/** `50分`, `15.5分`: a weight written with its unit. */
const WEIGHT_WITH_UNIT = new RegExp(`^\\d{1,3}(?:\\.\\d+)?${POINTS}$`);
/** A unit or a qualifier in brackets alone: `(万元)`, `（%）`, `(调整后)`. */
const BRACKETED_UNIT = /^[（(][^（()）\s]{1,4}[)）]$/;
/** A weight's number, before its unit written apart (`10 分`). */
const WEIGHT_NUMBER = /^\d{1,3}(?:\.\d+)?$/;
/** A value's number, a comparison before it (`2200`, `≥300`, `≤1.5`), before its unit written apart. */
const VALUE_NUMBER = /^[≥≤><≧≦＞＜=＝]?\d+(?:\.\d+)?$/;
/** A value's unit alone: measure words joined by `/` (`人`, `人次`, `元/人/月`). */
function isMeasureUnit(text: string): boolean {
  return text.split("/").every((word) => MEASURE_WORDS.includes(word));
}

/** A unit as brackets hold it: a measure word (`万元`, `%`) or a column's letters (`A`, `B/A`). */
function isUnit(text: string): boolean {
  return isMeasureUnit(text) || /^[A-Za-z](?:[/／][A-Za-z])?$/.test(text);
}

/** `1:`, `二、`: the numbering of a slot label. */
const SLOT_NUMBER = new RegExp(`^[${SLOT_NUMERALS}]{1,2}[:：.、]?$`);

/** A part of a heading cut by a space: a few characters, no digit, no punctuation but brackets. */
const HEADING_PART = /^[^\d\s,，。；;、:：%]{1,8}$/;

/** The longest first word of a heading a space cut, where that word alone heads nothing. */
const HEADING_LEAD_MAX = 3;

/** What a token heads or labels, if anything: a section label or a column heading's field. */
function headingOf(text: string): string | undefined {
  const f = piece(text, 0).facts;
  if (f.isLevelWord) return undefined;
  const field = f.rowLabel ?? f.indicatorHeader ?? f.goalsHeader ?? f.fundsHeader;
  return field === null ? undefined : field;
}

/**
 * `年度 指标值`, `实际 完成值`, `绩效 指标`, `年度 总体 目标`, `偏差原因分析 及改进措施`: a heading a
 * space of its own cut. Two or three tokens are one heading when together they head a column or
 * label a section and the first alone heads nothing (or the same column: `偏差原因分析` / `及改进措施`).
 * The number of tokens joined, or 0.
 */
function splitHeading(tokens: readonly string[], i: number): number {
  const first = tokens[i] as string;
  const alone = headingOf(first);
  for (const n of [2, 3]) {
    // A heading's parts are short words: no figure, no sentence.
    if (i + n > tokens.length || !tokens.slice(i, i + n).every((t) => HEADING_PART.test(t))) continue;
    const joined = headingOf(tokens.slice(i, i + n).join(""));
    if (joined === undefined) continue;
    // `年度`, `实际`, `绩效`: a heading's first word is short; a longer one is a name (`基本药物配备品种 达到目标值`).
    if (alone === undefined && first.length <= HEADING_LEAD_MAX) return n;
    if (n === 2 && alone === joined && headingOf(tokens[i + 1] as string) === joined) return n;
  }
  return 0;
}

export function joinCellTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const heading = splitHeading(tokens, i);
    if (heading > 0) {
      out.push(tokens.slice(i, i + heading).join(" "));
      i += heading - 1;
    } else if (next !== undefined && WEIGHT_WITH_UNIT.test(next) && piece(token, 0).facts.isLevelWord) {
      out.push(`${token} ${next}`);
      i++;
    } else if (next !== undefined && WEIGHT_NUMBER.test(next) && tokens[i + 2] === POINTS && piece(token, 0).facts.isLevelWord) {
      // `产出指标 50 分`: the level word, its weight and the weight's unit.
      out.push(`${token} ${next} ${POINTS}`);
      i += 2;
    } else if (next !== undefined && BRACKETED_UNIT.test(next) && (isUnit(next.slice(1, -1)) || piece(token, 0).facts.knownLabel)) {
      // `项目资金 (万元)`, `发放差错率 (%)`, `预算金额 (调整后)`: a unit, or a heading's qualifier, in
      // brackets belongs to the cell before it; `(上级)` after a unit's name opens the next cell.
      out.push(`${token} ${next}`);
      i++;
    } else if (next !== undefined && VALUE_NUMBER.test(token) && isMeasureUnit(next)) {
      // `2200 元/人/月`, `40 家`: a value and its unit, written apart in the source cell itself.
      out.push(`${token} ${next}`);
      i++;
    } else if (next === POINTS && WEIGHT_NUMBER.test(token)) {
      // `10 分`: a weight and its unit, as 004's funds line writes its 分值.
      out.push(`${token} ${next}`);
      i++;
    } else if (token === SLOT_WORD && next !== undefined && SLOT_NUMBER.test(next) && tokens[i + 2] !== undefined) {
      out.push(`${token} ${next} ${tokens[i + 2] as string}`);
      i += 2;
    } else out.push(token);
  }
  return out;
}
