/**
 * What a run counts for its closing summary and its exit code: records by kind and diagnostics by
 * severity and code. A worker counts its own records' (parse-worker.ts `summarise`) and sends the
 * tally, a few numbers, instead of every diagnostic; this thread adds the tallies up.
 */
import type { Diagnostic, Severity } from "../diagnostics/codes.js";

export interface Tally {
  /** Records by kind, in order of first appearance. */
  readonly kinds: Record<string, number>;
  /** Diagnostics by severity, then code. */
  readonly codes: Record<Severity, Record<string, number>>;
}

export const emptyTally = (): Tally => ({ kinds: {}, codes: { error: {}, warning: {}, info: {} } });

export function countDiagnostic(tally: Tally, d: Diagnostic): void {
  const bySeverity = tally.codes[d.severity];
  bySeverity[d.code] = (bySeverity[d.code] ?? 0) + 1;
}

export function countKind(tally: Tally, kind: string, n = 1): void {
  tally.kinds[kind] = (tally.kinds[kind] ?? 0) + n;
}

export function addTally(into: Tally, from: Tally): void {
  for (const [kind, n] of Object.entries(from.kinds)) countKind(into, kind, n);
  for (const severity of Object.keys(from.codes) as Severity[]) {
    const target = into.codes[severity];
    for (const [code, n] of Object.entries(from.codes[severity])) target[code] = (target[code] ?? 0) + n;
  }
}

/** How many diagnostics of a severity, leaving out the codes given. */
export function countOf(tally: Tally, severity: Severity, except: ReadonlySet<string> = new Set()): number {
  let n = 0;
  for (const [code, count] of Object.entries(tally.codes[severity])) if (!except.has(code)) n += count;
  return n;
}
