/**
 * Repair `rows-split`: one line holding the cells of several rows. An HTML table rendered cell by
 * cell breaks its lines where a cell held a line break, not where a row ends, so a line may run from
 * the tail of one part of a form into the next (real 02 line 15):
 *   `—¦年度 总体 目标¦预期目标¦实际完成情况¦…¦…¦绩效指标¦年度指标值¦…¦度量单位¦产出指标¦数量指标¦…¦10¦10`
 *   → `—` · `年度总体目标¦预期目标¦实际完成情况¦…¦…` · `绩效指标¦年度指标值¦…¦度量单位` · `产出指标¦数量指标¦…¦10¦10`
 * Decision: the row is cut before a cell that opens another part of the form than the cells before
 * it (a section label, an identity, 总分 or labelled-value label, a header word of another section),
 * before a funds item that follows values or funds header words (`387664.62¦…¦10¦其中:当年财政 拨款`),
 * and before a 一级指标 word that follows the indicator header. Identity labels after cells of no
 * part stay with them (`公开14表¦项目名称¦…`). Effect: each piece is a row of its own, its cells
 * (and their source line) unchanged; the split is reported.
 */
import { headsIndicatorColumn } from "./classify-row.js";
import { HEADER_SECTION } from "../lines/cell-facts.js";
import { makeRow, type Cell, type Row } from "../lines/model.js";

type Part = "identity" | "fundsLabel" | "fundsHeader" | "fundsItem" | "goals" | "indicators" | "total" | "extra";

/** The part of a form a cell opens or heads, if any. */
function partOf(cell: Cell): Part | undefined {
  const f = cell.facts;
  switch (f.rowLabel) {
    case "projectName":
    case "identity":
      return "identity";
    case "funds":
      return "fundsLabel";
    case "goals":
      return "goals";
    case "indicators":
      return "indicators";
    case "total":
      return "total";
    case "extra":
      return "extra";
  }
  if (f.fundsItem !== undefined && f.fundsHeader === undefined) return "fundsItem";
  const headsIndicators = headsIndicatorColumn(f);
  const headsGoals = (f.goalsHeader === "expected" || f.goalsHeader === "actual") && f.headsColumnOf(HEADER_SECTION.goals);
  // A word both headers take (`实际完成目标`, `实际完成值`) opens neither.
  if (headsIndicators !== headsGoals) return headsIndicators ? "indicators" : "goals";
  if (f.fundsHeader !== undefined && f.indicatorHeader === undefined) return "fundsHeader";
  return undefined;
}

const isValue = (c: Cell): boolean => c.facts.amount.kind !== "text";

/** The pieces of a glued row, in order; the row itself when nothing cuts it. */
export function splitGluedRow(row: Row): Row[] {
  const cuts: number[] = [];
  let part: Part | undefined;
  let filled = 0;
  let values = false;
  // Funds header words in the piece (`年初预算数 … 得分`): a funds item after them opens a row.
  let headerWords = false;
  let onlyHeaderWords = true;
  row.cells.forEach((cell, k) => {
    if (cell.text === "") return;
    const p = partOf(cell);
    let cut = false;
    if (filled > 0) {
      // Cells of no part before it: only values (the tail of the row above) are cut off.
      const other = part === undefined ? values : p !== part;
      if (p === "fundsItem") cut = values || headerWords || (part !== undefined && part !== "fundsLabel");
      else if (p === "identity") cut = part !== undefined && part !== "identity";
      // A header's own 备注 column (no value before it) is no labelled row.
      else if (p === "extra") cut = other && !(part === "indicators" && !values);
      else if (p !== undefined && p !== "fundsHeader") cut = other;
      else if (p === "fundsHeader") cut = part !== undefined && part !== "fundsHeader" && part !== "fundsLabel" && part !== "fundsItem";
      else if (cell.facts.level1 !== undefined) cut = part === "indicators" && onlyHeaderWords;
    }
    if (cut) {
      cuts.push(k);
      part = undefined;
      values = false;
      headerWords = false;
      onlyHeaderWords = true;
    }
    filled++;
    part ??= p;
    if (isValue(cell)) values = true;
    if (cell.facts.fundsHeader !== undefined && cell.facts.rowLabel !== "funds" && p !== "fundsItem") headerWords = true;
    if (cell.facts.indicatorHeader === undefined) onlyHeaderWords = false;
  });
  if (cuts.length === 0) return [row];
  const pieces: Row[] = [];
  let from = 0;
  for (const at of [...cuts, row.cells.length]) {
    const cells = row.cells.slice(from, at);
    if (cells.some((c) => c.text !== "")) pieces.push(makeRow(row.line, cells));
    from = at;
  }
  return pieces;
}
