/**
 * Building blocks of the layout pre-stage (rebuild-rows.ts, flattened-text.ts): a line's one cell,
 * and table and text lines made from cells whose source lines differ.
 */
import { lineLexer, TableCodeLine, YearLine } from "../../grammars/line-tokens.js";
import { EMPTY_FACTS, factsOfRaw, type CellFacts } from "./cell-facts.js";
import type { Cell, Line } from "./model.js";

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
