/**
 * Repair `cell-joined` (or `fragment-kept-apart`): a fragment row after a page break carries the
 * wrapped tail of the row above (002 line 48):
 *   `16¦[323005]…人才交流服务中¦人才中心专项业务费¦2.35¦100¦优` + `¦心¦¦¦¦¦` → department `…人才交流服务中心`
 * Decision: a fragment row has no sequence number and only short text cells; a cell of it joins
 * the text field above it only where the join is clearly right: the cell above does not already
 * end with it, and the joined text keeps its brackets balanced (`…保障局` + `局)` would not).
 * Effect: the row above's text is the joined one and the join reported on it; a cell not joined
 * goes to that row's unmapped, with the reason reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Row } from "../../lines/model.js";

export type FragmentDecision = { join: true; joined: string } | { join: false; reason: string };

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["(", ")"],
  ["（", "）"],
  ["[", "]"],
  ["【", "】"],
];

function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

export function decideFragmentJoin(head: string, tail: string): FragmentDecision {
  if (head === "") return { join: false, reason: "the cell above is empty" };
  if (head.endsWith(tail)) return { join: false, reason: `the cell above already ends with 「${tail}」` };
  const joined = head + tail;
  if (balanced(head) && !balanced(joined)) return { join: false, reason: "the join would unbalance its brackets" };
  return { join: true, joined };
}

/** A fragment row: no sequence number, only short text cells. */
export function isFragmentRow(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t !== "");
  if (filled.length === 0 || texts[0] !== "") return false;
  return filled.every((t) => t.length <= 6 && !/^\d+(\.\d+)?$/.test(t));
}

/**
 * Joins the cells of `fragment` onto the texts of the row above (`texts`, updated in place):
 * `textFieldAt(col)` names the text field standing over a column, if any.
 */
export function joinFragmentRow<F extends string>(
  fragment: Row,
  texts: Partial<Record<F, string>>,
  textFieldAt: (col: number) => F | undefined,
  above: { line: number; ledger: CellLedger; what: string },
): void {
  const { ledger } = above;
  for (const cell of fragment.cells) {
    if (cell.text === "") continue;
    const target = textFieldAt(cell.col);
    const head = target ? (texts[target] ?? "") : "";
    const decision: FragmentDecision = target ? decideFragmentJoin(head, cell.text) : { join: false, reason: "no text column above" };
    if (decision.join && target) {
      texts[target] = decision.joined;
      ledger.use(cell);
      ledger.report("cell-joined", { head, tail: cell.text, from: cell.line }, above.line);
    } else {
      ledger.unplace(cell, above.what);
      ledger.report("fragment-kept-apart", { text: cell.text, reason: decision.join ? "" : decision.reason }, cell.line);
    }
  }
}
