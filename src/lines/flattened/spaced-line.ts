/** A line whose cells are separated by spaces (`年度资金总额 80.00 80.00 76.00 10 95.00% 9.50`) → its row. */
import { piece, type Piece } from "../layout-lines.js";
import type { Cells } from "./context.js";

/** Spaces between cells: ASCII and ideographic. */
export const SPACES = /[ \u3000]+/;

/** `年度资金总额 80.00 80.00 …`: a row of space-separated cells when its first cell is a label. */
export function readSpacedLine(raw: string, line: number): Cells[] | undefined {
  const tokens = raw.trim().split(SPACES);
  if (tokens.length < 2) return undefined;
  const cells = tokens.map((t) => piece(t, line));
  const f = (cells[0] as Piece).facts;
  const isLabel =
    f.rowLabel !== undefined || f.fundsItem !== undefined || f.isLevelWord || f.indicatorHeader !== undefined || f.fundsHeader !== undefined;
  if (!isLabel) return undefined;
  // `年度总体目标 预期目标 … 实际完成情况 …`: the goals header and its values, as a TAB dump has them.
  if (f.rowLabel === "goals") {
    const actualAt = cells.findIndex((c, i) => i > 1 && c.facts.goalsHeader === "actual");
    if (cells[1]?.facts.goalsHeader === "expected" && actualAt > 2) {
      const expected = piece(tokens.slice(2, actualAt).join(" "), line);
      const actual = piece(tokens.slice(actualAt + 1).join(" "), line);
      return [[cells[0], cells[1], cells[actualAt]], [undefined, expected, actual]];
    }
  }
  return [cells];
}
