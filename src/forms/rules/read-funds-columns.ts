/**
 * Repair `funds-columns`: funds items written as the columns of a header, their amounts on the
 * row below (a target table, synthetic 05a lines 4–5):
 *   `项目资金（万元）¦年度资金总额¦其中：财政拨款¦其他资金` + `¦420.00¦420.00¦0.00`
 *   → 年度资金总额 420, 其中：财政拨款 420, 其他资金 0 (each 全年预算数)
 * Decision: a funds row holds two or more item labels and no value, and a row of values only
 * follows it with as many values as it has items (each under its item's column, or in the same
 * order). Effect: one funds line per item, its amount the budget (a table of amounts by item states
 * what each item has for the year, nothing executed or scored); reported. Otherwise nothing is read
 * from the row here.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import { isValuesOnly } from "./join-values-to-label.js";

export interface FundsColumn {
  readonly row: Row;
  readonly label: Cell;
  readonly value: Cell;
}

/** The item columns and their amounts, and the rows they came from. */
export function readFundsColumns(
  fundsRows: readonly Row[],
  continuation: readonly Row[],
  ledger: CellLedger,
): { columns: FundsColumn[]; rows: Set<Row> } {
  const columns: FundsColumn[] = [];
  const rows = new Set<Row>();
  for (const row of fundsRows) {
    const filled = row.cells.filter((c) => c.text !== "");
    const items = filled.filter((c) => c.facts.fundsItem !== undefined);
    if (items.length < 2 || filled.some((c) => c.facts.amount.kind !== "text")) continue;
    const below = continuation
      .filter((r) => r.line > row.line && !rows.has(r))
      .sort((a, b) => a.line - b.line)[0];
    if (below === undefined || !isValuesOnly(below)) continue;
    const values = below.cells.filter((c) => c.text !== "");
    if (values.length !== items.length) continue;
    const byColumn = items.every((item) => values.some((v) => v.col === item.col));
    items.forEach((item, k) => {
      const value = byColumn ? (values.find((v) => v.col === item.col) as Cell) : (values[k] as Cell);
      columns.push({ row, label: item, value });
    });
    rows.add(row);
    rows.add(below);
    ledger.report("funds-columns", { items: items.map((c) => `「${c.text}」`).join(" "), from: below.line }, row.line);
  }
  return { columns, rows };
}
