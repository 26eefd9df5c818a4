/**
 * Builds cells the way the pipeline does: a `"a\tb\tc"` string goes through the real `readLines`,
 * so `col`, `line`, `raw`, `text` and `facts` have exactly the shape src/lines/model.ts gives them.
 * `line` places the row at its fixture line, so diagnostics carry the line the fixture has.
 */
import type { Cell, Line, Row } from "../../src/lines/model.js";
import { readLines } from "../../src/lines/read-lines.js";

/** The table row of a one-line dump excerpt, numbered as line `line` of its fixture. */
export function rowOf(text: string, line = 1): Row {
  if (text.includes("\n")) throw new Error("rowOf takes one line; use linesOf for several");
  const lines = readLines("\n".repeat(line - 1) + text);
  const found = lines.find((l): l is Extract<Line, { kind: "table" }> => l.kind === "table");
  if (!found) throw new Error(`not a table row (no TAB or no filled cell): ${JSON.stringify(text)}`);
  return found.row;
}

/** Every cell of a one-line excerpt, empty cells included. */
export function cellsOf(text: string, line = 1): Cell[] {
  return [...rowOf(text, line).cells];
}

/** The non-empty cells of a one-line excerpt, in order. */
export function filledOf(text: string, line = 1): Cell[] {
  return cellsOf(text, line).filter((c) => c.text !== "");
}

/** The lines of a multi-line excerpt whose first line is line `first` of its fixture. */
export function linesOf(text: string, first = 1): Line[] {
  return readLines("\n".repeat(first - 1) + text).filter((l) => l.line >= first);
}

/**
 * A dump text holding each excerpt line at its fixture line number (the lines between are blank,
 * as page breaks are), so records and diagnostics carry the fixture's line numbers.
 */
export function dumpOf(lines: ReadonlyArray<readonly [line: number, text: string]>): string {
  const out: string[] = [];
  for (const [line, text] of lines) {
    if (line <= out.length) throw new Error(`excerpt lines must ascend: ${line}`);
    while (out.length < line - 1) out.push("");
    out.push(text);
  }
  return out.join("\n") + "\n";
}
