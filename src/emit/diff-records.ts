/** Field-by-field differences between two record lists: record index, dotted path, expected, got. */
export interface FieldDiff {
  readonly record: number;
  readonly path: string;
  readonly expected: unknown;
  readonly got: unknown;
}

const IGNORED_FOR_ROUND_TRIP = new Set(["source", "diagnostics", "unmapped"]);
/** Source positions inside a record (a `table` row's `line`): rendered text has lines of its own. */
const POSITIONS = new Set(["line"]);

function walk(expected: unknown, got: unknown, path: string, record: number, out: FieldDiff[], skip: ReadonlySet<string>): void {
  if (expected === got) return;
  if (typeof expected !== "object" || typeof got !== "object" || expected === null || got === null || Array.isArray(expected) !== Array.isArray(got)) {
    out.push({ record, path, expected, got });
    return;
  }
  if (Array.isArray(expected) && Array.isArray(got)) {
    const n = Math.max(expected.length, got.length);
    for (let i = 0; i < n; i++) walk(expected[i], got[i], `${path}[${i}]`, record, out, skip);
    return;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(got)]);
  for (const key of keys) {
    if (path === "" ? skip.has(key) : skip === IGNORED_FOR_ROUND_TRIP && POSITIONS.has(key)) continue;
    walk((expected as Record<string, unknown>)[key], (got as Record<string, unknown>)[key], path === "" ? key : `${path}.${key}`, record, out, skip);
  }
}

export function diffRecords(expected: readonly unknown[], got: readonly unknown[], options: { roundTrip?: boolean } = {}): FieldDiff[] {
  const out: FieldDiff[] = [];
  const skip = options.roundTrip ? IGNORED_FOR_ROUND_TRIP : new Set<string>();
  const n = Math.max(expected.length, got.length);
  for (let i = 0; i < n; i++) walk(expected[i], got[i], "", i, out, skip);
  return out;
}
