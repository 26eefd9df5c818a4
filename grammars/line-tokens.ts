/**
 * The line-level lexer of a dump. A line holding a TAB is a table row (its cells are the
 * TAB-separated runs); a line without one is a text line (title, year line, prose); an empty
 * line is a page break or paragraph gap. Cells are split from a row token's image by the
 * document stage, so the lexer stays one token per line and linear in the input.
 */
import type { TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import { isPageMarkLine, PAGE_MARK_FIRST } from "./vocabulary/page-marks.js";

const { createToken, Lexer } = chevrotain;

/** A line with at least one TAB: `项目名称\t\t社保工作专项经费\t\t…`. */
export const TableLine = createToken({ name: "TableLine", pattern: /[^\t\n]*\t[^\n]*/ });

/** A line without TAB: `社保工作专项经费项目支出绩效自评表`, or a paragraph of prose. */
export const TextLine = createToken({ name: "TextLine", pattern: /[^\t\n]+/ });

/** A year line, whole line only: `（2024 年度）`, `(2021 年度)`, `2023年度`. */
export const YearLine = createToken({
  name: "YearLine",
  pattern: /[（(]?[ \u3000]*\d{4}[ \u3000]*年度?[ \u3000]*[）)]?[ \u3000]*/,
  longer_alt: TextLine,
  categories: [TextLine],
});

/** The code line of a 部门决算 table, whole line only: `公开01表`. */
export const TableCodeLine = createToken({
  name: "TableCodeLine",
  pattern: /[ \u3000]*公开[0-9０-９]{1,2}表[ \u3000]*/,
  longer_alt: TextLine,
  categories: [TextLine],
});

/**
 * A page's mark, whole line only: `第 1 页，共 2 页`, `- 2 -`, `续表` (vocabulary/page-marks.ts). Matched
 * by a function over the whole line: the line is trimmed first, so no pattern has to skip spaces.
 */
export const PageMarkLine = createToken({
  name: "PageMarkLine",
  pattern: {
    exec: (text: string, offset: number): RegExpExecArray | null => {
      let first = offset;
      while (text[first] === " " || text[first] === "\u3000") first++;
      if (!PAGE_MARK_FIRST.has(text[first] as string)) return null;
      const end = text.indexOf("\n", offset);
      const line = text.slice(offset, end === -1 ? text.length : end);
      return line.includes("\t") || !isPageMarkLine(line) ? null : ([line] as unknown as RegExpExecArray);
    },
  },
  line_breaks: false,
  categories: [TextLine],
});

/** A line end; the decoder has already turned CRLF and CR into LF. */
export const Newline = createToken({ name: "Newline", pattern: /\n/, line_breaks: true });

export const lineTokens: TokenType[] = [Newline, TableLine, YearLine, TableCodeLine, PageMarkLine, TextLine];

/** Built once: chevrotain analyses the vocabulary when a Lexer is constructed. */
export const lineLexer = new Lexer(lineTokens, {
  // Lines are counted from the Newline tokens; no line or column is read from a token.
  positionTracking: "onlyOffset",
  // TableLine and TextLine are complement sets, which defeat the first-char optimisation: every
  // pattern is tried at each line either way, and safe mode skips the analysis (regexp-to-ast over
  // each pattern, ~2–3 ms of a one-file run's start-up) that would only find so.
  safeMode: true,
  // The vocabulary's checks run in the tests (tests/grammars), not at every start.
  skipValidations: true,
});
