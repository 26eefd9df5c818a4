/**
 * The layout pre-stage, between reading lines and building the document: a dump whose rows lost
 * their boundaries (one cell per line, rebuild-rows.ts) or their TABs (flattened-text.ts) is
 * turned into the TAB rows the rest of the pipeline reads, each repair reported. An ordinary TAB
 * dump passes through both scans unchanged.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import type { UnreadText } from "./flattened/context.js";
import { readFlattenedText } from "./flattened-text.js";
import type { Line } from "./model.js";
import { reportPageMarks } from "./page-marks.js";
import { rebuildRows, type LayoutResult } from "./rebuild-rows.js";

/** The layout's lines and repairs; `unread`: text of a scrambled form no reader took, for its record's unmapped. */
export function readLayout(lines: readonly Line[]): LayoutResult & { readonly unread: readonly UnreadText[] } {
  const flat = readFlattenedText(lines);
  const rebuilt = rebuildRows(flat.lines);
  const diagnostics: Diagnostic[] = [...reportPageMarks(lines), ...flat.diagnostics, ...rebuilt.diagnostics];
  return { lines: rebuilt.lines, diagnostics, unread: flat.unread };
}
