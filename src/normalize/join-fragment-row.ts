/**
 * A fragment row after a page break carries the wrapped tail of the row above (002 line 48):
 *   `16¦[323005]…人才交流服务中¦人才中心专项业务费¦2.35¦100¦优` + `¦心¦¦¦¦¦` → department `…人才交流服务中心`
 * The tail is joined only where the join is clearly right: the cell does not already end with it,
 * and the joined text keeps its brackets balanced (`…保障局` + `局)` would not).
 */

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
