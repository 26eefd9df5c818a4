/**
 * Check `list-total-row` / `list-total-mismatch`: a list's sum row is not a project (a result
 * list's or 汇总表's last line `合计¦¦¦900¦¦`). Decision: the row's first filled cell is a sum word
 * (合计 / 总计 for the whole list, 小计 for the rows since the last group heading or sum row;
 * vocabulary/lists.ts). Effect: no record; its cells go to the unmapped of
 * the record above, reported `list-total-row` with the amounts it states; each amount is compared
 * with the sum of the rows it sums, a difference reported `list-total-mismatch`, kept as stated.
 */
import { LIST_SUBTOTAL_WORDS, LIST_TOTAL_WORDS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import { amountsAgree, roundSum, sumOfStated } from "../arithmetic.js";

export type ListSum = "total" | "subtotal";

/** Whether a list row is a sum row, and of what. */
export function listSumOf(row: Row): ListSum | undefined {
  const first = row.cells.find((c) => c.text !== "");
  if (first === undefined) return undefined;
  if (LIST_TOTAL_WORDS.includes(first.facts.key)) return "total";
  if (LIST_SUBTOTAL_WORDS.includes(first.facts.key)) return "subtotal";
  return undefined;
}

/** Where a list's group headings and sum rows stand: before the data row at index `at`. */
export interface ListBreak {
  readonly at: number;
}

/** The data rows (`from` to `to`, exclusive) a sum row at `at` sums: 合计 every row above, 小计 those since the last heading or sum row. */
export function rowsSummed(sum: ListSum, at: number, groups: readonly ListBreak[], sums: readonly ListBreak[]): { from: number; to: number } {
  if (sum === "total") return { from: 0, to: at };
  const starts = [...groups.filter((g) => g.at <= at), ...sums.filter((s) => s.at < at)].map((b) => b.at);
  return { from: Math.max(0, ...starts), to: at };
}

/** The amount columns a sum row states: each field with its stated cell and the rows' values. */
export interface SummedColumn {
  readonly field: string;
  readonly stated: Cell | undefined;
  readonly values: ReadonlyArray<number | null>;
}

/** Lists the sum row's cells on `ledger` (the record above's) and checks its amounts. */
export function checkListTotal(row: Row, columns: readonly SummedColumn[], ledger: CellLedger): void {
  const label = row.cells.find((c) => c.text !== "") as Cell;
  const stated = columns.filter((c) => c.stated !== undefined && c.stated.facts.amount.kind === "number");
  const detail = stated.length === 0 ? "no amount" : stated.map((c) => `${c.field} ${(c.stated as Cell).text}`).join(", ");
  ledger.report("list-total-row", { text: label.text, detail }, row.line);
  for (const c of row.cells) ledger.listCovered(c);
  for (const column of stated) {
    const amount = (column.stated as Cell).facts.amount as { value: number };
    const sum = sumOfStated(column.values);
    if (sum === null) continue;
    const computed = roundSum(sum);
    if (!amountsAgree(computed, amount.value)) ledger.report("list-total-mismatch", { label: label.text, field: column.field, stated: amount.value, computed }, row.line);
  }
}
