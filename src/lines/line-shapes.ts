/**
 * What a raw line is, read without the line lexer: a table code written as a row, a funds label
 * alone on its line. The line reader reads them so, and the document splitter must not cut where
 * the reader would see a row; the splitter runs on the command's main thread, which loads no parser
 * (no lexer) for a batch its workers parse.
 */
import { FUNDS_CORNER_WORDS, TABLE_CODE, TABLE_CODE_WORD, isFormTitle, statedUnit, type RowLabel } from "../../grammars/vocabulary/index.js";
import { factsOfRaw, type CellFacts } from "./cell-facts.js";

/** A line with TABs whose one filled cell is a table code (`¦¦公开06表`): read as the code line. */
export function isTableCodeRow(raw: string): boolean {
  // The splitter asks this of every short row: most hold no code's word at all.
  if (!raw.includes(TABLE_CODE_WORD)) return false;
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

/** The longest text read as a heading between a form's parts (longer ones are prose or values). */
const HEADING_MAX_LENGTH = 30;

/** Marks of a sentence, which no heading holds. */
const SENTENCE_MARKS = /[。；;！!？?，,]/;

/**
 * Row labels a heading may be: a part's own name (`绩效指标`, `资金管理情况`). An identity label
 * (`实施单位某县公路站`, its value glued on), a total or a labelled extra is a row of the form.
 */
const HEADING_LABELS: ReadonlySet<RowLabel | undefined> = new Set<RowLabel | undefined>([undefined, "funds", "goals", "indicators", "management"]);

/**
 * Whether a text reads as a heading between two parts of a form (document/part-heading.ts): short
 * words, no value, no `label：value` but the unit's (`单位：万元`), no sentence.
 */
export function readsAsHeading(facts: CellFacts): boolean {
  const text = facts.text;
  return (
    HEADING_LABELS.has(facts.rowLabel) &&
    text.length >= 2 &&
    text.length <= HEADING_MAX_LENGTH &&
    facts.wordy &&
    facts.amount.kind === "text" &&
    (!facts.labelledLine || statedUnit(text) !== undefined) &&
    !SENTENCE_MARKS.test(text)
  );
}

/**
 * A line without TAB that may be a heading between two parts of a form, should a part's row follow
 * it (the document splitter cuts no document there): a heading's words, and no form's title.
 */
export function mayBePartHeadingLine(raw: string): boolean {
  const facts = factsOfRaw(raw);
  return readsAsHeading(facts) && !isFormTitle(facts.text);
}

/** Row labels of a form's parts (a row naming one may open it). */
const PART_LABELS: ReadonlySet<RowLabel | undefined> = new Set<RowLabel | undefined>(["funds", "goals", "indicators", "management"]);

/**
 * Whether a raw line may be a row opening a part of a form (a funds, goals, 资金管理情况 or indicator
 * header, a funds row): one of its cells is a part's label, header word or funds item, or the line
 * is a funds label alone. More lines than the row classifier's say so; none fewer.
 */
export function mayOpenPart(raw: string): boolean {
  if (!raw.includes("\t")) return raw.length <= 24 && isRowLabelLine(raw);
  for (const cell of raw.split("\t")) {
    if (cell === "") continue;
    const f = factsOfRaw(cell);
    if (PART_LABELS.has(f.rowLabel) || f.fundsItem !== undefined || f.fundsHeader !== undefined || f.indicatorHeader !== undefined || f.goalsHeader !== undefined || f.managementHeader !== undefined) return true;
  }
  return false;
}

/** Funds heads after it that make any first cell the funds header's corner. */
const CORNER_HEADS = 3;

/**
 * Whether a cell is the funds header's first cell, heading the items' column, though it is no row
 * label: a corner word (`资金来源`), or a cell that heads and names nothing itself before three funds heads
 * (`项目` `年初预算数` `全年预算数` `全年执行数`). `after`: the facts of the cells after it, in order.
 */
export function isFundsCorner(first: CellFacts, after: ReadonlyArray<CellFacts | undefined>): boolean {
  if (FUNDS_CORNER_WORDS.includes(first.key)) return true;
  if (first.rowLabel !== undefined || first.fundsHeader !== undefined || first.fundsItem !== undefined || after.length < CORNER_HEADS) return false;
  for (let k = 0; k < CORNER_HEADS; k++) if (after[k]?.fundsHeader === undefined) return false;
  return true;
}
