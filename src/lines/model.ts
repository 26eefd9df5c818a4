/** The lines model: lines, rows and cells with their 1-based source positions and what each cell says. */
import type { CellFacts } from "./cell-facts.js";

export interface Cell {
  /** 0-based column of the cell in its row. */
  readonly col: number;
  /** 1-based source line. */
  readonly line: number;
  /** The cell as written, between TABs. */
  readonly raw: string;
  /** `normalizeText(raw)`: trimmed, wrap spaces removed. */
  readonly text: string;
  /** What the text says (cell-facts.ts), read once per distinct text when the line is read. */
  readonly facts: CellFacts;
  /**
   * Book-keeping of the parse that read this cell (diagnostics/cell-ledger.ts): 0 until a record
   * uses it as a value or label (1) or lists it as unmapped (2). A mark on the cell, not a Set of
   * cells, because a large dump has millions of them.
   */
  mark: number;
}

export interface Row {
  readonly line: number;
  readonly cells: readonly Cell[];
  /**
   * The row's one filled cell, or undefined when it has none or several. Read when the row is
   * made: the layout stage asks it of every line, and a padded row is 40–45 cells.
   */
  readonly sole: Cell | undefined;
}

/** A row of `cells` on source line `line`. */
export function makeRow(line: number, cells: readonly Cell[]): Row {
  let sole: Cell | undefined;
  for (const cell of cells) {
    if (cell.text === "") continue;
    if (sole) return { line, cells, sole: undefined };
    sole = cell;
  }
  return { line, cells, sole };
}

export type Line =
  | {
      readonly kind: "text";
      readonly line: number;
      readonly text: string;
      readonly raw: string;
      /** What the line lexer saw: a plain text line, a year line or a table code line. */
      readonly lexeme: "text" | "year" | "tableCode";
    }
  | { readonly kind: "table"; readonly line: number; readonly row: Row }
  /**
   * A line with no filled cell. `emptyRow`: it held TABs (`\t\t\t\t\t\t`), an empty table row
   * such as a one-cell-per-line scrape writes at a row's end, not an empty line (a page break).
   * `pageMark`: the line is a page's mark (`第 1 页，共 2 页`, `续表`), a page break too.
   */
  | { readonly kind: "blank"; readonly line: number; readonly emptyRow?: true; readonly pageMark?: string };

/**
 * A blank line, in one object layout whatever marks it carries: every reader of lines meets blank,
 * table and text lines at the same places, and a fourth and fifth layout there sent the optimised
 * code back to the interpreter.
 */
export function blankLine(line: number, mark: { emptyRow?: true; pageMark?: string } = {}): Extract<Line, { kind: "blank" }> {
  return { kind: "blank", line, emptyRow: mark.emptyRow, pageMark: mark.pageMark };
}

/** Whether a cell holds text. */
export const isFilled = (cell: Cell): boolean => cell.text !== "";

/** Non-empty cells of a row, in order. */
export function filledCells(row: Row): Cell[] {
  return row.cells.filter(isFilled);
}
