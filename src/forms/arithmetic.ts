/**
 * The arithmetic every recogniser and check relies on, with its tolerances in one place: amounts
 * are written to the cent, rates to a tenth or a hundredth of a percent, so "equal" means equal
 * within what the form's rounding leaves.
 */

/** Two amounts (or scores) are equal within this: a cent, and the float noise of their sums. */
export const AMOUNT_TOLERANCE = 0.011;

/** A score is over its weight only by more than float noise. */
export const SCORE_EPSILON = 1e-9;

/** 执行率 stated `rate` agrees with 执行数 ÷ 预算数 × 100 = `computed` within 0.6 points or 1 %. */
export function rateHolds(rate: number, computed: number): boolean {
  return Math.abs(computed - rate) <= Math.max(0.6, computed * 0.01);
}

export function amountsAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= AMOUNT_TOLERANCE;
}

/** A sum without the binary noise of adding decimals (0.1 + 0.2 → 0.3). */
export function roundSum(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The sum of the stated values (as added, not rounded), or null where none is stated. */
export function sumOfStated(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

/** Rounds away binary noise from a unit conversion (100.57 × 10000 → 1005700). */
export function roundConverted(value: number): number {
  return Number(value.toPrecision(12));
}
