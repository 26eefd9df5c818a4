/**
 * Reads a cell placed in a numeric field into the field's value, reporting what it repaired:
 *   `100.57万元` in a 万元 field → 100.57, unit-removed   `8,500元` in a 万元 field → 0.85, unit-converted
 *   `10 分` → 10   `93.3%` → 93.3   `—` → null   `完成` in a numeric field → null, cell to unmapped
 */
import type { Cell } from "../document/model.js";
import type { CellLedger } from "../forms/cell-ledger.js";
import { amountOf } from "../document/cell-facts.js";

export type NumericField = "amount" | "weight" | "percent" | "count";

export function readNumber(
  cell: Cell | undefined,
  kind: NumericField,
  ledger: CellLedger,
  fieldName: string,
  tableUnit = "万元",
): number | null {
  if (!cell) return null;
  const parsed = amountOf(cell);
  if (parsed.kind === "empty") {
    ledger.use(cell);
    return null;
  }
  if (parsed.kind === "text") {
    ledger.unplace(cell, fieldName);
    ledger.report("value-not-number", { field: fieldName, text: cell.text }, cell.line);
    return null;
  }
  ledger.use(cell);
  const { value, unit } = parsed;
  if (kind === "amount" && unit !== undefined && unit !== tableUnit) {
    const factor = conversion(unit, tableUnit);
    if (factor !== undefined) {
      const converted = round(value * factor);
      ledger.report("unit-converted", { text: cell.text, unit, tableUnit, value: converted }, cell.line);
      return converted;
    }
  }
  if (kind === "amount" && unit === tableUnit) {
    ledger.report("unit-removed", { text: cell.text, value }, cell.line);
  }
  return value;
}

function conversion(from: string, to: string): number | undefined {
  const inYuan: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };
  const a = inYuan[from];
  const b = inYuan[to];
  return a !== undefined && b !== undefined ? a / b : undefined;
}

/** Rounds away binary noise from unit conversion (0.1 * 3 → 0.3, 100.57 × 10000 → 1005700). */
export function round(value: number): number {
  return Number(value.toPrecision(12));
}
