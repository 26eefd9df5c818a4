/** The 总分 row: its 分值 and 得分 (001 line 45 `总分¦¦¦¦¦100¦93.9`), placed like the indicator columns. */
import { GRADES, RESULT_HEADER_LABEL, TOTAL_LABEL, isScoreRowWord, type IndicatorField } from "../../../grammars/vocabulary/index.js";
import type { ExtraItem } from "../../schema/common.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { FormContext } from "../form-context.js";
import { layoutOf, type FieldSpec, type HeaderColumns } from "../placement/align-cells.js";
import { valueCells } from "../placement/header-columns.js";
import { readNumber } from "../rules/read-number.js";

type Field = "weight" | "score";
const number = (c: Cell): number => (c.facts.amount.kind === "number" ? 0 : Infinity);
const FIELDS: ReadonlyArray<FieldSpec<Field>> = [
  { field: "weight", cost: number, emptyCost: 1 },
  { field: "score", cost: number, emptyCost: 1 },
];

export function readTotal(
  rows: readonly Row[],
  indicatorHeader: HeaderColumns<IndicatorField> | undefined,
  ledger: CellLedger,
  context: FormContext,
  grades: ExtraItem[] = [],
): { weight: number | null; score: number | null } {
  const total = { weight: null as number | null, score: null as number | null };
  const header = indicatorHeader?.filter((c): c is { field: Field; col: number } => c.field === "weight" || c.field === "score");
  const layout = header && header.length > 0 ? layoutOf(header, FIELDS) : undefined;
  for (const row of rows) {
    const cells = valueCells(row, "total", ledger);
    // `自评得分¦¦¦100¦¦¦99`: a score heading standing as the row's label (classify-row.ts).
    if (cells[0] !== undefined && isScoreRowWord(cells[0].facts.key)) ledger.label(cells.shift() as Cell, "section label");
    // `总分¦100¦96¦优`: a grade after the score is the form's 自评等级, written without its label.
    const last = cells[cells.length - 1];
    if (last !== undefined && cells.length > 1 && GRADES.has(last.text) && cells.slice(0, -1).some((c) => c.facts.amount.kind === "number")) {
      cells.pop();
      ledger.use(last);
      grades.push({ label: RESULT_HEADER_LABEL.grade, value: last.text, line: last.line });
    }
    const alignment = context.aligner.align(cells, FIELDS, layout);
    for (const cell of alignment.dropped) ledger.unplace(cell, TOTAL_LABEL);
    total.weight ??= readNumber(alignment.placed.get("weight"), "weight", ledger, "total.weight");
    total.score ??= readNumber(alignment.placed.get("score"), "weight", ledger, "total.score");
  }
  return total;
}
