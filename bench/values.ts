/**
 * Measured values that may be bounds: a run killed at its time limit gives "at least T seconds",
 * hence "at most N MB/s", and a peak RSS that is only "at least" what it had reached. Ratios and
 * target checks carry the bound through instead of printing a number that was never measured.
 */

/** "=" measured, "~" estimated, "<=" / ">=" bounds. */
export type Bound = "=" | "~" | "<=" | ">=";

export interface Value {
  readonly value: number;
  readonly bound: Bound;
}

export const exact = (value: number): Value => ({ value, bound: "=" });

function flip(bound: Bound): Bound {
  return bound === "<=" ? ">=" : bound === ">=" ? "<=" : bound;
}

/** a / b, with the bound that follows from theirs; undefined where nothing follows. */
export function ratio(a: Value | undefined, b: Value | undefined): Value | undefined {
  if (!a || !b || b.value === 0) return undefined;
  const value = a.value / b.value;
  if (b.bound === "=") return { value, bound: a.bound };
  if (a.bound === "=") return { value, bound: flip(b.bound) };
  if (a.bound === "~" && b.bound === "~") return { value, bound: "~" };
  if (a.bound === flip(b.bound) && a.bound !== "~") return { value, bound: a.bound };
  return undefined;
}

export function format(value: Value | undefined, digits: number, suffix = ""): string {
  if (!value) return "n/a";
  const prefix = value.bound === "=" ? "" : value.bound === "~" ? "≈" : value.bound === "<=" ? "≤" : "≥";
  return `${prefix}${value.value.toFixed(digits)}${suffix}`;
}

export type Verdict = "PASS" | "MISS" | "PASS (est.)" | "MISS (est.)" | "unknown";

/** Does `value` meet `value >= threshold` (or `<=`)? A bound decides only when it is on the far side. */
export function verdict(value: Value | undefined, op: ">=" | "<=", threshold: number): Verdict {
  if (!value) return "unknown";
  const meets = op === ">=" ? value.value >= threshold : value.value <= threshold;
  if (value.bound === "=") return meets ? "PASS" : "MISS";
  if (value.bound === "~") return meets ? "PASS (est.)" : "MISS (est.)";
  // value.bound says the true value is <= or >= value.value.
  if (value.bound === op) return meets ? "PASS" : "unknown";
  return meets ? "unknown" : "MISS";
}
