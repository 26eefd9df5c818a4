/**
 * A count of the parser's elementary steps (cells lexed, placement cells evaluated, funds
 * candidates scored). It exists so a property test can check that work grows linearly with the
 * input, by counting rather than timing. Reading it has no effect on parsing.
 */
let units = 0;

export function addWork(n: number): void {
  units += n;
}

/** Steps counted since the process started; take the difference around a call. */
export function workDone(): number {
  return units;
}
