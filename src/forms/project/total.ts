/** The 总分 row: its 分值 and 得分 (001 line 45 `总分¦¦¦¦¦100¦93.9`), placed like the indicator columns. */
import { LABEL } from "../../../grammars/labels.js";
import type { Cell, Row } from "../../document/model.js";
import { alignCells, type FieldSpec, type HeaderColumns } from "../../normalize/align-cells.js";
import { amountOf } from "../../document/cell-facts.js";
import { readNumber } from "../../normalize/read-number.js";
import type { CellLedger } from "../cell-ledger.js";
import { valueCells } from "./header-columns.js";
import type { IndicatorField } from "./indicators.js";

type Field = "weight" | "score";
const number = (c: Cell): number => (amountOf(c).kind === "number" ? 0 : Infinity);
const FIELDS: ReadonlyArray<FieldSpec<Field>> = [
  { field: "weight", cost: number, emptyCost: 1 },
  { field: "score", cost: number, emptyCost: 1 },
];

export function readTotal(
  rows: readonly Row[],
  indicatorHeader: HeaderColumns<IndicatorField> | undefined,
  ledger: CellLedger,
): { weight: number | null; score: number | null } {
  const total = { weight: null as number | null, score: null as number | null };
  const header = indicatorHeader?.filter((c): c is { field: Field; col: number } => c.field === "weight" || c.field === "score");
  for (const row of rows) {
    const cells = valueCells(row, LABEL.total, ledger);
    const alignment = alignCells(cells, FIELDS, header && header.length > 0 ? header : undefined);
    for (const cell of alignment.dropped) ledger.unplace(cell, "总分");
    total.weight ??= readNumber(alignment.placed.get("weight"), "weight", ledger, "total.weight");
    total.score ??= readNumber(alignment.placed.get("score"), "weight", ledger, "total.score");
  }
  return total;
}
