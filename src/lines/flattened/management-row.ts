/**
 * A 资金管理情况 row written with spaces for TABs (003's 项目单位自评表 as a PDF's text):
 *   `安排科学性 按照部门预算编制和资金管理方法的要求,对该项目进行了…。 5 4 开展一次鉴定活动所需费用…`
 *   → `安排科学性¦按照…。¦5¦4¦开展…`, under `资金管理情况 情况说明 分值 得分 存在问题和改进措施`.
 * Its 情况说明 is a sentence (punctuation and all), so the row is found by its shape, not as prose
 * is told from rows: an item, text, then its 分值 and 得分 (two numbers no larger than 100), then
 * its problems. The text between may hold spaces of its own: it is joined back.
 */
import { piece, type Piece } from "../layout-lines.js";
import type { Cells } from "./context.js";

/** The largest 分值 a management item carries. */
const WEIGHT_MAX = 100;

const isPoints = (p: Piece): boolean => p.facts.amount.kind === "number" && p.facts.amount.unit === undefined && p.facts.amount.value <= WEIGHT_MAX;

/** The row of a management item's line, or undefined when the line is not shaped as one. */
export function readManagementRow(tokens: readonly string[], line: number): Cells | undefined {
  if (tokens.length < 4) return undefined;
  const cells = tokens.map((t) => piece(t, line));
  // The 分值 and 得分: the last two numbers side by side, after the item and its text.
  let at = -1;
  for (let k = cells.length - 2; k >= 2; k--) {
    if (isPoints(cells[k] as Piece) && isPoints(cells[k + 1] as Piece)) {
      at = k;
      break;
    }
  }
  if (at < 0) return undefined;
  const join = (from: number, to: number): Piece | undefined => (from < to ? piece(tokens.slice(from, to).join(" "), line) : undefined);
  return [cells[0], join(1, at), cells[at], cells[at + 1], join(at + 2, tokens.length)];
}
