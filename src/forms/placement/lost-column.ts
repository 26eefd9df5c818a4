/**
 * Finds the column a run of rows lost (000 after the page break at line 95: 11 cells under a
 * 12-column header): tries each column as the lost one and keeps the one that best fits the whole
 * run — numbers under number columns, plus a score the caller gives each row under each mapping
 * (its arithmetic, its hints).
 */

export interface ColumnSpec {
  /** `budget:中央`, `executed:市级`, `carryover`, … */
  readonly key: string;
  readonly numeric: boolean;
}

export interface RunRow {
  /** The row's value cells (texts) after its fixed leading cells. */
  readonly values: readonly string[];
  /** The level the project name hints, if any. */
  readonly hint?: string;
  /** The value texts read: a number, null for empty, NaN for text (read once per row, not per candidate). */
  readonly numbers: ReadonlyArray<number | null>;
}

/** The columns left when column `lost` is taken out. */
export function withoutColumn<T>(columns: readonly T[], lost: number): T[] {
  const left: T[] = [];
  for (let i = 0; i < columns.length; i++) if (i !== lost) left.push(columns[i] as T);
  return left;
}

/** The index into `columns` of the column the run lost (-1 for no columns). */
export function findLostColumn<R extends RunRow>(
  columns: readonly ColumnSpec[],
  rows: readonly R[],
  score: (mapping: ReadonlyArray<ColumnSpec>, row: R) => number,
): number {
  let best = { lost: -1, total: -Infinity };
  for (let lost = 0; lost < columns.length; lost++) {
    const mapping = withoutColumn(columns, lost);
    let total = 0;
    for (const row of rows) {
      let rowScore = 0;
      for (let i = 0; i < row.values.length; i++) {
        const column = mapping[i];
        if (!column || row.values[i] === "") continue;
        const value = row.numbers[i] ?? null;
        if (column.numeric && Number.isNaN(value)) rowScore -= 5;
      }
      total += rowScore + score(mapping, row);
    }
    if (total > best.total) best = { lost, total };
  }
  return best.lost;
}
