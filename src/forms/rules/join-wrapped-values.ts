/**
 * Repair `row-joined`: an indicator whose value cells wrapped onto the lines below it, where the
 * renderer broke a row at a cell holding a line break (real 02 lines 19–21):
 *   `¦经济效益 指标¦减轻贫困学生家庭经济负担` + `¦有效` + `¦有效¦10¦10`
 *   → 经济效益指标, 减轻贫困学生家庭经济负担, target 有效, actual 有效, 10, 10
 * Decision: the row reads as a name with no value (or, under a header with 分值 / 得分, with neither
 * of them: `¦时效指标¦资金发放及时率¦≥¦95¦%` then `¦96%¦10¦10`); the rows right below it (on the next lines)
 * write no level and are no indicator of their own (read alone, no name that is not a value, or no
 * target or actual); the
 * cells of all of them together place as one indicator, every cell in a field that takes its shape,
 * none left over, with a target or an actual and a weight or a score. The most rows that do so are
 * joined. Effect: the rows are read as one indicator; the join is reported. A name wrapped over
 * rows around its values (synthetic 08a) does not place so and is left to join-name-fragments.
 */
import { TARGET_SIGNS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { Alignment, FieldSpec } from "../placement/align-cells.js";

/** The most rows below a name its values may wrap onto. */
const MAX_WRAPPED = 3;

type Field = "target" | "actual" | "weight" | "score";

/**
 * Whether every cell of an alignment stands in a field that takes it, none dropped: at no more than
 * a small shape cost (a bare `95` as a 指标值 beside its 度量单位 costs a little, a level word as a
 * name costs 1).
 */
function clean<F extends string>(alignment: Alignment<F>, fields: ReadonlyArray<FieldSpec<F>>): boolean {
  if (alignment.dropped.length > 0) return false;
  for (const [field, cell] of alignment.placed) {
    const spec = fields.find((f) => f.field === field);
    if (spec === undefined || !(spec.cost(cell) < 1)) return false;
  }
  return true;
}

/** A cell that reads as a value, not a name: a number, or a target written with its sign (`≥500人次`). */
function isValueShaped(cell: Cell): boolean {
  return cell.facts.amount.kind === "number" || TARGET_SIGNS.includes(cell.text[0] as string);
}

const has = <F extends string>(a: Alignment<F>, f: Field): boolean => a.placed.has(f as unknown as F);

/**
 * How many of `below` (the rows after the name-only row, in order) join it; 0 when none. `cellsOf`
 * gives a row's value cells, `align` places cells into the indicator fields.
 */
export function wrappedRowCount<F extends string>(
  row: Row,
  below: readonly Row[],
  cellsOf: (row: Row) => Cell[],
  align: (cells: readonly Cell[]) => Alignment<F>,
  fields: ReadonlyArray<FieldSpec<F>>,
): number {
  let cells = cellsOf(row);
  let joined = 0;
  let last = row.line;
  for (let k = 0; k < below.length && k < MAX_WRAPPED; k++) {
    const next = below[k] as Row;
    if (next.line !== last + 1) break;
    const own = cellsOf(next);
    if (own.length === 0 || own.some((c) => c.facts.isLevelWord)) break;
    // An indicator of its own: a name that is no value (`≥500人次` is one) and a target or an actual.
    const alone = align(own);
    const name = alone.placed.get("name" as F);
    if (name !== undefined && !isValueShaped(name) && (has(alone, "target") || has(alone, "actual"))) break;
    cells = [...cells, ...own];
    last = next.line;
    const together = align(cells);
    if (clean(together, fields) && (has(together, "target") || has(together, "actual")) && (has(together, "weight") || has(together, "score"))) {
      joined = k + 1;
    }
  }
  return joined;
}

/** Reports the join of the rows on `from`–`to` to the indicator on `line`. */
export function reportWrappedRows(line: number, from: number, to: number, ledger: CellLedger): void {
  ledger.report("row-joined", { from, to }, line);
}
