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

/** What the rule reads of an indicator (exported for its tests). */
export interface Named {
  name: string;
  level2: string | null;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
}

/** The longest middle part of a name wrapped over three rows (`抽检`, `升级工程`). */
const SHORT_PART = 6;

const nameOnly = (i: Named): boolean => i.name !== "" && i.target === null && i.actual === null && i.weight === null && i.score === null;

/**
 * Joins name fragments into the indicators they wrap, in place: `lines` are the indicators' rows,
 * `wroteLevel` whether each row wrote a 一级/二级指标 of its own (a fragment below an indicator never does).
 */
export function joinNameFragments<I extends Named>(
  indicators: I[],
  lines: number[],
  wroteLevel: Array<{ level1: boolean; level2: boolean }>,
  ledger: CellLedger,
): void {
  const writes = (at: number): boolean => (wroteLevel[at]?.level1 ?? false) || (wroteLevel[at]?.level2 ?? false);
  const join = (into: I, at: number, head: string, tail: string, from: number): void => {
    ledger.report("cell-joined", { head, tail, from }, at);
    into.name = head + tail;
  };
  const remove = (i: number): void => {
    indicators.splice(i, 1);
    lines.splice(i, 1);
    wroteLevel.splice(i, 1);
  };
  for (let i = 0; i < indicators.length; i++) {
    let body = indicators[i] as I;
    const head = indicators[i - 1];
    if (nameOnly(body)) continue;
    // A start of the name on the row above, with the middle of it short or more of it below.
    const tailFollows = (at: number, after = lines[at] as number): boolean => {
      const next = indicators[at + 1];
      return next !== undefined && nameOnly(next) && !writes(at + 1) && lines[at + 1] === after + 1;
    };
    // The start may write its 二级指标 (`¦质量指标¦营养餐食品安全`), the rest writes no level of its own.
    const startsName = head !== undefined && nameOnly(head) && !wroteLevel[i - 1]?.level1 && !writes(i);
    if (head && startsName && lines[i] === (lines[i - 1] as number) + 1 && (body.name.length <= SHORT_PART || tailFollows(i))) {
      join(body, lines[i - 1] as number, head.name, body.name, lines[i] as number);
      body.level2 ??= head.level2;
      remove(i - 1);
      i--;
      body = indicators[i] as I;
    }
    // The rest of the name on the rows below, which write no level of their own.
    for (let last = lines[i] as number; tailFollows(i, last); ) {
      const tail = indicators[i + 1] as I;
      last = lines[i + 1] as number;
      join(body, lines[i] as number, body.name, tail.name, last);
      remove(i + 1);
    }
  }
}
