/**
 * The `table` record (SPEC v2): a table no other recogniser claims — a loose table, a form block
 * that is not a project form, a list header with no rows, rows the grammar could not place —
 * kept whole, so nothing is dropped because pe-parse does not know its form. Every filled cell
 * lands in `header` or `rows` (and is marked used); the record carries `table-unrecognised`.
 *   `一级指标¦二级指标¦指标分值¦评分标准` then `产出指标¦数量指标¦5¦…` → header [[一级指标, 二级指标, 指标分值,
 *   评分标准]], rows [{line, cells: [产出指标, 数量指标, 5, …]}]
 */
import { IDENTITY_LABEL, TABLE_TITLE_SUFFIX, TITLE_MAX_LENGTH } from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import { rowsOfBlock, type Block, type TextLine } from "../document/build-document.js";
import type { Cell, Row } from "../lines/model.js";
import type { RecordDraft } from "../schema/record.js";
import type { TableRecord } from "../schema/table.js";

export type TableDraft = RecordDraft<TableRecord>;

/** Header rows are the rows before the first one holding a number, at most this many. */
const MAX_HEADER_ROWS = 4;
/** The header cells a reason names; the rest are left out. */
const REASON_CELLS = 8;
/** Headings further up than this are not the table's title. */
const TITLE_REACH = 4;

const isNumber = (c: Cell): boolean => c.facts.amount.kind === "number";

/**
 * How many leading rows are header rows: those before the first row with a number (at most
 * MAX_HEADER_ROWS). A table with no number at all has its first row as header, when it has more.
 */
export function headerRowCount(rows: ReadonlyArray<readonly Cell[]>): number {
  let n = 0;
  while (n < rows.length && n < MAX_HEADER_ROWS && !(rows[n] as readonly Cell[]).some(isNumber)) n++;
  if (n === rows.length) return rows.length > 1 ? 1 : 0;
  return n;
}

/** The nearest title line above: a form title, else a short line ending like a table's title (`…汇总表`). */
export function tableTitle(headings: readonly TextLine[]): string | null {
  for (let i = headings.length - 1; i >= 0 && i >= headings.length - TITLE_REACH; i--) {
    const h = headings[i] as TextLine;
    if (h.token === "formTitle") return h.text;
    if (h.token === "text" && h.text.length <= TITLE_MAX_LENGTH && h.text.endsWith(TABLE_TITLE_SUFFIX)) return h.text;
  }
  return null;
}

/** A `table` record of `rows`' filled cells, or undefined when they hold none. `reason` may quote the header. */
export function readLooseTable(
  rows: readonly Row[],
  headings: readonly TextLine[],
  reason: (header: readonly string[]) => string,
): TableDraft | undefined {
  const filled = rows.map((row) => row.cells.filter((c) => c.text !== "")).filter((cells) => cells.length > 0);
  if (filled.length === 0) return undefined;
  const ledger = new CellLedger();
  for (const cells of filled) ledger.use(...cells);
  const headerCount = headerRowCount(filled);
  const header = filled.slice(0, headerCount).map((cells) => cells.map((c) => c.text));
  const body = filled.slice(headerCount).map((cells) => ({ line: (cells[0] as Cell).line, cells: cells.map((c) => c.text) }));
  const lines = filled.map((cells) => (cells[0] as Cell).line);
  const why = reason(header.flat().length > 0 ? header.flat() : (filled[0] as Cell[]).map((c) => c.text));
  ledger.report("table-unrecognised", { rows: filled.length, reason: why }, lines[0]);
  return {
    kind: "table",
    source: { startLine: lines[0] as number, endLine: lines[lines.length - 1] as number },
    diagnostics: ledger.diagnostics,
    unmapped: [],
    title: tableTitle(headings),
    header,
    rows: body,
    reason: why,
  };
}

const named = (cells: readonly string[]): string =>
  cells.slice(0, REASON_CELLS).join(" / ") + (cells.length > REASON_CELLS ? " / …" : "");

/** Why no recogniser claimed a block, in words, by what kind of block it is. */
export function reasonFor(block: Block): (header: readonly string[]) => string {
  switch (block.kind) {
    case "form":
      return (h) =>
        `a ${IDENTITY_LABEL.department} / ${IDENTITY_LABEL.implementer} row with no ${IDENTITY_LABEL.name} and no section under it is not a project form: ${named(h)}`;
    case "list":
      return (h) => `a list header with no rows under it: ${named(h)}`;
    default:
      return (h) => `no recogniser matches the header ${named(h)}`;
  }
}

/** The `table` record of a block no recogniser gave a record for: every filled cell of it. */
export function readUnclaimedBlock(block: Block, headings: readonly TextLine[]): TableDraft | undefined {
  return readLooseTable(rowsOfBlock(block), headings, reasonFor(block));
}

/** Rows the document grammar could not place (DocumentModel.strayRows), as a table of their own. */
export function readStrayRows(rows: readonly Row[]): TableDraft | undefined {
  return readLooseTable(rows, [], (h) => `rows the document grammar could not place: ${named(h)}`);
}
