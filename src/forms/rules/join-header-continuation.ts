/**
 * Repair `header-joined`: joins a header row's cells with the continuation row a page break split
 * off (001 lines 427–429):
 *   `项目资金¦年初预算数¦全年预算数¦全年执行¦分¦执行率¦得分` + `(万元)¦¦¦¦数¦值`
 *   → `项目资金(万元)`, `全年执行数`, `分值`
 * Decision: a continuation cell joins the header cell at its column or the one before or after it
 * (or two before), whichever makes a known label — preferring one that was not a label before.
 * Effect: the header cell's text is the joined label; the continuation cell is used; each join is
 * reported. Cells that make no known label are returned unjoined, for the section to place.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";

export interface HeaderCell {
  col: number;
  line: number;
  text: string;
  cells: Cell[];
}

export interface HeaderJoin {
  head: string;
  tail: string;
  joined: string;
  line: number;
}

/** The joins a continuation row makes with `header` (whose texts it updates), and the cells left over. */
export function findHeaderJoins(
  header: HeaderCell[],
  continuation: readonly Cell[],
  isKnownLabel: (text: string) => boolean,
): { joins: HeaderJoin[]; unjoined: Cell[] } {
  const joins: HeaderJoin[] = [];
  const unjoined: Cell[] = [];
  const taken = new Set<HeaderCell>();
  for (const cell of continuation) {
    if (cell.text === "") continue;
    const candidates = [0, -1, 1, -2]
      .map((d) => header.find((h) => h.col === cell.col + d && !taken.has(h)))
      .filter((h): h is HeaderCell => h !== undefined);
    const target =
      candidates.find((h) => isKnownLabel(h.text + cell.text) && !isKnownLabel(h.text)) ??
      candidates.find((h) => isKnownLabel(h.text + cell.text));
    if (!target) {
      unjoined.push(cell);
      continue;
    }
    const joined = target.text + cell.text;
    joins.push({ head: target.text, tail: cell.text, joined, line: cell.line });
    target.text = joined;
    target.cells.push(cell);
    taken.add(target);
  }
  return { joins, unjoined };
}

/** Joins `continuation` onto `header`, reporting each join; returns the cells it did not join. */
export function joinHeaderContinuation(
  header: HeaderCell[],
  continuation: readonly Cell[],
  isKnownLabel: (text: string) => boolean,
  ledger: CellLedger,
): Cell[] {
  const { joins, unjoined } = findHeaderJoins(header, continuation, isKnownLabel);
  for (const join of joins) ledger.report("header-joined", { head: join.head, tail: join.tail, joined: join.joined }, join.line);
  for (const cell of continuation) if (cell.text !== "" && !unjoined.includes(cell)) ledger.use(cell);
  return unjoined;
}
