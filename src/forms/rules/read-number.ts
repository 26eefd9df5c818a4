/**
 * Reads a cell placed in a numeric field into the field's value, and repairs a unit glued to it
 * (repairs `unit-removed`, `unit-converted`; check `value-not-number`):
 *   `100.57万元` in a 万元 field → 100.57, unit-removed   `8,500元` in a 万元 field → 0.85, unit-converted
 *   `10 分` → 10   `93.3%` → 93.3   `—` → null   `完成` in a numeric field → null, cell to unmapped
 * Checks `number-imprecise` and `number-space-joined` (issue 15):
 *   `1234567890123456789` (19 digits; a double holds …768) → null, the cell to unmapped, warning:
 *     a value that is not the number written would be a number "fixed" without a word (SPEC), so
 *     the field stays empty and the text is kept as written;
 *   `8 889` → 8889 and a warning naming the text: the usual reading (a space as thousands
 *     separator, or a wrap), but it may be two numbers, so a reader should look.
 * Effect on the ledger: the cell is used, or (not a number, or imprecise) listed in unmapped.
 */
import { AMOUNT_UNITS, DEFAULT_AMOUNT_UNIT } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";
import { roundConverted } from "../arithmetic.js";

export type NumericField = "amount" | "weight" | "percent" | "count";

const YUAN_PER_UNIT: Readonly<Record<string, number>> = AMOUNT_UNITS;

export function readNumber(
  cell: Cell | undefined,
  kind: NumericField,
  ledger: CellLedger,
  fieldName: string,
  tableUnit: string = DEFAULT_AMOUNT_UNIT,
): number | null {
  if (!cell) return null;
  const parsed = cell.facts.amount;
  if (parsed.kind === "empty") {
    ledger.use(cell);
    return null;
  }
  if (parsed.kind === "text") {
    ledger.unplace(cell, fieldName);
    ledger.report("value-not-number", { field: fieldName, text: cell.text }, cell.line);
    return null;
  }
  if (parsed.imprecise) {
    ledger.unplace(cell, fieldName);
    ledger.report("number-imprecise", { field: fieldName, text: cell.text, value: parsed.value }, cell.line);
    return null;
  }
  ledger.use(cell);
  const { value, unit } = parsed;
  if (parsed.spaceJoined) ledger.report("number-space-joined", { field: fieldName, text: cell.text, value }, cell.line);
  if (kind === "amount" && unit !== undefined && unit !== tableUnit) {
    const from = YUAN_PER_UNIT[unit];
    const to = YUAN_PER_UNIT[tableUnit];
    if (from !== undefined && to !== undefined) {
      const converted = roundConverted(value * (from / to));
      ledger.report("unit-converted", { text: cell.text, unit, tableUnit, value: converted }, cell.line);
      return converted;
    }
  }
  if (kind === "amount" && unit === tableUnit) {
    ledger.report("unit-removed", { text: cell.text, value }, cell.line);
  }
  return value;
}
