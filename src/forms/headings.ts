/**
 * What the text lines around a table say: its title, its year, and labelled values such as
 * `主管部门：秦皇岛市人力资源和社会保障局` or `单位：万元`.
 */
import { YEAR_MARK, YEAR_WORD, valueAfterLabel } from "../../grammars/vocabulary/index.js";
import type { TextLine } from "../document/build-document.js";

const YEAR_IN_TITLE = new RegExp(`(\\d{4})\\s*${YEAR_WORD}`);
const YEAR_BEFORE_MARK = new RegExp(`(\\d{4})\\s*${YEAR_MARK}`);
/** The longest label of a labelled year line (`评价年度`, `预算年度`). */
const YEAR_LABEL_MAX = 8;

/** The first four-digit number of a year line: `（2024 年度）` → 2024. */
export function yearOf(text: string): number | null {
  const m = /(\d{4})/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A `2023年度` a title carries. */
export function yearInTitle(text: string): number | null {
  const m = YEAR_IN_TITLE.exec(text);
  return m ? Number(m[1]) : null;
}

/** The title and year lines standing directly above a form (at most four lines up). */
export function titleAndYear(headings: readonly TextLine[]): { title: TextLine | undefined; year: TextLine | undefined } {
  let title: TextLine | undefined;
  let year: TextLine | undefined;
  for (let i = headings.length - 1; i >= 0 && i >= headings.length - 4; i--) {
    const h = headings[i] as TextLine;
    if (h.token === "year" && !year && !title) year = h;
    else if (h.token === "formTitle" && !title) title = h;
  }
  // A result publication puts paragraphs of prose between its title and its table.
  if (!title && !year) title = [...headings].reverse().find((h) => h.token === "formTitle");
  return { title, year };
}

/** The headings from the title on (all of them without a title): the form's own, not the lines closing what stood before. */
export function headingsFrom(headings: readonly TextLine[], title: TextLine | undefined): readonly TextLine[] {
  return title === undefined ? headings : headings.filter((h) => h.line >= title.line);
}

/** The value of the first line written `label：value` (`label:value`), lines given nearest first. */
export function labelledValue(lines: readonly TextLine[], label: string): string | null {
  for (const line of lines) {
    const value = valueAfterLabel(line.text, label);
    if (value !== undefined) return value;
  }
  return null;
}

/**
 * A year stated in a labelled heading of its own: `评价年度：2023年`, `预算年度:2023` → 2023. The
 * label ends with 年度; the nearest such line wins.
 */
export function labelledYear(headings: readonly TextLine[]): number | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const text = (headings[i] as TextLine).text;
    const colon = text.search(/[:：]/);
    if (colon < 0 || colon > YEAR_LABEL_MAX || !text.slice(0, colon).trim().endsWith(YEAR_WORD)) continue;
    const year = yearOf(text.slice(colon + 1));
    if (year !== null) return year;
  }
  return null;
}

/**
 * The year a heading further up states beside `word`: a notice's title over its tables
 * (`南漳县招商服务中心2019年部门决算` → 2019 for 决算), nearest first.
 */
export function yearNamedWith(headings: readonly TextLine[], word: string): number | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const text = (headings[i] as TextLine).text;
    const at = text.indexOf(word);
    if (at < 0) continue;
    const m = YEAR_BEFORE_MARK.exec(text.slice(0, at));
    if (m) return Number(m[1]);
  }
  return null;
}
