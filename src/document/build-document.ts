/**
 * Lines → document: classifies each line into a row token, runs the document parser and turns
 * the blocks it recognised into rows (project forms with their sections, list tables, account
 * tables, loose tables, text lines). Each block keeps the text lines that stood above it (its
 * headings).
 */
import type { IToken, TokenType } from "chevrotain";
import { documentParser, type FormPart, type ParsedBlock } from "../../grammars/document-parser.js";
import * as T from "../../grammars/row-tokens.js";
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import { classifyRow, classifyText, isLabelledRow, readRow } from "./classify-row.js";
import { markPartHeadings } from "./part-heading.js";
import { splitGluedRow } from "./split-glued-row.js";
import { markTaskTableHeadings } from "./task-table-headings.js";
import type { Line, Row } from "../lines/model.js";
import { statesProseScore } from "../lines/prose-figures.js";
import { scoreTailLength, TAIL_WINDOW } from "./score-tail.js";

export interface TextLine {
  readonly line: number;
  readonly text: string;
  readonly token: "text" | "formTitle" | "year" | "tableCode";
}

export interface FormSections {
  readonly identity: Row[];
  readonly fundsHeader: Row[];
  readonly funds: Row[];
  /** Funds-section rows that are neither header nor item: header continuations after a page break. */
  readonly fundsContinuation: Row[];
  readonly managementHeader: Row[];
  readonly management: Row[];
  readonly goalsHeader: Row[];
  readonly goals: Row[];
  readonly indicatorHeader: Row[];
  readonly indicators: Row[];
  readonly total: Row[];
  /** Labelled-value rows (评价结论, 项目负责人, 项目基本情况 …): the record's `extra`. */
  readonly extra: Row[];
  /** Layout rows (`------`): decoration a scraper added, not data. */
  readonly layout: Row[];
  /** Headings between the form's parts (`二、绩效目标完成情况`, part-heading.ts): kept in unmapped. */
  readonly heading: Row[];
  /** Every table row of the form in source order, with its section. */
  readonly rows: Array<{ section: string; row: Row }>;
}

export type Block =
  | { readonly kind: "form"; readonly headings: TextLine[]; readonly sections: FormSections }
  | { readonly kind: "list"; readonly headings: TextLine[]; readonly header: Row; readonly rows: Row[] }
  | {
      readonly kind: "account";
      readonly headings: TextLine[];
      readonly code: TextLine;
      readonly meta: TextLine[];
      readonly rows: Row[];
    }
  | { readonly kind: "table"; readonly rows: Row[] }
  /** `tail`: a line of the table block above's tail (score-tail.ts), no heading of the next block. */
  | { readonly kind: "text"; readonly line: TextLine; readonly tail?: true };

/** Each kind of block, as the recogniser of that kind takes it. */
export type FormBlock = Extract<Block, { kind: "form" }>;
export type ListBlock = Extract<Block, { kind: "list" }>;
export type AccountBlock = Extract<Block, { kind: "account" }>;

export interface DocumentModel {
  readonly blocks: Block[];
  /** Rows the grammar could not place (parser errors); their cells become document `unmapped`. */
  readonly strayRows: Row[];
  /** Repairs made while reading rows (a glued row split, `rows-split`), placed on the records holding them. */
  readonly diagnostics: Diagnostic[];
}

interface RowToken extends IToken {
  payload: Line;
}

/** chevrotain's token shape (createTokenInstance) with the line as payload, built in one literal. */
function toToken(type: TokenType, line: Line): RowToken {
  const n = line.line;
  return {
    image: "",
    startOffset: n,
    endOffset: n,
    startLine: n,
    endLine: n,
    startColumn: 1,
    endColumn: 1,
    tokenTypeIdx: type.tokenTypeIdx as number,
    tokenType: type,
    payload: line,
  };
}

/** What reading the rows repaired: its reports, and how many rows more than lines it gave. */
export interface RowRepairs {
  readonly diagnostics: Diagnostic[];
  extraRows: number;
}

/** Consecutive blank lines are one page break. A row holding several glued rows gives one token each (`repairs` says so). */
export function rowTokensOf(lines: readonly Line[], repairs: RowRepairs = { diagnostics: [], extraRows: 0 }): RowToken[] {
  const tokens: RowToken[] = [];
  let lastWasBlank = false;
  for (const line of lines) {
    if (line.kind === "blank") {
      // A row of TABs only is an empty table row, not a page break: it ends no section.
      if (line.emptyRow) continue;
      if (!lastWasBlank) tokens.push(toToken(T.PageBreak, line));
      lastWasBlank = true;
      continue;
    }
    lastWasBlank = false;
    if (line.kind !== "table") {
      tokens.push(toToken(classifyText(line), line));
      continue;
    }
    const { token: type, glued } = readRow(line.row);
    if (glued && type !== T.ListHeaderRow) {
      const pieces = splitGluedRow(line.row);
      if (pieces.length > 1) {
        const cuts = pieces.slice(1).map((p) => `「${p.cells.find((c) => c.text !== "")?.text ?? ""}」`);
        // `项目名称¦…¦项目编码¦…`: labelled values side by side, as forms set them, no rows glued by a scrape.
        if (!pieces.every(opensWithLabelledValue)) repairs.diagnostics.push(diagnostic("rows-split", { rows: pieces.length, cuts: cuts.join(", ") }, line.line));
        repairs.extraRows += pieces.length - 1;
        for (const row of pieces) tokens.push(toToken(classifyRow(row), { kind: "table", line: line.line, row }));
        continue;
      }
    }
    tokens.push(toToken(type, line));
  }
  // A task table's second heading row is the table's, not a funds line (task-table-headings.ts).
  markTaskTableHeadings(tokens);
  // A heading line between two parts of a form becomes a row of the form (part-heading.ts).
  repairs.extraRows += markPartHeadings(tokens);
  return tokens;
}

/** A row that opens with an identity or extra label (项目名称, 主管部门, 项目编码, 联系电话 …). */
function opensWithLabelledValue(row: Row): boolean {
  const label = row.cells.find((c) => c.text !== "")?.facts.rowLabel;
  return label === "projectName" || label === "identity" || label === "extra";
}

/**
 * A data row among a form's identity rows that is the form's own: written `label¦value`
 * (`项目类别¦民生类`). (A heading spanning the table there, `项目概况¦`, is a PartHeading: part-heading.ts.)
 */
function isFormRow(token: IToken): boolean {
  return token.tokenType === T.DataRow && isLabelledRow(rowOf(token));
}

function textOf(token: IToken): TextLine {
  const line = (token as RowToken).payload as Extract<Line, { kind: "text" }>;
  const type = token.tokenType;
  const kind = type === T.FormTitle ? "formTitle" : type === T.Year ? "year" : type === T.TableCode ? "tableCode" : "text";
  return { line: line.line, text: line.text, token: kind };
}

function rowOf(token: IToken): Row {
  return ((token as RowToken).payload as Extract<Line, { kind: "table" }>).row;
}

function formSections(rows: ReadonlyArray<{ readonly part: FormPart; readonly token: IToken }>): FormSections {
  const sections: FormSections = {
    identity: [],
    fundsHeader: [],
    funds: [],
    fundsContinuation: [],
    managementHeader: [],
    management: [],
    goalsHeader: [],
    goals: [],
    indicatorHeader: [],
    indicators: [],
    total: [],
    extra: [],
    layout: [],
    heading: [],
    rows: [],
  };
  // The parser hands the rows over in source order: each section's rows, and all of them.
  for (const { part, token } of rows) {
    const row = rowOf(token);
    sections[part].push(row);
    sections.rows.push({ section: part, row });
  }
  return sections;
}

/**
 * The parser's blocks as rows, each with the text lines above it as its headings. A table block's
 * tail (score-tail.ts: the score a report states under it, and the section headings between) is
 * that block's (a form takes the score, parse-text.ts), never the next block's headings: the
 * splitter keeps it with the block above, so a document cut after it reads the same.
 */
function blocksOf(parsed: readonly ParsedBlock[]): Block[] {
  const blocks: Block[] = [];
  let headings: TextLine[] = [];
  // Text blocks still to come in the tail of the table block above.
  let tailLeft = 0;
  for (let at = 0; at < parsed.length; at++) {
    const block = parsed[at] as ParsedBlock;
    switch (block.kind) {
      case "text": {
        const text = textOf(block.token);
        if (tailLeft > 0) {
          tailLeft--;
          blocks.push({ kind: "text", line: text, tail: true });
        } else {
          blocks.push({ kind: "text", line: text });
          headings.push(text);
        }
        continue;
      }
      case "form":
        blocks.push({ kind: "form", headings, sections: formSections(block.rows) });
        break;
      case "list":
        blocks.push({ kind: "list", headings, header: rowOf(block.header), rows: block.rows.map(rowOf) });
        break;
      case "account":
        blocks.push({ kind: "account", headings, code: textOf(block.code), meta: block.meta.map(textOf), rows: block.rows.map(rowOf) });
        break;
      case "table":
        blocks.push({ kind: "table", rows: block.rows.map(rowOf) });
        break;
    }
    headings = [];
    tailLeft = tailAfter(parsed, at + 1);
  }
  return blocks;
}

/** How many of the text blocks from `from` on are the tail of the table block before them. */
function tailAfter(parsed: readonly ParsedBlock[], from: number): number {
  const texts: string[] = [];
  for (let i = from; i < parsed.length && texts.length < TAIL_WINDOW; i++) {
    const block = parsed[i] as ParsedBlock;
    if (block.kind !== "text") break;
    texts.push(textOf(block.token).text);
  }
  let length = scoreTailLength(texts);
  // The score lines right after the first are the table's too.
  if (length > 0) {
    for (let i = from + length; i < parsed.length; i++) {
      const block = parsed[i] as ParsedBlock;
      if (block.kind !== "text" || !statesProseScore(textOf(block.token).text)) break;
      length++;
    }
  }
  return length;
}

export function buildDocument(lines: readonly Line[]): DocumentModel {
  const repairs: RowRepairs = { diagnostics: [], extraRows: 0 };
  const diagnostics = repairs.diagnostics;
  const tokens = rowTokensOf(lines, repairs);
  const blocks = blocksOf(documentParser().parse(tokens, isFormRow).blocks);
  // Without recovery the parser stops at the first row it cannot place; the grammar accepts any
  // row sequence, so this is a safety net: whatever was not reached is kept as stray rows.
  // A glued row split into pieces counts each piece (one more row per rows-split repair).
  let tableLines = 0;
  for (const line of lines) if (line.kind === "table") tableLines++;
  tableLines += repairs.extraRows;
  let placedRows = 0;
  for (const block of blocks) placedRows += rowCount(block);
  // Every row placed (the rule): nothing to look for.
  if (placedRows === tableLines) return { blocks, strayRows: [], diagnostics };
  const reached = new Set<number>();
  for (const block of blocks) for (const row of rowsOfBlock(block)) reached.add(row.line);
  const strayRows: Row[] = [];
  for (const line of lines) if (line.kind === "table" && !reached.has(line.line)) strayRows.push(line.row);
  return { blocks, strayRows, diagnostics };
}

function rowCount(block: Block): number {
  switch (block.kind) {
    case "form":
      return block.sections.rows.length;
    case "list":
      return 1 + block.rows.length;
    case "account":
    case "table":
      return block.rows.length;
    case "text":
      return 0;
  }
}

export function rowsOfBlock(block: Block): Row[] {
  switch (block.kind) {
    case "form":
      return block.sections.rows.map((r) => r.row);
    case "list":
      return [block.header, ...block.rows];
    case "account":
    case "table":
      return block.rows;
    case "text":
      return [];
  }
}
