/**
 * Text that lost its TABs (PDF, docx, xlsx or OCR) → the TAB rows the document parser reads,
 * where labels anchor them. Three kinds:
 *   spaces    `年度资金总额 80.00 80.00 76.00 10 95.00% 9.50`: cells are the space-separated runs
 *   glued     `年度资金总额:202010100.00%10`: cut at the vocabulary's labels, the numbers split by the
 *             form's arithmetic (执行率 = 执行数 / 预算数, the funds line's 分值 10, weights adding
 *             up to 100); where two splits both hold, the text is kept and the ambiguity reported
 *   scrambled a whole form on one line, values before their labels (PDF text): only what labels
 *             anchor is read — title, year, 项目名称, 主管部门, 实施单位 and the 年度资金总额 line
 * A dump whose lines hold TABs is returned as it is after one count. Each kind is read in its own
 * file under flattened/.
 */
import { statesProseScore } from "./prose-figures.js";
import { ACCOUNT_TITLE_ENDING, IDENTITY_LABEL, LABELLED_PAIR, TITLE_MAX_LENGTH, TOTAL_WORDS } from "../../grammars/vocabulary/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import { newContext, type Cells, type UnreadText } from "./flattened/context.js";
import { readGluedLine } from "./flattened/glued-line.js";
import { resolvePending, totalRow } from "./flattened/indicator-row.js";
import { readScrambledLine } from "./flattened/scrambled-form.js";
import { isProse, readSpacedLine, SPACES } from "./flattened/spaced-line.js";
import { piece, tableLine } from "./layout-lines.js";
import type { Line } from "./model.js";
import type { LayoutResult } from "./rebuild-rows.js";

/** More TAB rows than this share of the lines: an ordinary dump. */
const TABBED_SHARE = 0.1;
/** The fewest lines that must read as rows before a dump is taken for flattened text. */
const MIN_ROWS = 3;
/** The longest line read as one glued or spaced row (longer ones are prose or a whole form). */
const ROW_MAX_LENGTH = 500;
/** A line this long holding two identity labels is a whole form on one line. */
const SCRAMBLED_MIN_LENGTH = 200;

/** The layout's lines and repairs, and the text of scrambled forms no reader took (for their records' unmapped). */
export interface FlattenedResult extends LayoutResult {
  readonly unread: readonly UnreadText[];
}

/** A table's title: a short line of words ending in 表, no figure in it (`收入支出决算总表`, `项目支出绩效自评表`). */
function isTableTitle(text: string): boolean {
  return text.endsWith(ACCOUNT_TITLE_ENDING) && text.length <= TITLE_MAX_LENGTH && !/[\d\s]/.test(text);
}

export function readFlattenedText(lines: readonly Line[]): FlattenedResult {
  let tabbed = 0;
  let filled = 0;
  for (const line of lines) {
    if (line.kind === "blank") continue;
    filled++;
    if (line.kind === "table") tabbed++;
  }
  if (filled === 0 || tabbed > filled * TABBED_SHARE || isCellPerLine(lines, filled)) return { lines: lines as Line[], diagnostics: [], unread: [] };
  const ctx = newContext();
  // Rows stay cells until every line is read: a row whose 分值 the weights' sum decides is completed last.
  const out: Array<Line | Cells> = [];
  const read: number[] = [];
  let how: "spaces" | "glued" | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== "text") {
      out.push(line);
      continue;
    }
    const ids = Object.values(IDENTITY_LABEL).filter((l) => line.raw.includes(l)).length;
    if (line.raw.length >= SCRAMBLED_MIN_LENGTH && ids >= 2) {
      const rows = readScrambledLine(line.raw, line.line, ctx);
      if (rows) {
        out.push(...rows);
        continue;
      }
    }
    // Prose stating the score (`综合评价得分98.5分，…`) stays a line of prose (parse-text.ts reads it);
    // a table's title (`财政拨款收入支出决算总表`) stays a title, though a label stands in it; so does
    // one labelled value written with its colon (`项目名称：城区绿化管护`), as a TAB dump writes it
    // above its table (forms/rules/read-labelled-identity.ts reads it).
    if (line.raw.length > ROW_MAX_LENGTH || statesProseScore(line.text) || isTableTitle(line.text) || isOneLabelledValue(line.text)) {
      out.push(line);
      continue;
    }
    // A group heading inside a result list (`一、县教育局`): a row of one cell (forms/rules/list-group-row.ts).
    const heading = ctx.openTable === "list" && isGroupHeading(line.raw.trim());
    // Inside an indicator table, a line that is one cell whole: `社会成本指标`, a template slot (a row
    // of its level word); or `合计` / `自评总分` …, the 总分 row's label, though only `总分` cuts glued
    // text (the others stand inside too many words to cut at).
    const whole = piece(line.raw, line.line);
    const inIndicators = !heading && ctx.indicatorFields.length > 0 && !ctx.afterTotal;
    const slot = inIndicators && !SPACES.test(line.raw.trim()) && whole.facts.isLevelWord;
    const totalAlone = inIndicators && !slot && TOTAL_WORDS.includes(whole.facts.key);
    let rows = heading || slot || totalAlone ? [[whole]] : SPACES.test(line.raw.trim()) ? readSpacedLine(line.raw, line.line, ctx) : undefined;
    if (rows) how = how ?? "spaces";
    else {
      rows = readGluedLine(line.raw, line.line, ctx);
      if (rows) how = "glued";
    }
    // `总分` with its numbers on the next lines (07: `总分` / `100`).
    if (rows && rows.length === 1 && rows[0]?.length === 1 && rows[0][0]?.facts.rowLabel === "total") {
      const next = lines[i + 1];
      if (next?.kind === "text" && piece(next.raw, next.line).facts.amount.kind === "number") {
        rows = [totalRow(rows[0][0], piece(next.raw, next.line), undefined, ctx)];
        i++;
      }
    }
    const pending = rows?.length === 1 && ctx.pending.some((p) => p.row === rows?.[0]);
    if (!rows || (rows.length === 1 && !pending && !heading && !slot && (rows[0]?.filter((c) => c !== undefined).length ?? 0) < 2)) {
      out.push(line);
      continue;
    }
    read.push(line.line);
    out.push(...rows);
  }
  resolvePending(ctx);
  if (read.length < MIN_ROWS) {
    const scrambled = ctx.diagnostics.filter((d) => d.code === "layout-flattened");
    return scrambled.length > 0 ? { lines: out.map(asLine), diagnostics: ctx.diagnostics, unread: ctx.unread } : { lines: lines as Line[], diagnostics: [], unread: [] };
  }
  const diagnostics: Diagnostic[] = [
    diagnostic(
      "layout-flattened",
      { lines: spans(read), how: how === "spaces" ? "cells separated by spaces" : "cells glued together", read: "rows cut at their labels" },
      read[0],
    ),
    ...ctx.diagnostics,
  ];
  return { lines: out.map(asLine), diagnostics, unread: ctx.unread };
}

/** `项目名称：城区绿化管护`: an identity label, its colon and one value with no space or other label in it. */
function isOneLabelledValue(text: string): boolean {
  const pair = LABELLED_PAIR.exec(text);
  if (!pair || SPACES.test(pair[2] as string)) return false;
  const label = (pair[1] as string).trim();
  const value = pair[2] as string;
  return Object.values(IDENTITY_LABEL).some((l) => label.endsWith(l)) && !Object.values(IDENTITY_LABEL).some((l) => value.includes(l));
}

/** One short text (as written) with no spaces or sentence marks, labelling no part of a form: a heading row of a list, not prose. */
function isGroupHeading(raw: string): boolean {
  if (raw.length > GROUP_HEADING_MAX || SPACES.test(raw) || isProse(raw)) return false;
  const facts = piece(raw, 0).facts;
  return facts.wordy && facts.rowLabel === undefined;
}
const GROUP_HEADING_MAX = 24;

/** A dump with this share of its lines bare values is one cell per line, not text that lost its TABs. */
const BARE_VALUE_SHARE = 0.25;

/**
 * One cell per line without TABs (a paragraph per cell, rebuild-rows.ts reads it): many lines are a
 * value alone (`8.89`, `39.25%`, `—`), which text that lost its TABs never writes on a line of its
 * own; a few lines there hold a space inside one cell (`10 分`) and are no spaced rows.
 */
function isCellPerLine(lines: readonly Line[], filled: number): boolean {
  let bare = 0;
  for (const line of lines) {
    if (line.kind !== "text") continue;
    const kind = piece(line.raw, line.line).facts.amount.kind;
    if (kind === "number" || kind === "empty") bare++;
  }
  return bare >= filled * BARE_VALUE_SHARE;
}

const asLine = (entry: Line | Cells): Line => (Array.isArray(entry) ? tableLine(entry) : entry);

/** `2, 3, 4, 7` → `2–4, 7`. */
function spans(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as number) === (lines[j] as number) + 1) j++;
    parts.push(i === j ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
