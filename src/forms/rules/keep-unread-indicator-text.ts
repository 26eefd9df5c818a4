/**
 * Check that nothing a project's indicator row says is dropped unseen. A header with rubric-like
 * columns (07's target table: `评价指标¦评价内容¦指标名称¦指标说明¦目标值¦分值¦备注`) lets a level be placed
 * as written and gives 指标说明 / 评分标准 columns, which a department record keeps; a project record
 * has SPEC levels only and no such field (07 line 4, `项目年度绩效目标(定量指标)¦制度指标¦规章制度¦建立与否¦¦20`).
 * Decision: a level cell that names no SPEC level, and the 指标说明 / 评分标准 cells, of a project's
 * row. Effect: they go to unmapped, reported `cell-unplaced`; the level1 is then implied as for a
 * row that writes none.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell } from "../../lines/model.js";

export function keepUnreadIndicatorText(level1: Cell | undefined, columns: ReadonlyArray<Cell | undefined>, ledger: CellLedger): void {
  for (const cell of [level1, ...columns]) if (cell) ledger.unplace(cell, "project indicator");
}
