/**
 * A table's tail: the score a report states in prose under its table, a section heading or two
 * between (`三、自评结论` / `经综合评价，该项目综合评价得分92.5分。`), and the labelled values at the
 * form's foot right under it or under that score (`填报人：王丽    联系电话：0775-6123456`), belong
 * to that table's form, and the lines down to them are no headings of what comes next. Decided on
 * the lines' text alone, so the document splitter (which must not cut inside a tail) and the
 * document builder (which gives the tail to the table above) agree line for line.
 */
import { FORM_HEAD_LABELS, labelledExtraPairs } from "../../grammars/vocabulary/index.js";
import { statesProseScore } from "../lines/prose-figures.js";

/** The most lines (section headings) that may stand between a table and the score stated under it. */
export const MAX_LINES_BEFORE_SCORE = 3;

/** How many lines under a table to read to tell its tail. */
export const TAIL_WINDOW = MAX_LINES_BEFORE_SCORE + 1;

/**
 * Of the non-blank lines under a table, before any row (at most TAIL_WINDOW of them are read),
 * how many are its tail: down to the first that states a score (none when none does soon enough),
 * then the labelled foot lines right after. The score lines right after the first are the table's
 * too (the caller goes on while they are).
 */
export function scoreTailLength(texts: readonly string[]): number {
  const window = Math.min(texts.length, TAIL_WINDOW);
  let length = 0;
  for (let i = 0; i < window; i++) {
    if (statesProseScore(texts[i] as string)) {
      length = i + 1;
      break;
    }
  }
  while (length < window && isFootLine(texts[length] as string)) length++;
  return length;
}

/** `填报人：王丽    联系电话：…`: labelled values of the form above (`填报单位：…` heads the next). */
function isFootLine(text: string): boolean {
  const first = labelledExtraPairs(text)[0];
  return first !== undefined && !FORM_HEAD_LABELS.some((w) => first[0].startsWith(w));
}
