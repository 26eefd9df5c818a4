/**
 * Building blocks of the layout pre-stage (rebuild-rows.ts, flattened-text.ts): a line's one cell,
 * and table and text lines made from cells whose source lines differ.
 */
import { lineLexer, TableCodeLine, YearLine } from "../../grammars/line-tokens.js";
import { COLUMN_NUMBER_LABEL } from "../../grammars/vocabulary/index.js";
import { EMPTY_FACTS, factsOfRaw, type CellFacts } from "./cell-facts.js";
import { makeRow, type Cell, type Line } from "./model.js";
import { rowNumber } from "./parse-amount.js";

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
  const found = line.kind === "table" ? line.row.sole : undefined;
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
  return { kind: "table", line, row: makeRow(line, row) };
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
 * and a half whose name is gone stays empty: `…收入¦1¦1,234.56¦一、一般公共服务支出¦31¦`. `starts`:
 * the column each half starts at (halves may differ in width: 公开04表's 支出 half has four amounts);
 * `lineNoAt`: the 行次's place in a half, where the header has one.
 */
export function intoHalves(cells: readonly Piece[], starts: readonly number[], width: number, lineNoAt?: number): Array<Piece | undefined> {
  if (cells[0]?.facts.key === COLUMN_NUMBER_LABEL) return columnNumberRow(cells, starts, width) ?? [...cells];
  const out: Array<Piece | undefined> = new Array<Piece | undefined>(width).fill(undefined);
  let h = -1;
  let k = 0;
  const span = (): number => (starts[h + 1] ?? width) - (starts[h] as number);
  for (const cell of cells) {
    const text = cell.facts.amount.kind === "text";
    // A number opening a half, or one more than a half holds, is the 行次 of a half whose item is
    // gone (`9 九、卫生健康支出 40 0.00`: the 收入 half holds only its 行次 9); so is a whole number
    // above the 行次 just placed where an amount would stand (`30 61`: both halves empty but for it).
    const previous = h >= 0 && k > 0 ? out[(starts[h] as number) + k - 1] : undefined;
    const nextLineNo =
      lineNoAt !== undefined &&
      k === lineNoAt + 1 &&
      previous !== undefined &&
      (rowNumber(cell.facts.text, LINE_NO_DIGITS) ?? -Infinity) > (rowNumber(previous.facts.text, LINE_NO_DIGITS) ?? Infinity);
    if (text || h < 0 || (k >= span() && lineNoAt !== undefined) || nextLineNo) {
      h++;
      k = text || lineNoAt === undefined ? 0 : lineNoAt;
    }
    if (h >= starts.length) return [...cells];
    if (k < span()) out[(starts[h] as number) + k++] = cell;
  }
  return out;
}

/** The columns halves of equal width start at. */
/** The most digits a 行次 has. */
const LINE_NO_DIGITS = 4;

export function equalHalves(half: number, halves: number): number[] {
  return Array.from({ length: halves }, (_, i) => i * half);
}

/**
 * `栏次 1 栏次 2`: each 栏次 opens a half and its numbers fill the half's last columns, as a TAB dump
 * has them (`栏次¦¦1¦栏次¦¦2`); undefined when the cells are not such a row.
 */
export function columnNumberRow(cells: readonly Piece[], starts: readonly number[], width: number): Array<Piece | undefined> | undefined {
  const out: Array<Piece | undefined> = new Array<Piece | undefined>(width).fill(undefined);
  let h = -1;
  let numbers: Piece[] = [];
  const end = (): number => starts[h + 1] ?? width;
  const placeNumbers = (): void => {
    numbers.forEach((n, k) => (out[end() - numbers.length + k] = n));
    numbers = [];
  };
  for (const c of cells) {
    if (c.facts.key === COLUMN_NUMBER_LABEL) {
      if (h >= 0) placeNumbers();
      h++;
      if (h >= starts.length) return undefined;
      out[starts[h] as number] = c;
    } else if (h >= 0 && c.facts.amount.kind === "number" && numbers.length < end() - (starts[h] as number) - 1) numbers.push(c);
    else return undefined;
  }
  if (h >= 0) placeNumbers();
  return out;
}
