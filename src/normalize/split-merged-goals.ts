/**
 * One cell holding both goal texts, the first cut short by the page (003 line 1003):
 *   `为辖区内城乡居民提供…事务的指导和服... 2023年度济水、北海…稳步推进各项工作。`
 *   → 预期目标 `为辖区内城乡居民提供…事务的指导和服...`, 实际完成情况 `2023年度济水、北海…稳步推进各项工作。`
 * The truncation mark (`...` or `…`) followed by a space is where the first cell ended; only a
 * goals row with a single text and an empty 实际完成情况 is split, and the split is reported.
 */
const TRUNCATED = /(?:\.{3}|…)\s/;

export function splitMergedGoals(text: string): { expected: string; actual: string } | undefined {
  const m = TRUNCATED.exec(text);
  if (!m) return undefined;
  const cut = m.index + m[0].length;
  const expected = text.slice(0, cut).trimEnd();
  const actual = text.slice(cut).trim();
  return expected !== "" && actual !== "" ? { expected, actual } : undefined;
}
