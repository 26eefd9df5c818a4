/**
 * A count of the parser's elementary steps (cells lexed, placement states evaluated, funds
 * candidates scored), for a test that checks that work grows linearly with the input by counting
 * rather than timing. A parse counts only when given one (`ParseOptions.meter`).
 */
export interface WorkMeter {
  add(units: number): void;
}

/** A meter that keeps the total. */
export function countingMeter(): WorkMeter & { readonly total: number } {
  let total = 0;
  return {
    add(units) {
      total += units;
    },
    get total() {
      return total;
    },
  };
}
