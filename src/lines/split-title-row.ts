/**
 * A form's title written in a table row, beside a labelled line (real 02 line 1, an HTML table
 * rendered cell by cell):
 *   `2022年度项目支出绩效自评表¦部门:临沧市永德县明朗中学¦`  →  text `2022年度项目支出绩效自评表`, text `部门:临沧市永德县明朗中学`
 * Decision: the row's first filled cell reads as a form title (it ends as one, within a title's
 * length) and every other filled cell is written `label：value`. Effect: each cell becomes a text
 * line of the same source line, as a dump writes a title and the lines under it, so the form's
 * title, year and labelled headings are read from them.
 */
import { FORM_TITLE_ENDINGS, TITLE_MAX_LENGTH, labelKey } from "../../grammars/vocabulary/index.js";
import { textLine } from "./layout-lines.js";
import type { Cell, Line } from "./model.js";

/** The characters a title's text ends with (the last of each title ending). */
const TITLE_LAST: ReadonlySet<string> = new Set(FORM_TITLE_ENDINGS.map((ending) => ending[ending.length - 1] as string));
/** `部门:临沧市永德县明朗中学`: a short label, a colon, a value. */
const LABELLED = /^[^:：]{1,8}[:：]\s*\S/;

/** The cheap test, on every table line: its first filled cell ends as a title does. */
export function mayBeTitleRow(line: Line | undefined): boolean {
  if (line === undefined || line.kind !== "table") return false;
  for (const c of line.row.cells) {
    if (c.text === "") continue;
    return c.text.length <= TITLE_MAX_LENGTH && TITLE_LAST.has(c.text[c.text.length - 1] as string);
  }
  return false;
}

/** The text lines of a title row, or undefined when the row is not one. */
export function splitTitleRow(line: Line): Line[] | undefined {
  if (line.kind !== "table") return undefined;
  const filled: Cell[] = line.row.cells.filter((c) => c.text !== "");
  const [title, ...rest] = filled;
  if (title === undefined || rest.length === 0) return undefined;
  const key = labelKey(title.text);
  if (!FORM_TITLE_ENDINGS.some((ending) => key.endsWith(ending))) return undefined;
  if (!rest.every((c) => LABELLED.test(c.text))) return undefined;
  return filled.map((c) => textLine({ raw: c.raw, line: c.line, facts: c.facts }));
}
