/**
 * The one line that closes a run of several files (as ripgrep's --stats or eslint's tally):
 * files, records by kind, files that gave no record, and warnings and errors with their most
 * frequent codes. Kinds and codes are whatever the run saw, never a fixed list.
 */
import type { Severity } from "../diagnostics/codes.js";
import type { Tally } from "./run-tally.js";

export interface RunCounts {
  /** Inputs parsed to the end. */
  readonly files: number;
  /** Of those, the ones that gave no record. */
  readonly empty: number;
  /** Inputs that could not be read. */
  readonly unreadable: number;
  readonly tally: Tally;
}

/** Codes named by count; the rest are summed. */
const TOP_CODES = 3;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `54 cell-unplaced, 33 column-inferred, 9 balance-mismatch, 19 more of 5 codes`, most first. */
function byCount(counts: Readonly<Record<string, number>>, top: number): string {
  // A stable sort: equal counts keep the order the run met them in.
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const shown = entries.slice(0, top).map(([name, n]) => `${n} ${name}`);
  const rest = entries.slice(top);
  if (rest.length > 0) shown.push(`${rest.reduce((s, [, n]) => s + n, 0)} more of ${plural(rest.length, "code")}`);
  return shown.join(", ");
}

export function summaryLine(counts: RunCounts, options: { readonly ignore: ReadonlySet<string>; readonly verbose: boolean }): string {
  const { tally } = counts;
  const records = Object.values(tally.kinds).reduce((s, n) => s + n, 0);
  const parts = [`${plural(counts.files, "file")}: ${plural(records, "record")}${records > 0 ? ` (${byCount(tally.kinds, Infinity)})` : ""}`];
  if (counts.empty > 0) parts.push(`${plural(counts.empty, "file")} gave no record`);
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} unreadable`);
  let ignored = 0;
  const severities: Array<[Severity, string]> = [
    ["warning", "warning"],
    ["error", "error"],
    ...(options.verbose ? ([["info", "info"]] as Array<[Severity, string]>) : []),
  ];
  for (const [severity, word] of severities) {
    const kept: Record<string, number> = {};
    let n = 0;
    for (const [code, count] of Object.entries(tally.codes[severity])) {
      if (options.ignore.has(code)) ignored += count;
      else {
        kept[code] = count;
        n += count;
      }
    }
    parts.push(n > 0 ? `${plural(n, word)} (${byCount(kept, TOP_CODES)})` : plural(n, word));
  }
  if (ignored > 0) parts.push(`${ignored} ignored (--ignore)`);
  return parts.join("; ");
}
