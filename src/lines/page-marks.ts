/**
 * Repair `page-mark`: a page's mark on a line of its own (a PDF's page foot, or a table's
 * continuation at the next page's head), between rows of a form that runs on over the page:
 *   `\t质量指标\t服务合格率\t…` / `第 1 页，共 2 页` / `续表` / `\t时效指标\t补助发放及时率\t…`
 * Decision: the whole line is a page's mark (grammars/vocabulary/page-marks.ts, read by the line
 * lexer). Effect: the line is a page break (read-lines.ts), so the form goes on past it, as over a
 * blank line; each such line is reported here, where the record holding it shows it.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import type { Line } from "./model.js";

export function reportPageMarks(lines: readonly Line[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of lines) if (line.kind === "blank" && line.pageMark !== undefined) found.push(diagnostic("page-mark", { text: line.pageMark }, line.line));
  return found;
}
