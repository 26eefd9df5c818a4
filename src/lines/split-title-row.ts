/**
 * A form's title written in a table row, beside a labelled line (real 02 line 1, an HTML table
 * rendered cell by cell):
 *   `2022年度项目支出绩效自评表¦部门:临沧市永德县明朗中学¦`  →  text `2022年度项目支出绩效自评表`, text `部门:临沧市永德县明朗中学`
 * Decision: the row's first filled cell reads as a form title (it ends as one, within a title's
 * length) and every other filled cell is written `label：value`. Effect: each cell becomes a text
 * line of the same source line, as a dump writes a title and the lines under it, so the form's
 * title, year and labelled headings are read from them.
 *
 * The labelled lines alone, written as a row on the line under the title, are read the same way:
 *   `某市2023年度项目支出绩效自评表` then `填报单位：某市水利局¦单位：万元`  →  text `填报单位：某市水利局`, text `单位：万元`
 * Decision: the nearest line above holding anything is a form title, and every filled cell is
 * written `label：value` under a label no row of a form opens with (a `项目名称：…` or `主管部门：…`
 * cell keeps its row: it is the form's own).
 */
import { isFormTitle } from "../../grammars/vocabulary/index.js";
import { textLine } from "./layout-lines.js";
import type { Cell, Line } from "./model.js";

/** The cheap test, on every table line: its first filled cell ends as a title does. */
export function mayBeTitleRow(line: Line | undefined): boolean {
  if (line === undefined || line.kind !== "table") return false;
  for (const c of line.row.cells) {
    if (c.text === "") continue;
    return c.facts.titleShaped;
  }
  return false;
}

/** The text lines of a title row, or undefined when the row is not one. */
export function splitTitleRow(line: Line): Line[] | undefined {
  if (line.kind !== "table") return undefined;
  const filled: Cell[] = line.row.cells.filter((c) => c.text !== "");
  const [title, ...rest] = filled;
  if (title === undefined || rest.length === 0) return undefined;
  if (!isFormTitle(title.text)) return undefined;
  if (!rest.every((c) => c.facts.labelledLine)) return undefined;
  return filled.map((c) => textLine({ raw: c.raw, line: c.line, facts: c.facts }));
}

/** The text lines of a row of labelled lines under a title (line `at`), or undefined when it is not one. */
export function splitHeadingRow(lines: readonly Line[], at: number): Line[] | undefined {
  const line = lines[at];
  if (line === undefined || line.kind !== "table") return undefined;
  // Cell by cell, stopping at the first that is no labelled line: most rows stop at their first.
  let filled = 0;
  for (const c of line.row.cells) {
    if (c.text === "") continue;
    if (!c.facts.labelledLine || (c.facts.rowLabel !== undefined && c.facts.rowLabel !== "extra")) return undefined;
    filled++;
  }
  if (filled === 0) return undefined;
  let above = at - 1;
  while (above >= 0 && (lines[above] as Line).kind === "blank") above--;
  const title = lines[above];
  if (title?.kind !== "text" || !isFormTitle(title.text)) return undefined;
  return line.row.cells.filter((c) => c.text !== "").map((c) => textLine({ raw: c.raw, line: c.line, facts: c.facts }));
}
