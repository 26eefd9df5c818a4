/**
 * A heading between two parts of a form. A cell spanning the whole table (`二、绩效目标完成情况`)
 * is written by most scrapers as a line without TAB, by some as a row of one cell:
 *   `年度资金总额¦100¦100¦90¦10¦90%¦9` / `二、绩效目标完成情况` / `年度总体目标¦预期目标¦¦实际完成情况`
 * Decision: a line or one-cell row, right above a row opening a part of a form (a funds, goals,
 * 资金管理情况 or indicator header, a funds row) and below a table row, that reads as a heading:
 * short words holding no value, no `label：value`, no sentence; a row of one cell must be numbered
 * as a heading is (`三、`, `（二）`), since a lone value (a goal's text) may stand so too, unless it
 * stands right under the identity rows (`项目概况¦`).
 * Effect: it becomes a PartHeading token, which the grammar takes inside a form (or opening a form
 * without identity rows), so the form goes on past it; the recogniser lists its text in unmapped
 * and reports `info[part-heading]`; a unit line among them (`单位：万元`) gives the form's unit
 * instead. Before, a line of text ended the form (its parts became records without a name), and a
 * one-cell row was read as a continuation of the part above (`项目资金（万元）` joined with
 * `二、绩效目标完成情况` as one header).
 */
import type { IToken, TokenType } from "chevrotain";
import { HEADING_NUMBERING } from "../../grammars/vocabulary/index.js";
import * as T from "../../grammars/row-tokens.js";
import { factsOfRaw } from "../lines/cell-facts.js";
import { readsAsHeading } from "../lines/line-shapes.js";
import { makeRow, type Cell, type Line } from "../lines/model.js";

/** The rows a part of a form opens with (a heading right above one is the form's). */
const OPENS_PART: ReadonlySet<TokenType> = new Set([T.FundsHeaderRow, T.FundsRow, T.ManagementHeaderRow, T.GoalsHeaderRow, T.IndicatorHeaderRow, T.IndicatorLabelRow]);

/** Rows only a form has: identity rows and the headers of its parts. */
const FORM_ROWS: ReadonlySet<TokenType> = new Set([T.ProjectNameRow, T.IdentityRow, T.FundsHeaderRow, T.ManagementHeaderRow, T.GoalsHeaderRow, T.IndicatorHeaderRow, T.IndicatorLabelRow]);

/** What the heading pass needs of a row token: its type (retyped here) and its line. */
export interface HeadingToken extends IToken {
  tokenType: TokenType;
  tokenTypeIdx: number;
  payload: Line;
}

/**
 * The heading's line as a row of one cell (a text line becomes one, keeping its source line), or
 * undefined when the token is no heading by its own text.
 */
function headingLine(token: HeadingToken, underIdentity: boolean): Extract<Line, { kind: "table" }> | undefined {
  const line = token.payload;
  if (token.tokenType === T.Text && line.kind === "text") {
    const facts = factsOfRaw(line.raw);
    if (!readsAsHeading(facts)) return undefined;
    const cell: Cell = { col: 0, line: line.line, raw: line.raw, text: facts.text, facts, mark: 0 };
    return { kind: "table", line: line.line, row: makeRow(line.line, [cell]) };
  }
  if (token.tokenType === T.DataRow && line.kind === "table") {
    const cell = line.row.sole;
    // Right under the identity rows no value stands alone: there a heading needs no number.
    return cell && readsAsHeading(cell.facts) && (underIdentity || HEADING_NUMBERING.test(cell.text)) ? line : undefined;
  }
  return undefined;
}

/**
 * Retypes the headings among `tokens` as PartHeading (in place); returns how many text lines
 * became rows (the caller counts rows).
 */
export function markPartHeadings(tokens: HeadingToken[]): number {
  let rowsMade = 0;
  let previous: TokenType | undefined;
  // Whether a form's rows stand above, since the last line of text or list header (a line inside
  // a 部门决算 table is its own). A line of text resets it, so it reads the same in a document cut
  // there (document-splitter.ts cuts only before a line of text).
  let inForm = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as HeadingToken;
    const type = token.tokenType;
    if (type === T.PageBreak) continue;
    if (FORM_ROWS.has(type)) inForm = true;
    else if (type === T.ListHeaderRow) inForm = false;
    const next = tokens[i + 1];
    const text = type === T.Text || type === T.FormTitle || type === T.Year || type === T.TableCode;
    let retyped = false;
    // Below a table row (a heading under a title or prose is the next table's), above a part.
    // Right under the identity rows the grammar is inside a form whatever follows: a labelled row too.
    const underIdentity = previous === T.ProjectNameRow || previous === T.IdentityRow;
    const opensPart = next !== undefined && (OPENS_PART.has(next.tokenType) || (underIdentity && next.tokenType === T.ExtraRow));
    if (inForm && previous !== undefined && previous !== T.Text && opensPart) {
      const line = headingLine(token, underIdentity);
      if (line) {
        if (token.payload.kind === "text") rowsMade++;
        token.tokenType = T.PartHeading;
        token.tokenTypeIdx = T.PartHeading.tokenTypeIdx as number;
        token.payload = line;
        retyped = true;
      }
    }
    if (text && !retyped) inForm = false;
    previous = text ? T.Text : type;
  }
  return rowsMade;
}
