/**
 * Text → lines: runs the line lexer and splits each table row into cells with their column, line
 * and facts. Blank lines are kept (they are the page breaks); line numbers are 1-based.
 */
import { lineLexer, Newline, PageMarkLine, TableCodeLine, TableLine, YearLine } from "../../grammars/line-tokens.js";
import { TABLE_CODE } from "../../grammars/vocabulary/index.js";
import type { WorkMeter } from "../diagnostics/work-meter.js";
import { EMPTY_FACTS, factsOfRaw } from "./cell-facts.js";
import { blankLine, makeRow, type Cell, type Line } from "./model.js";
import { isRowLabelLine } from "./line-shapes.js";
import { normalizeText } from "./normalize-text.js";

/** A row whose one filled cell is a table code (`¦¦¦¦公开01表`) is the code line the lexer would have read. */
function tableCodeLine(sole: Cell, line: number, raw: string): Line | undefined {
  return TABLE_CODE.test(sole.text) ? { kind: "text", line, text: sole.text, raw, lexeme: "tableCode" } : undefined;
}

/**
 * The line a TAB row gives, from what the cutting loop counted: blank when no cell is filled, the
 * table code line when its one filled cell is a code, else a table row. (A function of its own:
 * the rare answers, first met after the loop is optimised, then cost a recompile of this small
 * function only, not of the loop.)
 */
function rowLine(line: number, image: string, cells: Cell[], filled: number, lastFilled: Cell | undefined): Line {
  if (lastFilled === undefined) return blankLine(line, { emptyRow: true });
  const sole = filled === 1 ? lastFilled : undefined;
  return (sole ? tableCodeLine(sole, line, image) : undefined) ?? { kind: "table", line, row: { line, cells, sole } };
}

export function readLines(text: string, firstLine = 1, meter?: WorkMeter): Line[] {
  const { tokens } = lineLexer.tokenize(text);
  meter?.add(tokens.length);
  const lines: Line[] = [];
  let line = firstLine;
  let lineHasContent = false;
  for (const token of tokens) {
    if (token.tokenType === Newline) {
      if (!lineHasContent) lines.push(blankLine(line));
      line++;
      lineHasContent = false;
      continue;
    }
    lineHasContent = true;
    if (token.tokenType === TableLine) {
      // Cells are the runs between TABs, cut here in one pass (half of them are empty padding).
      const image = token.image;
      const cells: Cell[] = [];
      // The filled cells, counted as they are cut, and the last of them: the one when there is one.
      let filled = 0;
      let lastFilled: Cell | undefined;
      for (let start = 0, col = 0; ; col++) {
        // Padding is runs of TABs: a TAB right here needs no search (indexOf's setup dominates).
        // (`start < length` first: a read past the end, at a row's trailing TAB, costs the
        // optimised loop a deoptimisation and a recompile in every worker.)
        const tab = start < image.length && image.charCodeAt(start) === 9 ? start : image.indexOf("\t", start);
        const end = tab === -1 ? image.length : tab;
        if (end === start) cells.push({ col, line, raw: "", text: "", facts: EMPTY_FACTS, mark: 0 });
        else {
          // One lookup by the text as written gives the normalised text and its facts.
          const raw = image.slice(start, end);
          const facts = factsOfRaw(raw);
          const text = facts.text;
          const cell: Cell = { col, line, raw, text, facts, mark: 0 };
          if (text !== "") {
            filled++;
            lastFilled = cell;
          }
          cells.push(cell);
        }
        if (tab === -1) break;
        start = tab + 1;
      }
      meter?.add(cells.length);
      lines.push(rowLine(line, image, cells, filled, lastFilled));
    } else {
      const cleaned = normalizeText(token.image);
      if (cleaned === "") lines.push(blankLine(line));
      // A page's mark (`第 1 页，共 2 页` at its foot, `续表` at the next one's head): a page break, reported by page-marks.ts.
      else if (token.tokenType === PageMarkLine) lines.push(blankLine(line, { pageMark: token.image.trim() }));
      else if (isRowLabelLine(token.image)) {
        // `年度资金总额` alone on its line, no TAB: a funds row whose values the scrape put on the line above.
        const facts = factsOfRaw(token.image);
        lines.push({ kind: "table", line, row: makeRow(line, [{ col: 0, line, raw: token.image, text: facts.text, facts, mark: 0 }]) });
      }
      else {
        const lexeme =
          token.tokenType === YearLine ? "year" : token.tokenType === TableCodeLine ? "tableCode" : "text";
        lines.push({ kind: "text", line, text: cleaned, raw: token.image, lexeme });
      }
    }
  }
  return lines;
}
