/**
 * The stages composed: text → lines → document → recognised records → validated records.
 * Never throws on bad input: every problem is a diagnostic on the record it concerns, or on the
 * document when no record claims it.
 */
import { normalizeLineEnds } from "./decode/decode-bytes.js";
import { isAccounted, markListed } from "./diagnostics/cell-ledger.js";
import { diagnostic, type Diagnostic } from "./diagnostics/codes.js";
import type { WorkMeter } from "./diagnostics/work-meter.js";
import { buildDocument, type Block, type TextLine } from "./document/build-document.js";
import type { Line } from "./lines/model.js";
import { formSignsOf } from "./document/form-signs.js";
import { verdictOf, type FormEvidence } from "./file-verdict.js";
import { readFinalAccount } from "./forms/final-account.js";
import { formContext, type FormContext } from "./forms/form-context.js";
import { readListTable } from "./forms/list-table.js";
import { readStrayRows, readUnclaimedBlock } from "./forms/loose-table.js";
import { isProjectForm, readProjectForm } from "./forms/project-form.js";
import { enforceLimits, type Limits } from "./lines/enforce-limits.js";
import { detectSeparators } from "./lines/detect-separators.js";
import { readLines } from "./lines/read-lines.js";
import type { UnreadText } from "./lines/flattened/context.js";
import { readLayout } from "./lines/read-layout.js";
import { validateRecord } from "./schema/validate-record.js";
import type { PeRecord, RecordDraft } from "./schema/record.js";
import type { UnmappedCell } from "./schema/common.js";

export interface ParseOptions {
  /** The file name written into each record's `source.file`. */
  readonly file?: string;
  /** The encoding the text was decoded from, written into `source.encoding`. */
  readonly encoding?: string;
  /** Line length and cells-per-row limits; see enforce-limits.ts. */
  readonly limits?: Limits;
  /** The source line number of the text's first line (a document cut from a longer file). */
  readonly firstLine?: number;
  /** Counts the parse's elementary steps (work-meter.ts); for tests of how work grows. */
  readonly meter?: WorkMeter;
}

export interface ParseResult {
  readonly records: PeRecord[];
  /** Diagnostics that concern no single record (decoding, input limits, a file with no form read). */
  readonly diagnostics: Diagnostic[];
  /**
   * Filled cells no record holds. Tables no recogniser claims are `table` records, so only the
   * audit's `cell-unaccounted` safety net (a recogniser's bug) ever puts a cell here.
   */
  readonly unmapped: UnmappedCell[];
  /** What the document showed for the file's `no-form-recognised` verdict (file-verdict.ts). */
  readonly evidence?: FormEvidence;
}



/**
 * The text blocks after block `at` that are its tail (build-document.ts): how many, and their
 * lines, which a form reads for its score (`综合评价得分98.5分`) and labelled values at its foot
 * (`填报人：王丽`). The tail is no heading of the next block, and the splitter never cuts inside it.
 */
function blockTail(blocks: readonly Block[], at: number): { length: number; lines: TextLine[] } {
  const lines: TextLine[] = [];
  for (let i = at + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind !== "text" || !block.tail) break;
    lines.push(block.line);
  }
  return { length: lines.length, lines };
}

/** Block `at`'s drafts; the block right after it may hold rows a form lost, and `tailLines` are its tail. */
function draftsOf(blocks: readonly Block[], at: number, tailLines: readonly TextLine[], context: FormContext): RecordDraft[] {
  const block = blocks[at] as Block;
  const next = blocks[at + 1];
  switch (block.kind) {
    case "form":
      return isProjectForm(block) ? [readProjectForm(block, context, next?.kind === "table" ? next.rows : [], tailLines)] : [];
    case "list":
      return readListTable(block, context);
    case "account":
      return [readFinalAccount(block)];
    default:
      return [];
  }
}

/** Parses a whole text: one document's records, and the file's verdict (`no-form-recognised`). */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const result = parseDocument(text, options);
  const verdict = verdictOf(result.evidence);
  if (verdict) result.diagnostics.push(verdict);
  return result;
}

/**
 * Parses one document of a file (the whole text, or one cut by the splitter): its records and
 * its evidence, leaving the file's verdict to whoever sees all of its documents.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? "<text>";
  const firstLine = options.firstLine ?? 1;
  const limited = enforceLimits(normalizeLineEnds(text), options.limits, firstLine);
  const layout = readLayout(readLines(limited.text, firstLine, options.meter));
  const lines = layout.lines;
  const document = buildDocument(lines);
  const context = formContext(options.meter);
  const records: PeRecord[] = [];
  const diagnostics: Diagnostic[] = [...limited.diagnostics, ...detectSeparators(lines)];
  const unmapped: UnmappedCell[] = [];
  let forms = 0;
  let tables = 0;
  const add = (draft: RecordDraft): void => {
    // The draft is this parse's own: complete its source in place rather than copy the record.
    const record = draft as unknown as PeRecord;
    const { startLine, endLine } = draft.source;
    record.source = options.encoding ? { file, startLine, endLine, encoding: options.encoding } : { file, startLine, endLine };
    if (record.kind === "table") tables++;
    else forms++;
    records.push(validateRecord(record));
  };
  // The text lines since the last table block: the headings of the next (a table's title).
  let headings: TextLine[] = [];
  const blocks = document.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === "text") {
      headings.push(block.line);
      continue;
    }
    // Only a block directly after (no text line between), or the block's tail: the splitter cuts
    // documents at other text lines, so these are always in the same document, and the result
    // the same however cut.
    const tail = blockTail(blocks, i);
    const drafts = draftsOf(blocks, i, tail.lines, context);
    // A block no recogniser gave a record for is a `table` record: nothing is dropped.
    if (drafts.length === 0) {
      const table = readUnclaimedBlock(block, headings);
      if (table) drafts.push(table);
    }
    headings = [];
    for (const draft of drafts) add(draft);
    // The block's tail is no heading of the next (as build-document.ts has it).
    i += tail.length;
  }
  const strays = readStrayRows(document.strayRows);
  if (strays) add(strays);
  // The audit: a filled cell no record used or listed would be a recogniser's bug. It is never
  // dropped: it goes to the document's unmapped, reported, so the loss is visible.
  for (const line of lines) {
    if (line.kind !== "table") continue;
    for (const cell of line.row.cells) {
      if (cell.text === "" || isAccounted(cell)) continue;
      markListed(cell);
      unmapped.push({ line: cell.line, text: cell.text });
      diagnostics.push(diagnostic("cell-unaccounted", { text: cell.text }, cell.line));
    }
  }
  placeLayoutDiagnostics([...layout.diagnostics, ...document.diagnostics], records, diagnostics);
  placeUnreadText(layout.unread, records, unmapped);
  unmapped.sort((a, b) => a.line - b.line);
  // Form vocabulary is looked for only where no form was read: a dump pe-parse reads pays nothing.
  const evidence: FormEvidence =
    records.length > 0 ? { forms, tables, signs: forms > 0 ? [] : formSignsOf(lines) } : { forms, tables, signs: formSignsOf(lines), textLines: textLinesOf(lines) };
  return { records, diagnostics, unmapped, evidence };
}

/**
 * Text of a scrambled form no reader took goes to that form's record: the `form`-th of the records
 * holding its line (a line may hold several forms), else to the document's unmapped.
 */
function placeUnreadText(unread: readonly UnreadText[], records: PeRecord[], document: UnmappedCell[]): void {
  for (const u of unread) {
    const holding = records.filter((r) => r.kind !== "table" && r.source.startLine <= u.line && u.line <= r.source.endLine);
    const record = holding[u.form];
    if (record) record.unmapped.push({ line: u.line, text: u.text });
    else document.push({ line: u.line, text: u.text });
  }
}

/**
 * A layout repair goes to the record whose lines hold it, else to the document's diagnostics.
 * Records read from one flattened line share it: each takes the next of that line's repairs of a code.
 */
function placeLayoutDiagnostics(found: readonly Diagnostic[], records: PeRecord[], document: Diagnostic[]): void {
  for (const d of found) {
    const holding = records.filter((r) => d.line !== undefined && r.source.startLine <= d.line && d.line <= r.source.endLine);
    const count = (r: PeRecord): number => r.diagnostics.filter((x) => x.code === d.code && x.line === d.line).length;
    const record = holding.reduce<PeRecord | undefined>((best, r) => (best === undefined || count(r) < count(best) ? r : best), undefined);
    if (record) record.diagnostics.unshift(d);
    else document.push(d);
  }
}

/** Lines that hold something: for a file's `no-table`, where its documents gave no record. */
function textLinesOf(lines: readonly Line[]): number {
  let n = 0;
  for (const line of lines) if (line.kind !== "blank") n++;
  return n;
}
