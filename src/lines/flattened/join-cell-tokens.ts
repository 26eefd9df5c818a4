/**
 * Cells that hold a space of their own, cut in two by the spaces that stand for TABs, joined back
 * (001 line 17 as a PDF's text: `产出指标 50分 数量指标 指标 1: 发放人数，按人数发放率 …`):
 *   - a level word and its weight: `产出指标` `50分` → `产出指标 50分`; a weight and its unit: `10` `分` → `10 分`;
 *   - a template's slot label and what follows it: `指标` `1:` `发放人数，…` → `指标 1: 发放人数，…`;
 *   - a unit in brackets and the cell before it: `项目资金` `(万元)` → `项目资金 (万元)`.
 * Any other space still cuts cells: these two shapes are the forms' own, never two cells.
 */
import { POINTS, SLOT_NUMERALS, SLOT_WORD } from "../../../grammars/vocabulary/index.js";
import { piece } from "../layout-lines.js";

/** `50分`, `15.5分`: a weight written with its unit. */
const WEIGHT_WITH_UNIT = new RegExp(`^\\d{1,3}(?:\\.\\d+)?${POINTS}$`);
/** A unit in brackets alone: `(万元)`, `（%）`, `(元)`. */
const BRACKETED_UNIT = /^[（(][^（()）\s]{1,4}[)）]$/;
/** A weight's number, before its unit written apart (`10 分`). */
const WEIGHT_NUMBER = /^\d{1,3}(?:\.\d+)?$/;
/** `1:`, `二、`: the numbering of a slot label. */
const SLOT_NUMBER = new RegExp(`^[${SLOT_NUMERALS}]{1,2}[:：.、]?$`);

export function joinCellTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (next !== undefined && WEIGHT_WITH_UNIT.test(next) && piece(token, 0).facts.isLevelWord) {
      out.push(`${token} ${next}`);
      i++;
    } else if (next !== undefined && WEIGHT_NUMBER.test(next) && tokens[i + 2] === POINTS && piece(token, 0).facts.isLevelWord) {
      // `产出指标 50 分`: the level word, its weight and the weight's unit.
      out.push(`${token} ${next} ${POINTS}`);
      i += 2;
    } else if (next !== undefined && BRACKETED_UNIT.test(next)) {
      // `项目资金 (万元)`, `发放差错率 (%)`: a unit in brackets belongs to the cell before it.
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
