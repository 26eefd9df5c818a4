/**
 * Repair of a result publication that states its funds and its score in sentences, not in a form's
 * rows (real/05 line 7 `…2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%`,
 * line 4 `…自评小组经过自评,综合评价得分为 99.8分。`). Decision: the form has no funds rows (or no 总分
 * row), and a text line above it has a number with its unit right after one of the vocabulary's
 * figure words (vocabulary/prose.ts): 万元 / 元 after 预算 or 支出, % after 执行率, 分 after 评价得分.
 * Effect: one funds line (`total`, labelled with the words before the budget), or the 总分's 得分,
 * each reported `read-from-prose` with the words it read; the arithmetic is checked as any form's.
 */
import { AMOUNT_UNITS, PROSE_YEAR_ENDINGS, type AmountUnitName } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { TextLine } from "../../document/build-document.js";
import { isDigit, proseFigures, type ProseFigure } from "../../lines/prose-figures.js";
import type { FundsLine } from "../../schema/project.js";

/** `2021年本专科生奖助学金项目实际下达预算` → `实际下达预算`: the budget's words without a leading year and the project's name. */
export function budgetLabel(words: string, name: string | null): string {
  const text = withoutYear(words);
  for (const n of name === null ? [] : [name, withoutYear(name)]) if (n !== "" && text.startsWith(n) && text.length > n.length) return text.slice(n.length);
  return text;
}

function withoutYear(text: string): string {
  let digits = 0;
  while (digits < 4 && isDigit(text[digits])) digits++;
  if (digits !== 4) return text;
  const ending = PROSE_YEAR_ENDINGS.find((e) => text.startsWith(e, 4));
  return ending === undefined ? text : text.slice(4 + ending.length);
}

/**
 * The funds line a line of prose above the form states: its budget, and what it says was spent and
 * the rate, in the budget's unit (a figure in another unit is left in the text). Undefined where no
 * line states a budget.
 */
export function readProseFunds(lines: readonly TextLine[], name: string | null, ledger: CellLedger): { unit: string; line: FundsLine; sourceLine: number } | undefined {
  for (const line of lines) {
    const figures = proseFigures(line.text);
    const budget = figures.find((f) => f.kind === "budget");
    if (!budget || !(budget.unit in AMOUNT_UNITS)) continue;
    const executed = figures.find((f) => f.kind === "executed" && f.unit === budget.unit);
    const rate = figures.find((f) => f.kind === "rate");
    const read = [budget, executed, rate].filter((f): f is ProseFigure => f !== undefined);
    ledger.report("read-from-prose", { figures: read.map((f) => `「${f.text}」`).join(" "), as: "funds", from: line.line }, line.line);
    const fundsLine: FundsLine = {
      label: budgetLabel(budget.label, name),
      item: "total",
      initialBudget: null,
      annualBudget: budget.value,
      executed: executed?.value ?? null,
      weight: null,
      executionRate: rate?.value ?? null,
      score: null,
    };
    return { unit: budget.unit as AmountUnitName, line: fundsLine, sourceLine: line.line };
  }
  return undefined;
}

/** The score a line of prose above the form states (`综合评价得分为 99.8分`), or null. */
export function readProseScore(lines: readonly TextLine[], ledger: CellLedger): number | null {
  for (const line of lines) {
    const score = proseFigures(line.text).find((f) => f.kind === "score");
    if (!score) continue;
    ledger.report("read-from-prose", { figures: `「${score.text}」`, as: "score", from: line.line }, line.line);
    return score.value;
  }
  return null;
}
