/**
 * What a raw line is, read without the line lexer: a table code written as a row, a funds label
 * alone on its line. The line reader reads them so, and the document splitter must not cut where
 * the reader would see a row; the splitter runs on the command's main thread, which loads no parser
 * (no lexer) for a batch its workers parse.
 */
import { TABLE_CODE } from "../../grammars/vocabulary/index.js";
import { factsOfRaw } from "./cell-facts.js";

/** A line with TABs whose one filled cell is a table code (`¦¦公开06表`): read as the code line. */
export function isTableCodeRow(raw: string): boolean {
  let code: string | undefined;
  for (let start = 0; start <= raw.length; ) {
    let end = raw.indexOf("\t", start);
    if (end === -1) end = raw.length;
    const text = raw.slice(start, end).trim();
    start = end + 1;
    if (text === "") continue;
    if (code !== undefined) return false;
    code = text;
  }
  return code !== undefined && TABLE_CODE.test(code);
}

/** A number after white space: a value written beside a label (`其他资金 0 0`), text that lost its TABs. */
const SPACED_VALUE = /\s[-+]?[0-9]/;

/**
 * A line without TAB that is exactly a funds row's label: a one-cell row, not a heading. A label
 * with numbers after spaces is a row that lost its TABs (flattened-text.ts reads it).
 */
export function isRowLabelLine(raw: string): boolean {
  return raw.length <= 24 && factsOfRaw(raw).fundsItem !== undefined && !SPACED_VALUE.test(raw.trim());
}

