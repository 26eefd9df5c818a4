/**
 * The closed list of diagnostic codes. Each code has one severity and one message builder, so a
 * code without them is a compile error, and every message is written in this one place.
 */

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly line?: number;
}

type Args = Record<string, string | number | undefined>;

interface DiagnosticInfo {
  readonly severity: Severity;
  readonly message: (a: Args) => string;
}

/** The arithmetic a `cells-split` repair chose its split by. */
const SPLIT_BY: Readonly<Record<string, string>> = {
  rate: "执行率 = 全年执行数 ÷ 全年预算数, 分值 10, 得分 ≤ 分值",
  total: "得分 ≤ 分值 ≤ 100",
  shapes: "the values' shapes, 得分 ≤ 分值 ≤ 100",
  levelEnding: "no label: level cells cut after their ending 指标, the values by their shapes, 得分 ≤ 分值 ≤ 100",
  weights: "the weights adding up to 100",
};

/** What a `placed-by-arithmetic` read placed its values as. */
const PLACED_AS: Readonly<Record<string, string>> = {
  rate: "the 执行率 of 年度资金总额",
  executedAndRate: "the 全年执行数 and 执行率 of 年度资金总额",
  executedRateAndWeight: "the 全年执行数, 执行率 and 分值 of 年度资金总额",
  total: "the 总分's 分值 and 得分",
  totalWeight: "the 总分's 分值",
};

/** What a `matched-by-order` warning paired. */
const ORDER_PAIRED: Readonly<Record<string, string>> = {
  valuesAndLevels: "names, 二级指标 and value groups",
  values: "names and value groups",
  levels: "names and 二级指标",
};

/** What a `read-from-prose` read took its words as, and the rows the form lacks. */
const PROSE_AS: Readonly<Record<string, readonly [string, string]>> = {
  score: ["the 总分's 得分", "总分 row"],
  funds: ["the funds' 年度资金总额 (全年预算数, and 全年执行数 and 执行率 where stated)", "funds rows"],
  name: ["the 项目名称", "项目名称 row"],
  department: ["the 主管部门", "主管部门 row"],
  implementer: ["the 实施单位", "实施单位 row"],
  extra: ["a labelled value of the record's extra", "row for it"],
};

const q = (v: string | number | undefined): string => `「${v ?? ""}」`;

export const diagnosticInfo = {
  "cell-joined": {
    severity: "info",
    message: (a) => `joined the split cell ${q(a.head)} with its continuation ${q(a.tail)} from line ${a.from}`,
  },
  "cell-split": {
    severity: "info",
    message: (a) => `split the cell ${q(a.text)} at its truncation mark into ${q(a.head)} and ${q(a.tail)}`,
  },
  "header-joined": {
    severity: "info",
    message: (a) => `joined the header cell ${q(a.head)} with its continuation ${q(a.tail)} after a page break: ${q(a.joined)}`,
  },
  "values-joined": {
    severity: "info",
    message: (a) =>
      `read the values of line${String(a.from).includes("、") ? "s" : ""} ${a.from} as those of 「${a.label}」, on another row (merged cells lost in the scrape: each label takes the values ${a.where === "below" ? "after" : "before"} it, which leaves fewest over)`,
  },
  "funds-columns": {
    severity: "info",
    message: (a) => `read the funds items ${a.items}, written as columns, with the amounts under them on line ${a.from} (each its 全年预算数)`,
  },
  "funds-amounts-ambiguous": {
    severity: "warning",
    message: (a) =>
      `two equal amounts for three amount columns: 全年预算数 is ${a.annual}, but the other ${q(a.value)} may be 年初预算数 or 全年执行数 (the cell left empty was dropped in the scrape); kept in unmapped, neither column filled`,
  },
  "funds-values-ambiguous": {
    severity: "warning",
    message: (a) =>
      `the funds values on lines ${a.lines} stand apart from their labels, and pairing each label with the values before it or after it fits as well; left unplaced rather than misread`,
  },
  "row-joined": {
    severity: "info",
    message: (a) =>
      `read the cells of line${a.from === a.to ? ` ${a.from}` : `s ${a.from}–${a.to}`} as the rest of this indicator's row: its values wrapped onto the lines below it`,
  },
  "fragment-kept-apart": {
    severity: "warning",
    message: (a) =>
      `the fragment row ${q(a.text)} does not clearly continue the row above (${a.reason}); its cells are listed in unmapped`,
  },
  "row-realigned": {
    severity: "info",
    message: (a) => `placed the cells of this ${a.what} row by what they say, not by column: ${a.detail}`,
  },
  "cell-unplaced": {
    severity: "warning",
    message: (a) => `the cell ${q(a.text)} fits no field of this ${a.what} row; kept in unmapped`,
  },
  "label-unknown": {
    severity: "warning",
    message: (a) => `the cell ${q(a.text)} stands among the labels of this ${a.what} but is no label pe-parse knows; kept in unmapped`,
  },
  "unit-removed": {
    severity: "info",
    message: (a) => `removed the unit from ${q(a.text)}: ${a.value}`,
  },
  "unit-converted": {
    severity: "warning",
    message: (a) => `${q(a.text)} is in ${a.unit} in a ${a.tableUnit} field; converted to ${a.value} ${a.tableUnit}`,
  },
  "value-not-number": {
    severity: "warning",
    message: (a) => `${a.field} should be a number but reads ${q(a.text)}; kept in unmapped`,
  },
  "number-imprecise": {
    severity: "warning",
    message: (a) =>
      `${a.field} reads ${q(a.text)}, more digits than a number can hold (it would become ${a.value}); the field is left empty and the text kept in unmapped`,
  },
  "number-space-joined": {
    severity: "warning",
    message: (a) => `${a.field} reads ${q(a.text)} as ${a.value}, joining its digits across a space; check it is one number`,
  },
  "rate-mismatch": {
    severity: "warning",
    message: (a) =>
      `执行率 stated ${a.stated}% but 全年执行数 ÷ 全年预算数 = ${a.executed} ÷ ${a.budget} = ${a.computed}%; kept as stated`,
  },
  "score-exceeds-weight": {
    severity: "warning",
    message: (a) => `得分 ${a.score} exceeds 分值 ${a.weight} for ${q(a.name)}; kept as stated`,
  },
  "total-score-mismatch": {
    severity: "warning",
    message: (a) => `总分 states ${a.stated} but the ${a.parts} add up to ${a.computed}; kept as stated`,
  },
  "total-score-unchecked": {
    severity: "info",
    message: (a) =>
      `总分 states ${a.stated}; the ${a.parts} read add up to ${a.computed}, but ${a.lost} could not be read, so the sum is not checked`,
  },
  "funds-sum-mismatch": {
    severity: "warning",
    message: (a) => `${a.field} of 年度资金总额 is ${a.stated} but its parts add up to ${a.computed}; kept as stated`,
  },
  "balance-mismatch": {
    severity: "warning",
    message: (a) => `结余 stated ${a.stated} but 预算 − 执行 = ${a.budget} − ${a.executed} = ${a.computed}; kept as stated`,
  },
  "column-inferred": {
    severity: "warning",
    message: (a) =>
      `the row has ${a.cells} cells where the header has ${a.expected}; taking column ${a.lost} as the one lost (by 预算 − 执行 = 结余 and the name's level hint), placed ${a.placements}`,
  },
  "list-group-row": {
    severity: "info",
    message: (a) =>
      `the row ${q(a.text)} heads the rows below it, not a project: ` +
      (a.effect === "fills"
        ? `taken as the ${a.field} of the rows under it that name none`
        : a.effect === "matches"
          ? `read as the ${a.field} the rows under it name`
          : "kept in the unmapped of the first row under it"),
  },
  "list-total-row": {
    severity: "info",
    message: (a) => `the row ${q(a.text)} is the list's sum, not a project (${a.detail}); kept in unmapped`,
  },
  "list-total-mismatch": {
    severity: "warning",
    message: (a) => `the list's ${a.label} row states ${a.field} ${a.stated} but the rows it sums add up to ${a.computed}; kept as stated`,
  },
  "grade-score-mismatch": {
    severity: "warning",
    message: (a) => `自评等级 ${q(a.grade)} does not match 自评得分 ${a.score}; kept as stated`,
  },
  "column-repeated": {
    severity: "warning",
    message: (a) => `two value columns of this table are both headed ${q(a.name)}; the later (column ${a.col}) is read as ${q(`${a.name} (2)`)}, so neither value is lost (the header may be a column off)`,
  },
  "row-cut": {
    severity: "warning",
    message: (a) =>
      `the table's last row ${q(a.text)} has a name but no 行次 and no value: the text seems cut inside it; kept in unmapped, not read as a row`,
  },
  "section-missing": {
    severity: "warning",
    message: (a) => `the form has no ${a.section}: it may be cut off; the record is partial`,
  },
  "name-from-title": {
    severity: "info",
    message: (a) => `the form has no 项目名称 row; named it ${q(a.name)} after its title ${q(a.title)}`,
  },
  "section-not-read": {
    severity: "warning",
    message: (a) =>
      `the form's ${a.section} was not read: its words stand on line ${a.at}, in rows pe-parse could not place; the record is partial, the source may not be`,
  },
  "funds-labelled-values": {
    severity: "info",
    message: (a) => `read the funds written as labelled values (${a.pairs}) as the funds' 年度资金总额: the form has no funds header over rows`,
  },
  "funds-total-unlabelled": {
    severity: "info",
    message: () => `read this row of values, which has no label, as the funds' 年度资金总额: it is the only row of the funds table`,
  },
  "level-assumed": {
    severity: "warning",
    message: (a) =>
      `${a.count} indicator(s) (lines ${a.lines}) state no 一级指标, nor a 二级指标 that implies one: their level1 is ${a.level1}, which the record requires; the source does not say it`,
  },
  "name-missing": {
    severity: "warning",
    message: () => `the form has no 项目名称 value`,
  },
  "cell-unaccounted": {
    severity: "warning",
    message: (a) => `the cell ${q(a.text)} was placed by no recogniser (a pe-parse bug); kept in the document's unmapped`,
  },
  "table-unrecognised": {
    severity: "warning",
    message: (a) => `a table of ${a.rows} rows matches no known form (${a.reason}); its cells are kept in a table record`,
  },
  "no-form-recognised": {
    severity: "warning",
    message: (a) => `saw ${a.saw} but read no form (pe-parse does not know this template or layout yet); kept: ${a.kept}`,
  },
  "no-table": {
    severity: "warning",
    message: (a) => `no record: the file's ${a.lines} line${a.lines === 1 ? "" : "s"} of text hold no table and no form words (pe-parse reads tables; a notice's prose, or a title whose table was cut off, gives none)`,
  },
  "rows-rebuilt": {
    severity: "info",
    message: (a) =>
      a.how === "wrapped"
        ? `lines ${a.from}–${a.to} hold rows wrapped over several lines; rebuilt ${a.rows} rows of up to ${a.width} cells from the header and the 序号 or the labels`
        : `lines ${a.from}–${a.to} hold one cell per line; rebuilt ${a.rows} rows of ${a.width} cells from the header's width and the labels`,
  },
  "title-split": {
    severity: "info",
    message: (a) => `the title ${q(a.title)} stands in a table row beside labelled cells; read the row's ${a.cells} cells as the title and the lines under it`,
  },
  "page-mark": {
    severity: "info",
    message: (a) => `the line ${q(a.text)} marks a page's foot or a table continued on the next; read as a page break, so the table goes on past it`,
  },
  "headings-split": {
    severity: "info",
    message: (a) => `the labelled lines under the form's title stand in a table row; read its ${a.cells} cells as lines under the title`,
  },
  "part-heading": {
    severity: "info",
    message: (a) => `the heading ${q(a.text)} stands between two parts of the form; the form goes on past it, its text kept in unmapped`,
  },
  "rows-split": {
    severity: "info",
    message: (a) => `this line holds the cells of ${a.rows} rows glued together (a table rendered cell by cell); read as ${a.rows} rows, cut before ${a.cuts}`,
  },
  "layout-flattened": {
    severity: "warning",
    message: (a) => `lines ${a.lines} lost their TABs (${a.how}); read only what labels anchor: ${a.read}`,
  },
  "cells-split": {
    severity: "info",
    message: (a) => `split the glued text ${q(a.text)} into the cells ${a.cells} (${SPLIT_BY[String(a.by)] ?? a.by})`,
  },
  "split-ambiguous": {
    severity: "warning",
    message: (a) => `the text ${q(a.text)} splits as ${a.first} or as ${a.second}, both of which the arithmetic allows; kept as text`,
  },
  "placed-by-arithmetic": {
    severity: "info",
    message: (a) => `read ${a.values} as ${PLACED_AS[String(a.as)] ?? a.as} where nothing but the arithmetic places it: ${a.how}`,
  },
  "read-from-prose": {
    severity: "info",
    message: (a) => {
      const as = PROSE_AS[String(a.as)] ?? ([String(a.as), "its row"] as const);
      return `read ${a.figures} from the text of line ${a.from} as ${as[0]}: the form states no ${as[1]}`;
    },
  },
  "matched-by-order": {
    severity: "warning",
    message: (a) =>
      `the ${a.count} indicators' ${ORDER_PAIRED[String(a.with)] ?? a.with} stand apart in the text (scrambled PDF text) and were paired by their order only: ${a.pairs}; check them against the source`,
  },
  "schema-invalid": {
    severity: "error",
    message: (a) => `the record fails its schema at ${a.path}: ${a.issue}`,
  },
  "not-a-text-dump": {
    severity: "error",
    message: (a) => `not a text dump: ${a.reason}`,
  },
  "encoding-invalid": {
    severity: "warning",
    message: (a) => `${a.count} byte sequences are invalid in ${a.encoding}; replaced with U+FFFD`,
  },
  "nul-bytes": {
    severity: "warning",
    message: (a) => `${a.count} stray NUL bytes (too few for binary data); replaced with U+FFFD`,
  },
  "separator-not-tab": {
    severity: "warning",
    message: (a) =>
      `${a.count} lines hold no TAB but cells split by ${a.separator} (lines ${a.lines}); they are read as text, not table rows: no form in them is read`,
  },
  "table-cut": {
    severity: "warning",
    message: (a) =>
      `a table runs on for ${a.lines} lines (${a.chars} characters) with no page break or text line to end a document at; cut before line ${a.line} to bound memory: the rows from there are read apart from the header above`,
  },
  "line-too-long": {
    severity: "error",
    message: (a) => `line is ${a.length} characters long, over the limit of ${a.limit}; the line is skipped`,
  },
  "too-many-cells": {
    severity: "error",
    message: (a) => `row has ${a.cells} cells, over the limit of ${a.limit}; the row is skipped`,
  },
  internal: {
    severity: "error",
    message: (a) => `pe-parse failed on this part of the file (${a.reason}), a pe-parse bug; its records are missing, the other files' are not`,
  },
} satisfies Record<string, DiagnosticInfo>;

export type DiagnosticCode = keyof typeof diagnosticInfo;

/** Builds a diagnostic: the one way library code reports something. */
export function diagnostic(code: DiagnosticCode, args: Args = {}, line?: number): Diagnostic {
  const info: DiagnosticInfo = diagnosticInfo[code];
  const d: { code: DiagnosticCode; severity: Severity; message: string; line?: number } = {
    code,
    severity: info.severity,
    message: info.message(args),
  };
  if (line !== undefined) d.line = line;
  return d;
}
