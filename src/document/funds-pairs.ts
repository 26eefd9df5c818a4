/**
 * Funds written as labelled values rather than under a header, one pair or several to a row:
 *   `年度预算数（万元）¦300` / `实际支出数（万元）¦285` / `预算执行率¦95%`
 *   `全年预算数¦300¦全年执行数¦285¦执行率¦95%`
 * Each label is a funds column's wording (vocabulary/funds.ts), each value a number. The row
 * classifier asks whether a row opens funds so (classify-row.ts); the funds reader reads the pairs
 * (forms/rules/read-labelled-funds.ts).
 */
import { FUNDS_AMOUNT_FIELDS, type FundsField } from "../../grammars/vocabulary/index.js";
import type { Cell, Row } from "../lines/model.js";

export interface FundsPair {
  readonly field: FundsField;
  readonly label: Cell;
  readonly value: Cell;
}

/** The row's cells as (funds column wording, number) pairs, or undefined if they are not all so. */
export function fundsPairs(row: Row): FundsPair[] | undefined {
  const pairs: FundsPair[] = [];
  let label: Cell | undefined;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    if (label === undefined) {
      if (cell.facts.fundsHeader === undefined) return undefined;
      label = cell;
      continue;
    }
    if (cell.facts.amount.kind !== "number") return undefined;
    pairs.push({ field: label.facts.fundsHeader as FundsField, label, value: cell });
    label = undefined;
  }
  return label === undefined && pairs.length > 0 ? pairs : undefined;
}

/** A row of such pairs naming an amount (a rate or a score alone opens no funds: `预算执行率¦100%` may be an indicator). */
export function opensFundsPairs(row: Row): boolean {
  return fundsPairs(row)?.some((p) => (FUNDS_AMOUNT_FIELDS as readonly FundsField[]).includes(p.field)) ?? false;
}
