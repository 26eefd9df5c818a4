/**
 * The figures a line of prose states: a number with its unit (万元 / 元, %, 分) right after one of
 * the vocabulary's figure words (vocabulary/prose.ts), at most a linking word between
 * (`综合评价得分为 99.8分`, `…实际下达预算2596万元`). A line-value reader: the repair that takes
 * them into a record is forms/rules/read-prose-figures.ts; the document splitter asks whether a
 * line states a score (it must not cut between a form and the score written under it).
 */
import {
  AMOUNT_UNITS,
  PERCENT,
  POINTS,
  PROSE_BUDGET_WORDS,
  PROSE_CLAUSE_MARKS,
  PROSE_EXECUTED_WORDS,
  PROSE_LINK_WORDS,
  PROSE_RATE_WORDS,
  PROSE_SCORE_WORDS,
} from "../../grammars/vocabulary/index.js";
import { parseAmount } from "./parse-amount.js";

type FigureKind = "budget" | "executed" | "rate" | "score";

/** A number with its unit in a sentence, the figure its words make it, and the words before it in its clause. */
export interface ProseFigure {
  readonly kind: FigureKind;
  readonly value: number;
  readonly unit: string;
  /** The clause's words before the number, linking words removed: `2021年本专科生奖助学金项目实际下达预算`. */
  readonly label: string;
  /** The figure as written, its words and number: `实际下达预算2596万元`. */
  readonly text: string;
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
/** Units a figure may carry, longest first (`万元` before `元`), and the full-width percent. */
const UNITS: readonly string[] = [...Object.keys(AMOUNT_UNITS).sort((a, b) => b.length - a.length), PERCENT, "％", POINTS];
const LINKS = [...PROSE_LINK_WORDS].sort((a, b) => b.length - a.length);

/** The figures of one line of prose, in order. A scan: no pattern backtracks over its digits. */
export function proseFigures(text: string): ProseFigure[] {
  const out: ProseFigure[] = [];
  let clauseStart = 0;
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (PROSE_CLAUSE_MARKS.includes(ch)) {
      clauseStart = i + 1;
      i++;
      continue;
    }
    if (!isDigit(ch) || isDigit(text[i - 1]) || text[i - 1] === ".") {
      i++;
      continue;
    }
    let end = i;
    while (isDigit(text[end]) || ((text[end] === "." || text[end] === ",") && isDigit(text[end + 1]))) end++;
    let at = end;
    while (text[at] === " ") at++;
    const unit = UNITS.find((u) => text.startsWith(u, at));
    if (unit !== undefined) {
      const words = withoutLinks(text.slice(clauseStart, i));
      const kind = kindOf(words, unit);
      const amount = parseAmount(text.slice(i, end));
      if (kind !== undefined && amount.kind === "number") {
        const wordsAt = clauseStart + text.slice(clauseStart, i).indexOf(words);
        out.push({ kind, value: amount.value, unit: unit === "％" ? PERCENT : unit, label: words, text: text.slice(wordsAt, at + unit.length) });
      }
      at += unit.length;
    }
    i = Math.max(at, i + 1);
  }
  return out;
}

/** The clause's words before a number, without the linking words and spaces right before it. */
function withoutLinks(words: string): string {
  let text = words;
  for (let changed = true; changed; ) {
    changed = false;
    for (const link of LINKS) {
      if (text.endsWith(link)) {
        text = text.slice(0, -link.length);
        changed = true;
      }
    }
  }
  return text;
}

function kindOf(words: string, unit: string): FigureKind | undefined {
  const endsWith = (list: readonly string[]): boolean => list.some((w) => words.endsWith(w));
  if (unit === POINTS) return endsWith(PROSE_SCORE_WORDS) ? "score" : undefined;
  if (unit === PERCENT || unit === "％") return endsWith(PROSE_RATE_WORDS) ? "rate" : undefined;
  if (endsWith(PROSE_EXECUTED_WORDS)) return "executed";
  return endsWith(PROSE_BUDGET_WORDS) ? "budget" : undefined;
}

/** Whether a line of prose states the evaluation's score (`综合评价得分98.5分`). */
export function statesProseScore(text: string): boolean {
  // A score is written in 分: the document splitter asks this of every line after a table.
  return text.includes(POINTS) && proseFigures(text).some((f) => f.kind === "score");
}
