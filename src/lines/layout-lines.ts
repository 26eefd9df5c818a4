/**
 * Building blocks of the layout pre-stage (rebuild-rows.ts, flattened-text.ts): a line's one cell,
 * and table and text lines made from cells whose source lines differ.
 */
import { lineLexer, TableCodeLine, YearLine } from "../../grammars/line-tokens.js";
import { EMPTY_FACTS, factsOfRaw, type CellFacts } from "./cell-facts.js";
import type { Cell, Line } from "./model.js";

/** A list row's 序号 (`1`, `94`). */
export const LIST_SEQ = /^[0-9]{1,5}$/;

/** One cell as read from a line: its text as written, its source line and its facts. */
export interface Piece {
  readonly raw: string;
  readonly line: number;
  readonly facts: CellFacts;
}

export function piece(raw: string, line: number): Piece {
  return { raw, line, facts: factsOfRaw(raw) };
}

/** The one filled cell of a table line (`产出指标\t`), or undefined when it has none or several. */
export function soleCell(line: Line): Piece | undefined {
  if (line.kind !== "table") return undefined;
  let found: Cell | undefined;
  for (const cell of line.row.cells) {
    if (cell.text === "") continue;
    if (found) return undefined;
    found = cell;
  }
  return found ? { raw: found.raw, line: found.line, facts: found.facts } : undefined;
}

/**
 * A table line of `cells` (undefined: an empty cell), its line the first filled cell's: each
 * cell keeps its own source line.
 */
export function tableLine(cells: ReadonlyArray<Piece | undefined>): Extract<Line, { kind: "table" }> {
  const first = cells.find((c) => c !== undefined);
  const line = first?.line ?? 0;
  const row: Cell[] = cells.map((c, col) =>
    c === undefined
      ? { col, line, raw: "", text: "", facts: EMPTY_FACTS, mark: 0 }
      : { col, line: c.line, raw: c.raw, text: c.facts.text, facts: c.facts, mark: 0 },
  );
  return { kind: "table", line, row: { line, cells: row } };
}

/** A text line (title, heading, prose) of one cell's text, lexed as the line lexer would. */
export function textLine(p: Piece): Extract<Line, { kind: "text" }> {
  const { tokens } = lineLexer.tokenize(p.raw.trim());
  const type = tokens.length === 1 ? tokens[0]?.tokenType : undefined;
  const lexeme = type === YearLine ? "year" : type === TableCodeLine ? "tableCode" : "text";
  return { kind: "text", line: p.line, text: p.facts.text, raw: p.raw, lexeme };
}

/**
 * A row that lost its empty cells (`一、一般公共预算财政拨款收入` `1` `1,234.56` `一、一般公共服务支出` `31`,
 * the 支出 half's amount empty): each item name opens the next half, its 行次 and amounts after it,
 * and a half whose name is gone stays empty: `…收入¦1¦1,234.56¦一、一般公共服务支出¦31¦`.
 */
export function intoHalves(cells: readonly Piece[], half: number, halves: number): Array<Piece | undefined> {
  const out: Array<Piece | undefined> = new Array<Piece | undefined>(half * halves).fill(undefined);
  let at = -half;
  let k = 0;
  for (const cell of cells) {
    if (cell.facts.amount.kind === "text" || at < 0) {
      at += half;
      k = 0;
    }
    if (at >= out.length) return [...cells];
    if (k < half) out[at + k++] = cell;
  }
  return out;
}
