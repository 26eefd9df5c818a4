/**
 * Repair `list-group-row`: a list groups its rows under a heading row of one cell (a merged cell
 * across the row: `一、县教育局¦¦¦¦¦` above `1¦校舍维修¦县教育局¦100¦96¦优`), which is not a
 * project. Decision: the row has one filled cell, a text that holds a word (not a number or a
 * grade), standing in the list's first column (a page break's fragment stands right of it). Effect:
 * no record; where rows under it leave the field a heading names (a result list's 主管部门, a
 * summary's 项目实施单位) empty, the heading, its list number taken off, fills it; where their own
 * value says the same, it is read as that; otherwise its cell goes to the unmapped of the first row
 * under it. Each heading is reported once.
 */
import { GRADES, HEADING_NUMBERING } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";

/** The heading cell of a group heading row, or undefined for any other row. */
export function groupHeadingOf(row: Row): Cell | undefined {
  let heading: Cell | undefined;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    if (heading !== undefined) return undefined;
    heading = cell;
  }
  if (heading === undefined || heading.col !== 0 || heading.facts.amount.kind !== "text" || GRADES.has(heading.text) || !heading.facts.wordy) return undefined;
  return heading;
}

/** A heading's name: `一、县教育局` → `县教育局`. */
export function headingName(heading: Cell): string {
  return heading.text.replace(HEADING_NUMBERING, "").trim();
}

/** What the rows under a heading make of it, given their own value of its field (null where empty). */
export type GroupEffect = "fills" | "matches" | "unmapped";

export function groupEffect(heading: Cell, values: ReadonlyArray<string | null>): GroupEffect {
  if (values.length === 0) return "unmapped";
  if (values.some((v) => v === null)) return "fills";
  const name = headingName(heading);
  return values.every((v) => v === name) ? "matches" : "unmapped";
}

/** Books the heading on `ledger` (the first row under it, or the row above where none follows); `field`: the label of the field it names. */
export function bookGroupHeading(heading: Cell, effect: GroupEffect, field: string, ledger: CellLedger): void {
  ledger.report("list-group-row", { text: heading.text, effect, field }, heading.line);
  if (effect === "unmapped") ledger.listCovered(heading);
  else ledger.use(heading);
}
