/**
 * Check of indicators whose 一级指标 the source never states (a flat list, real result
 * publications: `绩效指标¦指标名称¦目标值¦实际值¦权重(%)¦得分¦扣分原因`). The record requires a
 * level1, so such rows get the vocabulary's LEVEL1_FALLBACK (产出指标), as the SPEC's rule allows
 * for a row with no level of its own and none before it.
 * Decision: a row writes no 一级指标 and no 二级指标 that implies one, and no row before it in the
 * table gave one. Effect: none on the values; one `level-assumed` warning for the record, naming
 * the rows, so a count by level1 is not taken for the source's. Before, the level was filled in
 * without a word.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

export function reportAssumedLevel(lines: readonly number[], level1: string, ledger: CellLedger): void {
  if (lines.length === 0) return;
  const first = lines[0] as number;
  const last = lines[lines.length - 1] as number;
  ledger.report("level-assumed", { count: lines.length, lines: first === last ? `${first}` : `${first}–${last}`, level1 }, first);
}
