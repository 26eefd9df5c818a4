/**
 * A run of rows that lost one column (000 after the page break at line 95: 11 cells under a
 * 12-column header). Tries each column as the lost one and keeps the one that best fits, over the
 * whole run: shapes (numbers under number columns), the arithmetic 预算 − 执行 = 结余, and which
 * budget level the project name hints (中央 / 省级 / 市), else the level most rows of the table use.
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
  /** Value texts parsed: number, null for empty, NaN for text. */
  readonly parse: (text: string) => number | null;
}

export interface Inference {
  /** Index into the column specs of the column the run lost. */
  readonly lost: number;
}

export function inferMissingColumn(
  columns: readonly ColumnSpec[],
  rows: readonly RunRow[],
  score: (mapping: ReadonlyArray<ColumnSpec>, row: RunRow) => number,
): Inference {
  let best = { lost: -1, total: -Infinity };
  for (let lost = 0; lost < columns.length; lost++) {
    const mapping = columns.filter((_, i) => i !== lost);
    let total = 0;
    for (const row of rows) {
      let rowScore = 0;
      row.values.forEach((text, i) => {
        const column = mapping[i];
        if (!column || text === "") return;
        const value = row.parse(text);
        if (column.numeric && Number.isNaN(value)) rowScore -= 5;
      });
      total += rowScore + score(mapping, row);
    }
    if (total > best.total) best = { lost, total };
  }
  return { lost: best.lost };
}
