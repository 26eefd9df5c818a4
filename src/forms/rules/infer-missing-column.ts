/**
 * Repair `column-inferred`: a run of summary rows that lost one column after a page break
 * (000 line 96: 11 cells under a 12-column header). Decision: the column whose loss best fits the
 * whole run (placement/lost-column.ts) by the shapes, the arithmetic 预算 − 执行 = 结余, and the
 * budget level the project name hints (中央 / 省级 / 市), else the level most intact rows use.
 * Effect: each short row's cells are placed under the remaining columns, and every placement of an
 * amount is reported with the column taken as lost.
 */
import { BUDGET_LEVEL_HINTS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import { amountsAgree } from "../arithmetic.js";
import { findLostColumn, withoutColumn, type ColumnSpec, type RunRow } from "../placement/lost-column.js";

export interface SummaryColumn {
  readonly key: string;
  readonly group?: "budget" | "executed";
  readonly level?: string;
  readonly col: number;
}

function hintOf(name: string, levels: readonly string[]): string | undefined {
  for (const [level, hints] of BUDGET_LEVEL_HINTS) if (hints.some((h) => name.includes(h)) && levels.includes(level)) return level;
  return undefined;
}

/**
 * The index into `valueColumns` of the column the `short` rows lost, or -1 when there are none.
 * `parse` reads a value text (number, null for empty, NaN for text).
 */
export function inferLostColumn(
  valueColumns: readonly SummaryColumn[],
  fixed: number,
  short: readonly Row[],
  commonLevel: string | undefined,
  parse: (text: string) => number | null,
): number {
  if (short.length === 0) return -1;
  const budgetLevels = valueColumns.filter((c) => c.group === "budget").map((c) => c.level as string);
  const specs: ColumnSpec[] = valueColumns.map((c) => ({ key: c.key, numeric: c.key !== "opinion" }));
  const rows: SummaryRunRow[] = [];
  for (const r of short) {
    const values: string[] = [];
    const numbers: Array<number | null> = [];
    for (let i = fixed; i < r.cells.length; i++) {
      const text = (r.cells[i] as Cell).text;
      values.push(text);
      numbers.push(parse(text));
    }
    rows.push({ values, numbers, hint: hintOf(r.cells[1]?.text ?? "", budgetLevels), common: commonLevel });
  }
  return findLostColumn(specs, rows, summaryRowFit);
}

/** A short row of the run, read once: its value texts and numbers, the level its name hints and the level most rows use. */
interface SummaryRunRow extends RunRow {
  readonly common: string | undefined;
}

/**
 * How well a short row fits a candidate mapping: its budget levels against the name's hint (or
 * the common level), and 预算 − 执行 = 结余. Called for every candidate column on every short row:
 * plain sums, no per-call objects.
 */
function summaryRowFit(mapping: ReadonlyArray<ColumnSpec>, row: SummaryRunRow): number {
  let score = 0;
  let budget = 0;
  let executed = 0;
  let carry: number | null | undefined;
  for (let i = 0; i < row.values.length; i++) {
    const spec = mapping[i];
    if (!spec) continue;
    const v = row.numbers[i] ?? null;
    if (spec.key === "carryover") carry = v;
    if (v === null || Number.isNaN(v)) continue;
    if (spec.key.startsWith("budget:")) {
      budget += v;
      const level = spec.key.slice("budget:".length);
      if (row.hint) score += row.hint === level ? 2 : -2;
      else if (level === row.common) score += 1;
    } else if (spec.key.startsWith("executed:")) {
      executed += v;
    }
  }
  if (carry !== null && carry !== undefined && !Number.isNaN(carry)) {
    score += amountsAgree(budget - executed, carry) ? 3 : 0;
  }
  return score;
}

/** Whether the first column of `key` is one of 预算数's or 执行数's levels. */
function isAmountKey(columns: readonly SummaryColumn[], key: string): boolean {
  for (const column of columns) if (column.key === key) return column.group !== undefined;
  return false;
}

/** Places a short row's cells under the columns left when `lost` is taken out, and reports it. */
export function placeShortRow(
  row: Row,
  columns: readonly SummaryColumn[],
  fixed: number,
  valueColumns: readonly SummaryColumn[],
  lost: number,
  width: number,
  ledger: CellLedger,
  /** The row's width as the table counts it (summary-table.ts), trailing padding left out. */
  rowWidth: number = row.cells.length,
): Map<string, Cell> {
  const placed = new Map<string, Cell>();
  const mapping = [...columns.slice(0, fixed), ...withoutColumn(valueColumns, lost)];
  for (let i = 0; i < mapping.length; i++) {
    const cell = row.cells[i];
    if (cell && cell.text !== "") placed.set((mapping[i] as SummaryColumn).key, cell);
  }
  const lostKey = valueColumns[lost]?.key ?? "";
  const placements: string[] = [];
  for (const [key, cell] of placed) if (isAmountKey(columns, key)) placements.push(`「${cell.text}」 under ${key.replace(":", "/")}`);
  if (placements.length > 0) {
    ledger.report(
      "column-inferred",
      { cells: rowWidth, expected: width, placements: placements.join(", "), lost: lostKey.replace(":", "/") },
      row.line,
    );
  }
  return placed;
}
