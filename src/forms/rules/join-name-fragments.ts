/**
 * Repair `cell-joined` on indicators: a 三级指标 name wrapped over three rows when the scrape lost
 * the row's merged cells (a rowspan), the values on the middle row:
 *   `¦质量指标¦营养餐食品安全` + `¦¦抽检¦100%¦100%¦20¦20¦` + `¦¦合格率`  →  营养餐食品安全抽检合格率, 100%, 100%, 20, 20
 * Decision: an indicator with a name and no target, actual, weight or score, on the row right above
 * one with values, is the start of its name; one right below such a joined indicator is its end.
 * Effect: the fragments' names join the indicator's (its level2 kept from the first row that
 * writes one); the fragments are no indicators of their own; each join is reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

interface Named {
  name: string;
  level2: string | null;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
}

const nameOnly = (i: Named): boolean => i.name !== "" && i.target === null && i.actual === null && i.weight === null && i.score === null;

/** Joins name fragments into the indicators they wrap, in place (`lines` are the indicators' rows). */
export function joinNameFragments<I extends Named>(indicators: I[], lines: number[], ledger: CellLedger): void {
  for (let i = 0; i + 1 < indicators.length; i++) {
    const head = indicators[i] as I;
    const body = indicators[i + 1] as I;
    if (!nameOnly(head) || nameOnly(body) || lines[i + 1] !== (lines[i] as number) + 1) continue;
    ledger.report("cell-joined", { head: head.name, tail: body.name, from: lines[i + 1] }, lines[i]);
    body.name = head.name + body.name;
    body.level2 ??= head.level2;
    indicators.splice(i, 1);
    lines.splice(i, 1);
    const after = indicators[i + 1];
    if (after && nameOnly(after) && lines[i + 1] === (lines[i] as number) + 1) {
      ledger.report("cell-joined", { head: body.name, tail: after.name, from: lines[i + 1] }, lines[i]);
      body.name += after.name;
      indicators.splice(i + 1, 1);
      lines.splice(i + 1, 1);
    }
  }
}
