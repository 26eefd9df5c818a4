/** Text that lost its TABs (PDF, docx, xlsx, OCR) → TAB rows where labels anchor them. */
import type { Diagnostic } from "../diagnostics/codes.js";
import type { Line } from "./model.js";

export function readFlattenedText(lines: readonly Line[]): { lines: Line[]; diagnostics: Diagnostic[] } {
  return { lines: lines as Line[], diagnostics: [] };
}
