/**
 * Lines → document: classifies each line into a row token, runs the document parser and turns
 * its CST into blocks (project forms with their sections, list tables, account tables, loose
 * tables, text lines). Each block keeps the text lines that stood above it (its headings).
 */
import type { CstNode, IToken, TokenType } from "chevrotain";
import { documentParser } from "../../grammars/document-parser.js";
import * as T from "../../grammars/row-tokens.js";
import { classifyRow, classifyText } from "./classify-row.js";
import type { Line, Row } from "./model.js";

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
  /** Layout rows (`------`): decoration a scraper added, not data. */
  readonly layout: Row[];
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
  | { readonly kind: "text"; readonly line: TextLine };

export interface DocumentModel {
  readonly blocks: Block[];
  /** Rows the grammar could not place (parser errors); their cells become document `unmapped`. */
  readonly strayRows: Row[];
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

/** Consecutive blank lines are one page break. */
export function rowTokensOf(lines: readonly Line[]): RowToken[] {
  const tokens: RowToken[] = [];
  let lastWasBlank = false;
  for (const line of lines) {
    if (line.kind === "blank") {
      if (!lastWasBlank) tokens.push(toToken(T.PageBreak, line));
      lastWasBlank = true;
      continue;
    }
    lastWasBlank = false;
    tokens.push(toToken(line.kind === "table" ? classifyRow(line.row) : classifyText(line), line));
  }
  return tokens;
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

type Children = Record<string, Array<CstNode | IToken> | undefined>;

function tokensIn(node: CstNode, ...labels: string[]): IToken[] {
  const out: IToken[] = [];
  for (const label of labels) {
    for (const child of (node.children as Children)[label] ?? []) {
      if ("image" in child) out.push(child);
    }
  }
  return inLineOrder(out);
}

const byStartLine = (a: IToken, b: IToken): number => (a.startLine ?? 0) - (b.startLine ?? 0);

/** Tokens sorted by line. The parser hands each label's tokens over in source order already, so
 *  most lists need only the check. */
function inLineOrder(tokens: IToken[]): IToken[] {
  for (let i = 1; i < tokens.length; i++) {
    if (((tokens[i] as IToken).startLine ?? 0) < ((tokens[i - 1] as IToken).startLine ?? 0)) return tokens.sort(byStartLine);
  }
  return tokens;
}

function nodesIn(node: CstNode, label: string): CstNode[] {
  return ((node.children as Children)[label] ?? []).filter((c): c is CstNode => "name" in c);
}

function looseRows(node: CstNode): Row[] {
  return inLineOrder(nodesIn(node, "row").flatMap((r) => tokensIn(r, "cells"))).map(rowOf);
}

function formSections(node: CstNode): FormSections {
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
    layout: [],
    rows: [],
  };
  const add = (section: keyof Omit<FormSections, "rows">, tokens: IToken[]): void => {
    for (const token of tokens) {
      const row = rowOf(token);
      sections[section].push(row);
      sections.rows.push({ section, row });
    }
  };
  for (const child of nodesIn(node, "identitySection")) {
    add("identity", tokensIn(child, "identity"));
    add("layout", tokensIn(child, "rule"));
  }
  for (const child of nodesIn(node, "fundsSection")) {
    add("fundsHeader", tokensIn(child, "header"));
    add("funds", tokensIn(child, "funds"));
    add("fundsContinuation", tokensIn(child, "continuation"));
  }
  for (const child of nodesIn(node, "managementSection")) {
    add("managementHeader", tokensIn(child, "header"));
    add("management", tokensIn(child, "item"));
  }
  for (const child of nodesIn(node, "goalsSection")) {
    add("goalsHeader", tokensIn(child, "header"));
    add("goals", tokensIn(child, "goal"));
  }
  for (const child of nodesIn(node, "indicatorSection")) {
    add("indicatorHeader", tokensIn(child, "header"));
    add("indicators", tokensIn(child, "indicator"));
  }
  add("total", tokensIn(node, "total"));
  sections.rows.sort((a, b) => a.row.line - b.row.line);
  return sections;
}

/** Walks the document CST in source order and gathers blocks. */
function blocksOf(cst: CstNode): Block[] {
  const children = cst.children as Children;
  const items: Array<{ line: number; item: CstNode | IToken }> = [];
  for (const list of Object.values(children)) {
    for (const item of list ?? []) {
      const line = "image" in item ? (item.startLine ?? 0) : (firstLine(item) ?? 0);
      items.push({ line, item });
    }
  }
  items.sort((a, b) => a.line - b.line);
  const blocks: Block[] = [];
  let headings: TextLine[] = [];
  for (const { item } of items) {
    if ("image" in item) {
      if (item.tokenType === T.PageBreak) continue;
      const text = textOf(item);
      blocks.push({ kind: "text", line: text });
      headings.push(text);
      continue;
    }
    switch (item.name) {
      case "projectForm":
        blocks.push({ kind: "form", headings, sections: formSections(item) });
        headings = [];
        break;
      case "listTable":
        blocks.push({ kind: "list", headings, header: rowOf(tokensIn(item, "header")[0] as IToken), rows: looseRows(item) });
        headings = [];
        break;
      case "accountTable":
        blocks.push({
          kind: "account",
          headings,
          code: textOf(tokensIn(item, "code")[0] as IToken),
          meta: tokensIn(item, "meta").map(textOf),
          rows: looseRows(item),
        });
        headings = [];
        break;
      default:
        blocks.push({ kind: "table", rows: looseRows(item) });
        headings = [];
    }
  }
  return blocks;
}

/** The first line under a node: each label's children are in source order, so only the first of each is looked at. */
function firstLine(node: CstNode): number | undefined {
  let min: number | undefined;
  for (const list of Object.values(node.children as Children)) {
    const child = list?.[0];
    if (child === undefined) continue;
    const line = "image" in child ? child.startLine : firstLine(child);
    if (line !== undefined && (min === undefined || line < min)) min = line;
  }
  return min;
}

export function buildDocument(lines: readonly Line[]): DocumentModel {
  const tokens = rowTokensOf(lines);
  const parser = documentParser();
  const { cst } = parser.parse(tokens);
  const blocks = blocksOf(cst);
  // Without recovery the parser stops at the first row it cannot place; the grammar accepts any
  // row sequence, so this is a safety net: whatever was not reached is kept as stray rows.
  let tableLines = 0;
  for (const line of lines) if (line.kind === "table") tableLines++;
  let placedRows = 0;
  for (const block of blocks) placedRows += rowCount(block);
  // Every row placed (the rule): nothing to look for.
  if (placedRows === tableLines) return { blocks, strayRows: [] };
  const reached = new Set<number>();
  for (const block of blocks) for (const row of rowsOfBlock(block)) reached.add(row.line);
  const strayRows: Row[] = [];
  for (const line of lines) if (line.kind === "table" && !reached.has(line.line)) strayRows.push(line.row);
  return { blocks, strayRows };
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
