/**
 * Input limits, checked in one linear scan before lexing: a line longer than `maxLineLength`
 * characters or a row of more than `maxCells` cells is blanked (line numbers are kept) and
 * reported as an error. No real form comes near either limit; a scraper gone wrong does.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";

export interface Limits {
  readonly maxLineLength: number;
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: Limits = { maxLineLength: 100_000, maxCells: 1_000 };

export function enforceLimits(
  text: string,
  limits: Limits = DEFAULT_LIMITS,
  firstLine = 1,
): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let out: string[] | undefined;
  let start = 0;
  let line = firstLine;
  let kept = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const length = end - start;
    let problem: Diagnostic | undefined;
    if (length > limits.maxLineLength) {
      problem = diagnostic("line-too-long", { length, limit: limits.maxLineLength }, line);
    } else if (length >= limits.maxCells) {
      let tabs = 0;
      for (let i = text.indexOf("\t", start); i !== -1 && i < end; i = text.indexOf("\t", i + 1)) tabs++;
      if (tabs + 1 > limits.maxCells) problem = diagnostic("too-many-cells", { cells: tabs + 1, limit: limits.maxCells }, line);
    }
    if (problem) {
      diagnostics.push(problem);
      out ??= [];
      out.push(text.slice(kept, start));
      kept = end;
    }
    if (end === text.length) break;
    start = end + 1;
    line++;
  }
  if (!out) return { text, diagnostics };
  out.push(text.slice(kept));
  return { text: out.join(""), diagnostics };
}
