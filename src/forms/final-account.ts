/**
 * 部门决算 tables (公开01表 … 公开09表) → one `final-account` record each. Header rows give the value
 * columns (levels joined with `/`: `本年支出/基本支出`); a table continued over a page break repeats
 * its header, which is skipped; 栏次 and column-number rows are skipped; side-by-side halves
 * (收入 | 支出, 公开06表's three groups) give one row per item, half by half.
 */
import {
  ACCOUNT_COLUMN_LABEL,
  ACCOUNT_COLUMN_WORDS,
  ACCOUNT_TABLE_NAME,
  ACCOUNT_META_WORDS,
  ACCOUNT_NOTICE_WORD,
  ACCOUNT_TITLE_ENDING,
  COLUMN_NUMBER_LABEL,
  DEFAULT_AMOUNT_UNIT,
  GROUP_TOTAL,
  SIDE_LABEL,
  TABLE_CODE,
  TITLE_MAX_LENGTH,
  YEAR_WORD,
  labelKey,
  lookup,
  type AccountColumnRole,
} from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import type { AccountBlock, TextLine } from "../document/build-document.js";
import type { Cell, Row } from "../lines/model.js";
import { rowNumber } from "../lines/parse-amount.js";
import type { AccountRow, FinalAccountRecord } from "../schema/final-account.js";
import type { RecordDraft } from "../schema/record.js";
import { labelledValue, yearNamedWith, yearOf } from "./headings.js";
import { readNumber } from "./rules/read-number.js";
import { numberRepeatedColumns } from "./rules/number-repeated-columns.js";

export type AccountDraft = RecordDraft<FinalAccountRecord>;

type Role = AccountColumnRole | "value";
interface ColumnInfo {
  col: number;
  role: Role;
  path: string[];
  /** `path` joined with `/`: the value's name in `values` and `columns`. */
  name: string;
}

/** A row's labels, to know a header repeated after a page break; trailing empty cells are padding, not part of it. */
const rowKey = (row: Row): string => {
  let end = row.cells.length;
  while (end > 0 && (row.cells[end - 1] as Cell).text === "") end--;
  return row.cells.slice(0, end).map((c) => c.facts.key).join("\t");
};
function isColumnNoRow(row: Row): boolean {
  for (const cell of row.cells) if (cell.facts.key === COLUMN_NUMBER_LABEL) return true;
  return false;
}
/** `1¦2¦3¦…¦12`: the column numbers under a header. */
function isNumberingRow(row: Row): boolean {
  let filled = 0;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    filled++;
    if (rowNumber(cell.text) !== filled) return false;
  }
  return filled >= 2;
}
/** A column or line number (`1`, `12`, `１２`): up to four digits. */
const COLUMN_NO_DIGITS = 4;
function hasAmount(row: Row): boolean {
  for (const cell of row.cells) if (cell.facts.amount.kind === "number") return true;
  return false;
}

function roleOf(leaf: string): Role {
  return lookup(ACCOUNT_COLUMN_WORDS, labelKey(leaf)) ?? "value";
}

const isCodeLabel = (label: string): boolean => roleOf(label) === "code";

/** `人员经费合计` → 人员经费: the group a total row closes (`key`: the name cell's label key). */
function groupOfTotal(key: string): string | undefined {
  if (!key.endsWith(GROUP_TOTAL.word + GROUP_TOTAL.suffix) || key.length <= GROUP_TOTAL.word.length + GROUP_TOTAL.suffix.length) return undefined;
  return key.slice(0, -GROUP_TOTAL.suffix.length);
}

/** Whether a header row below `level` has text in column `col`. */
function hasTextBelow(headerRows: readonly Row[], level: number, col: number): boolean {
  for (let i = level + 1; i < headerRows.length; i++) if ((headerRows[i]!.cells[col]?.text ?? "") !== "") return true;
  return false;
}

/** Multi-level header rows → per-column paths; a label spans right over the empty cells after it. */
function columnPaths(headerRows: readonly Row[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (let level = 0; level < headerRows.length; level++) {
    const row = headerRows[level] as Row;
    let current = "";
    let parentKey = "";
    for (let col = 0; col < width; col++) {
      const text = row.cells[col]?.text ?? "";
      const parent = paths[col]!.slice(0, level).join("/");
      if (parent !== parentKey) {
        current = "";
        parentKey = parent;
      }
      if (text !== "") current = text;
      if (text !== "") paths[col]!.push(text);
      else if (current !== "" && hasTextBelow(headerRows, level, col)) paths[col]!.push(current);
    }
  }
  return paths;
}

const YEAR_CELL = new RegExp(`^\\d{4}\\s*${YEAR_WORD}?$`);
const LABELLED_CELL = /^[^:：]{1,8}[:：]/;

/** The first rows of a table that hold only labelled values or a year: its meta lines, written as rows. */
function leadingMetaRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const filled = row.cells.filter((c) => c.text !== "");
    if (filled.length === 0 || !filled.every((c) => LABELLED_CELL.test(c.text) || YEAR_CELL.test(c.text))) break;
    out.push(row);
  }
  return out;
}

/** A short line ending as a table's title does, labelling nothing (`收入决算表`, not `单位：万元`). */
function isTableTitle(text: string): boolean {
  const t = text.trim();
  return t.length <= TITLE_MAX_LENGTH && t.endsWith(ACCOUNT_TITLE_ENDING) && !/[:：]/.test(t) && !TABLE_CODE.test(t.replace(/\s+/g, ""));
}

/** The value of the first meta line labelled by any of `labels` (tried in order). */
function firstLabelledValue(lines: readonly TextLine[], labels: readonly string[]): string | null {
  for (const label of labels) {
    const value = labelledValue(lines, label);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The table's last row is the start of an item cut off by the end of the text: a name with no code,
 * no 行次 and no value, in a table that numbers its lines (real 04 line 56 `五、经`).
 */
function isCutRow(name: string, code: string, lineNo: string, anyValue: boolean, group: readonly ColumnInfo[]): boolean {
  return name !== "" && code === "" && lineNo === "" && !anyValue && group.some((c) => c.role === "lineNo");
}

/** The cell of a row under a group's column of `role`. */
function cellOf(row: Row, group: readonly ColumnInfo[], role: Role): Cell | undefined {
  for (const column of group) if (column.role === role) return row.cells[column.col];
  return undefined;
}

/** A 行次 cell is a column number; any other text in it is kept in unmapped. */
function bookLineNo(cell: Cell | undefined, ledger: CellLedger): void {
  if (cell && cell.text !== "" && rowNumber(cell.text, COLUMN_NO_DIGITS) === undefined) ledger.unplace(cell, `${ACCOUNT_TABLE_NAME} ${ACCOUNT_COLUMN_LABEL.lineNo}`);
  else ledger.use(cell);
}

/**
 * A row's item in one group's columns (one half of a 收入 | 支出 table), its cells booked.
 * Undefined for an empty slot of this half, and for the excerpt's last row cut inside its name.
 * (Not a callback made per call: docs/performance.md, "Optimised code lost at each full collection".)
 */
function readGroupItem(row: Row, group: readonly ColumnInfo[], side: string | null, isLast: boolean, ledger: CellLedger): AccountRow | undefined {
  const values: Record<string, number | null> = {};
  let anyValue = false;
  for (const c of group) {
    if (c.role !== "value" || c.path.length === 0) continue;
    const v = row.cells[c.col];
    if (v && v.text !== "") anyValue = true;
    values[c.name] = readNumber(v, "amount", ledger, c.name);
  }
  const nameCell = cellOf(row, group, "name");
  const name = nameCell?.text ?? "";
  const codeCells: Array<Cell | undefined> = [];
  for (const column of group) if (column.role === "code") codeCells.push(row.cells[column.col]);
  const code = codeCells.map((c) => c?.text ?? "").join("");
  const lineNoCell = cellOf(row, group, "lineNo");
  if (!anyValue && name === "" && code === "") {
    bookLineNo(lineNoCell, ledger);
    return undefined; // an empty placeholder slot of this half
  }
  const lineNoText = lineNoCell?.text ?? "";
  if (isLast && isCutRow(name, code, lineNoText, anyValue, group)) {
    // The excerpt ends inside an item's name (`五、经`): no row of the table, kept and reported.
    ledger.listWith(nameCell as Cell, "row-cut", { text: name });
    return undefined;
  }
  ledger.use(nameCell, ...codeCells);
  bookLineNo(lineNoCell, ledger);
  return { side, code: code === "" ? null : code, name, lineNo: rowNumber(lineNoText, Infinity) ?? null, values };
}

export function readFinalAccount(block: AccountBlock): AccountDraft {
  const ledger = new CellLedger();
  // Labelled lines written as a row (`编制单位:…¦¦2023年度¦¦金额单位:万元`) are the table's meta lines.
  const metaRows = leadingMetaRows(block.rows);
  for (const row of metaRows) ledger.use(...row.cells);
  const rows = block.rows.slice(metaRows.length);
  const meta = [...block.meta, ...metaRows.flatMap((r) => r.cells.filter((c) => c.text !== "").map((c) => ({ line: c.line, text: c.text, token: YEAR_CELL.test(c.text) ? ("year" as const) : ("text" as const) })))];
  const firstData = rows.findIndex((r) => !isColumnNoRow(r) && !isNumberingRow(r) && hasAmount(r));
  const headerRows = (firstData < 0 ? rows : rows.slice(0, firstData)).filter((r) => !isColumnNoRow(r) && !isNumberingRow(r));
  const headerKeys = new Set(headerRows.map(rowKey));
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  let paths = columnPaths(headerRows, width);

  // A top row naming the halves (收入 | 支出) gives sides, not column names.
  const sideNames = new Map<number, string>();
  const top = headerRows[0];
  if (top && headerRows.length > 1) {
    const topTexts = top.cells.filter((c) => c.text !== "").map((c) => labelKey(c.text));
    if (topTexts.length >= 2 && topTexts.every((t) => t === SIDE_LABEL.income || t === SIDE_LABEL.expense)) {
      paths.forEach((p, col) => {
        if (p.length > 1) sideNames.set(col, p.shift() as string);
      });
    }
  }
  // `科目编码` over `类¦款¦项`: each sub-column holds a part of the code (`205¦02¦01` → 2050201).
  const columns: ColumnInfo[] = paths.map((path, col) => ({
    col,
    path,
    name: path.join("/"),
    role: path.length === 0 ? "value" : path.some(isCodeLabel) ? "code" : roleOf(path[path.length - 1] as string),
  }));
  // Groups: a new group starts where a code or name column follows value columns.
  const groups: ColumnInfo[][] = [];
  let group: ColumnInfo[] = [];
  for (const column of columns) {
    if ((column.role === "code" || column.role === "name") && group.some((c) => c.role === "value")) {
      groups.push(group);
      group = [];
    }
    group.push(column);
  }
  if (group.length > 0) groups.push(group);
  numberRepeatedColumns(groups, headerRows[0]?.line ?? block.code.line, ledger);

  const columnNames: string[] = [];
  for (const column of columns) {
    if (column.role !== "value" || column.path.length === 0) continue;
    if (!columnNames.includes(column.name)) columnNames.push(column.name);
  }

  // Header rows, their repeats after a page break, 栏次 and column-number rows are labels, checked:
  // a header text the record keeps (in `columns` or a `side`), a label the vocabulary knows, or a
  // column number; any other cell goes to unmapped. The rest is data.
  const keptHeaderTexts = new Set<string>([...columns.flatMap((c) => (c.role === "value" ? c.path : [])), ...sideNames.values()]);
  const dataRows: Row[] = [];
  for (const r of rows) {
    const numbering = isColumnNoRow(r) || isNumberingRow(r);
    if (numbering || headerKeys.has(rowKey(r))) {
      for (const c of r.cells) ledger.label(c, `${ACCOUNT_TABLE_NAME} header`, keptHeaderTexts.has(c.text) || (numbering && rowNumber(c.text, COLUMN_NO_DIGITS) !== undefined));
    } else dataRows.push(r);
  }
  const byGroup: AccountRow[][] = groups.map(() => []);
  const sides: Array<string | null> = groups.map((g) => sideNames.get(g[0]!.col) ?? null);
  const lastData = dataRows[dataRows.length - 1];
  for (const row of dataRows) {
    for (let gi = 0; gi < groups.length; gi++) {
      const item = readGroupItem(row, groups[gi]!, sides[gi] ?? null, row === lastData, ledger);
      if (item === undefined) continue;
      byGroup[gi]!.push(item);
      const nameCell = cellOf(row, groups[gi]!, "name");
      const closed = nameCell ? groupOfTotal(nameCell.facts.key) : undefined;
      if (closed !== undefined && sides[gi] === null) sides[gi] = closed;
    }
  }
  // A group without its own side label takes the next group's (公开06表: 公用经费 spans two groups).
  if (groups.length > 1 && sideNames.size === 0) {
    for (let gi = groups.length - 2; gi >= 0; gi--) if (sides[gi] === null) sides[gi] = sides[gi + 1] ?? null;
    byGroup.forEach((g, gi) => g.forEach((r) => (r.side = sides[gi] ?? null)));
  }
  // `部门决算表¦公开02表¦收入决算表`: a title after the code is the table's own, the line above it
  // the notice's heading; the seeds print the title above the code, and nothing after it.
  const ownTitle = block.meta.find((m) => m.token === "text" && isTableTitle(m.text));
  const title = ownTitle?.text ?? [...block.headings].reverse().find((h) => h.token === "text")?.text ?? null;
  const yearLine = meta.find((m) => m.token === "year");
  const allRows = rows;
  const unmapped = ledger.close(allRows, `${ACCOUNT_TABLE_NAME} table`);
  return {
    kind: "final-account",
    source: { startLine: block.code.line, endLine: allRows[allRows.length - 1]?.line ?? block.code.line },
    diagnostics: ledger.diagnostics,
    unmapped,
    code: block.code.text.replace(/\s+/g, ""),
    title,
    entity: firstLabelledValue(meta, ACCOUNT_META_WORDS.entity),
    // The table's own year line; failing that, the notice's title further up (`…2019年部门决算`).
    year: yearLine ? yearOf(yearLine.text) : yearNamedWith(block.headings, ACCOUNT_NOTICE_WORD),
    unit: firstLabelledValue(meta, ACCOUNT_META_WORDS.unit) ?? DEFAULT_AMOUNT_UNIT,
    columns: columnNames,
    rows: byGroup.flat(),
  };
}
