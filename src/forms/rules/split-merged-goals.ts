/**
 * Repair `cell-split`: one cell holding both goal texts, the first cut short by the page
 * (003 line 1003):
 *   `为辖区内城乡居民提供…事务的指导和服... 2023年度济水、北海…稳步推进各项工作。`
 *   → 预期目标 `为辖区内城乡居民提供…事务的指导和服...`, 实际完成情况 `2023年度济水、北海…稳步推进各项工作。`
 * Decision: only a goals section with a single 预期目标 text and no 实际完成情况 is split, at the
 * truncation mark (`...` or `…`) followed by a space, where the first cell ended. Effect: the
 * record's goals get the two texts; the cell stays used; the split is reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

const TRUNCATED = /(?:\.{3}|…)\s/;

/** The two goal texts of a merged cell, if it is one. */
export function splitAtTruncation(text: string): { expected: string; actual: string } | undefined {
  const m = TRUNCATED.exec(text);
  if (!m) return undefined;
  const cut = m.index + m[0].length;
  const expected = text.slice(0, cut).trimEnd();
  const actual = text.slice(cut).trim();
  return expected !== "" && actual !== "" ? { expected, actual } : undefined;
}

export function splitMergedGoals(
  expected: readonly string[],
  actual: readonly string[],
  line: number | undefined,
  ledger: CellLedger,
): { expected: string; actual: string } | undefined {
  if (expected.length !== 1 || actual.length !== 0) return undefined;
  const text = expected[0] as string;
  const split = splitAtTruncation(text);
  if (split) ledger.report("cell-split", { text, head: split.expected, tail: split.actual }, line);
  return split;
}
