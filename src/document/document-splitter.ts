/**
 * Cuts a long dump into documents that parse alone to exactly what the whole would give, so a
 * file is parsed, written and released document by document. A cut falls only where a text line
 * follows a table row: the grammar ends every table, form and list there, and the text lines that
 * follow are the headings of what comes next, so they open the next document (all but a score
 * written right under a form, `综合评价得分98.5分`, which is the form's: parse-text.ts, and a
 * heading right above a row, which may be one between two parts of a form: part-heading.ts).
 * Documents are at least `minChars` long (32 Ki characters: small enough that a document's
 * objects die young, which keeps a 100 MB dump's memory flat); a run with no such place is cut at a page break once it
 * exceeds `maxChars` characters or `maxLines` lines (a table split there continues as loose rows,
 * reported); a run with no page break either (one table of millions of rows) is cut at a row
 * boundary once it exceeds `maxTableChars` or `maxTableLines`, and the document before the cut says
 * so (`continues`), so no document — and no parse of one — grows without bound. Lines are bounded
 * as well as characters because a parse's memory grows with its rows and cells more than with
 * their text: 20 MB of two-cell rows `a¦b` (5 M rows, under the character bound) took 4.5 GB and
 * failed; a 26 MB 部门决算 table of 400 k rows peaked at 4 GB (now 0.8 GB). At 4 Mi characters or 16 Ki lines
 * a document stays within a few hundred MB whatever its shape; a real notice's table is far below
 * either, so only a scraper's runaway output is ever cut.
 */
import { isPageMarkLine } from "../../grammars/vocabulary/index.js";
import { isRowLabelLine, isTableCodeRow, mayBePartHeadingLine, mayOpenPart } from "../lines/line-shapes.js";
import { statesProseScore } from "../lines/prose-figures.js";
import { scoreTailLength, TAIL_WINDOW } from "./score-tail.js";

export interface DocumentText {
  readonly text: string;
  /** The 1-based source line of the document's first line. */
  readonly firstLine: number;
  /** Cut inside a table at a row boundary, for want of any other cut point: its rows continue in the next document. */
  readonly continues?: true;
}

export class DocumentSplitter {
  private buffer = "";
  private bufferFirstLine = 1;
  /** Scan state over the complete lines of the buffer. */
  private scanAt = 0;
  private scanLine = 1;
  private lastFilledWasTable = false;
  private lastBlankAt = -1;
  /** The first TAB at or after the scan, or -1 if there is none before `tabSearchedTo`. */
  private tabAt = -1;
  private tabSearchedTo = 0;
  /** Where the tail of the table above ends (score-tail.ts): no cut before it. */
  private tailEndsAt = -1;
  /** No more text will come (end()). */
  private ended = false;

  constructor(
    private readonly minChars = 1 << 15,
    private readonly maxChars = 4 << 20,
    private readonly maxTableChars = maxChars + (maxChars >> 2),
    private readonly maxLines = 1 << 14,
    private readonly maxTableLines = maxLines + (maxLines >> 2),
  ) {}

  /** Adds decoded text; returns the documents it completes. */
  push(text: string): DocumentText[] {
    this.buffer += text;
    const out: DocumentText[] = [];
    for (;;) {
      const cut = this.findCut();
      if (cut === undefined) break;
      const text = this.buffer.slice(0, cut.at);
      out.push(cut.inTable ? { text, firstLine: this.bufferFirstLine, continues: true } : { text, firstLine: this.bufferFirstLine });
      this.buffer = this.buffer.slice(cut.at);
      this.bufferFirstLine = cut.line;
      this.scanAt = 0;
      this.scanLine = cut.line;
      this.lastFilledWasTable = false;
      this.lastBlankAt = -1;
      this.tabAt = -1;
      this.tabSearchedTo = 0;
      this.tailEndsAt = -1;
    }
    return out;
  }

  /** Ends the input; returns the documents left, if any text is left. */
  end(): DocumentText[] {
    // A heading waiting for its next line has none: the cuts it held back are made now.
    this.ended = true;
    const out = this.push("");
    const rest = this.buffer;
    this.buffer = "";
    return rest === "" ? out : [...out, { text: rest, firstLine: this.bufferFirstLine }];
  }

  /**
   * The line from `at` on that the row reader reads next, past lines of TABs only (empty rows, no
   * page break); undefined while it is not complete, null at the buffer's end once ended.
   */
  private nextRow(at: number): string | null | undefined {
    const buffer = this.buffer;
    for (let start = at; ; ) {
      const end = buffer.indexOf("\n", start);
      if (end === -1) return this.ended ? (start < buffer.length ? buffer.slice(start) : null) : undefined;
      const line = buffer.slice(start, end);
      if (!(line.includes("\t") && line.trim() === "")) return line;
      start = end + 1;
    }
  }

  /**
   * Where the tail of the table above ends when the text line at `start` opens one (score-tail.ts):
   * null when it does not, undefined while the lines that tell are not all here yet.
   */
  private tailEnd(start: number): number | null | undefined {
    const buffer = this.buffer;
    const texts: string[] = [];
    const ends: number[] = [];
    for (let at = start; texts.length < TAIL_WINDOW; ) {
      if (at >= buffer.length) {
        if (this.ended) break;
        return undefined;
      }
      const newline = buffer.indexOf("\n", at);
      if (newline === -1 && !this.ended) return undefined;
      const end = newline === -1 ? buffer.length : newline;
      const line = buffer.slice(at, end);
      const kind = lineKind(buffer, at, end, line.includes("\t"));
      if (kind === "row") break;
      if (kind === "text") {
        texts.push(line);
        ends.push(end);
      }
      at = end + 1;
    }
    const length = scoreTailLength(texts);
    return length === 0 ? null : (ends[length - 1] as number);
  }

  private findCut(): { at: number; line: number; inTable?: true } | undefined {
    if (this.buffer.length < this.minChars) return undefined;
    const buffer = this.buffer;
    while (this.scanAt < buffer.length) {
      const end = buffer.indexOf("\n", this.scanAt);
      if (end === -1) return undefined; // the last line is not complete yet
      const start = this.scanAt;
      // The next TAB, found natively and reused until passed, so a run of lines without one is
      // searched once, not once per line.
      if (this.tabAt === -1 ? end > this.tabSearchedTo : this.tabAt < start) {
        this.tabAt = buffer.indexOf("\t", start);
        this.tabSearchedTo = buffer.length;
      }
      const kind = lineKind(buffer, start, end, this.tabAt !== -1 && this.tabAt < end);
      const blank = kind === "blank";
      const row = kind === "row";
      // A score written under a form (`综合评价得分98.5分`) is the form's: no cut before it.
      const scoreUnderTable = !blank && !row && this.lastFilledWasTable && statesProseScore(buffer.slice(start, end));
      if (!blank && !row && !scoreUnderTable && this.lastFilledWasTable && start >= this.tailEndsAt && start >= this.minChars) {
        // A score stated a few lines under the table (score-tail.ts) keeps the lines down to it
        // with the table: no cut in that tail. Its lines must be read to tell.
        const tailEnd = this.tailEnd(start);
        if (tailEnd === undefined) return undefined;
        if (tailEnd !== null) this.tailEndsAt = tailEnd;
        else {
          // A heading right above a row may be one between two parts of a form, which goes on past
          // it (part-heading.ts): no cut before it. Its next line must be read to tell.
          const heading = mayBePartHeadingLine(buffer.slice(start, end));
          const next = heading ? this.nextRow(end + 1) : null;
          if (next === undefined && !this.ended) return undefined;
          if (!heading || next == null || !mayOpenPart(next)) return { at: start, line: this.scanLine };
        }
      }
      const lines = this.scanLine - this.bufferFirstLine;
      if (blank && (start >= this.maxChars || lines >= this.maxLines) && this.lastBlankAt !== -1) return { at: start, line: this.scanLine };
      // No cut point at all: cut before this row, inside the table.
      if ((start >= this.maxTableChars || lines >= this.maxTableLines) && start > 0) return { at: start, line: this.scanLine, inTable: true };
      if (blank) this.lastBlankAt = start;
      else this.lastFilledWasTable = row || scoreUnderTable || start < this.tailEndsAt;
      this.scanAt = end + 1;
      this.scanLine++;
    }
    return undefined;
  }
}

/**
 * How the line reader reads the line from `start` to `end`: a page break (only TABs and spaces,
 * or a page's mark), a row, or a line of text. `hasTab`: whether a TAB stands in it.
 */
function lineKind(buffer: string, start: number, end: number, hasTab: boolean): "blank" | "row" | "text" {
  // Most lines show they are not blank at their first character.
  let i = start;
  for (let c = buffer.charCodeAt(i); i < end && (c === 9 || c === 32 || c === 0x3000); c = buffer.charCodeAt(++i));
  if (i === end) return "blank";
  // A page's mark (`第 1 页，共 2 页`, `续表`) is a page break as an empty line is (read-lines.ts).
  if (!hasTab && end - start <= 60 && isPageMarkLine(buffer.slice(start, end))) return "blank";
  // A code written in a row (`¦¦公开06表`) is the code line (read-lines.ts): a cut before it.
  if (hasTab) return end - start > 40 || !isTableCodeRow(buffer.slice(start, end)) ? "row" : "text";
  // A funds label alone on its line is read as a one-cell row (read-lines.ts): no cut before it.
  return end - start <= 24 && isRowLabelLine(buffer.slice(start, end)) ? "row" : "text";
}
