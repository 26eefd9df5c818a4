/**
 * 绩效自评结果汇总表 (000): one `summary-row` per row. The two-level header gives the keys of
 * `budget` and `executed` (预算数（调整后） over 中央/省级/市级). Rows that lost a column after a page
 * break are placed by rules/infer-missing-column.ts, and every inferred placement is reported.
 */
import {
  DEFAULT_AMOUNT_UNIT,
  HEADING_LABEL,
  SUMMARY_HEADER_WORDS,
  TABLE_TITLE_SUFFIX,
  labelKey,
  lookup,
} from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import type { ListBlock } from "../document/build-document.js";
import type { Cell, Row } from "../lines/model.js";
import { parseAmount, rowNumber } from "../lines/parse-amount.js";
import type { RecordDraft } from "../schema/record.js";
import type { SummaryRowRecord } from "../schema/summary-row.js";
import { giveHeaderBooksToFirst } from "./header-books.js";
import { labelledValue } from "./headings.js";
import { checkBalance } from "./rules/check-balance.js";
import { bookGroupHeading, groupEffect, groupHeadingOf, headingName } from "./rules/list-group-row.js";
import { checkListTotal, listSumOf, rowsSummed, type ListSum } from "./rules/list-total-row.js";
import { inferLostColumn, placeShortRow, type SummaryColumn } from "./rules/infer-missing-column.js";
import { readNumber } from "./rules/read-number.js";

export type SummaryDraft = RecordDraft<SummaryRowRecord>;

/** A header cell's field; an unknown one keeps its text as its key (its cells go to unmapped). */
function fieldOfHeader(cell: Cell): string {
  return lookup(SUMMARY_HEADER_WORDS, cell.facts.key) ?? cell.text;
}

/** A value text: a number, null for empty, NaN for text. */
const parse = (text: string): number | null => {
  const p = parseAmount(text);
  return p.kind === "number" ? p.value : p.kind === "empty" ? null : Number.NaN;
};

/** One past the last filled cell of a row. */
function filledExtent(row: Row): number {
  for (let i = row.cells.length - 1; i >= 0; i--) if ((row.cells[i] as Cell).text !== "") return i + 1;
  return 0;
}

/**
 * How many cells a data row has as the table's columns count them: through its last filled cell,
 * and one more when that cell is a number, which cannot stand in the last column (自评结果应用意见,
 * text) and so stands before it. Trailing empty cells a scraper added do not count; on the
 * fixtures this is each row's cell count as written.
 */
function rowWidth(row: Row): number {
  const extent = filledExtent(row);
  const last = row.cells[extent - 1];
  return last && last.facts.amount.kind !== "text" ? extent + 1 : extent;
}

const HEADING_VALUE_LABELS = new RegExp(`^(${HEADING_LABEL.department}|${HEADING_LABEL.unit})[:：]`);

/** What every data row of one table is read against. */
interface SummaryLayout {
  readonly columns: readonly SummaryColumn[];
  /** The columns after 序号, 项目名称 and 实施单位, and how many those are. */
  readonly valueColumns: readonly SummaryColumn[];
  readonly fixed: number;
  readonly width: number;
  /** The column rows one cell short lost, or -1 (rules/infer-missing-column.ts). */
  readonly lost: number;
  readonly table: string;
  readonly department: string | null;
  readonly unit: string;
}

/** A row's amounts under 预算数 or 执行数, by level. */
function levelAmounts(
  columns: readonly SummaryColumn[],
  placed: ReadonlyMap<string, Cell>,
  name: "budget" | "executed",
  ledger: CellLedger,
  unit: string,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of columns) if (c.group === name) out[c.level as string] = readNumber(placed.get(c.key), "amount", ledger, c.key, unit);
  return out;
}

/**
 * One data row's record.
 * (Not a callback made per call: docs/performance.md, "Optimised code lost at each full collection".)
 */
function readSummaryRow(row: Row, layout: SummaryLayout, ledger: CellLedger): SummaryDraft {
  const { columns, width, lost, unit } = layout;
  let placed = new Map<string, Cell>();
  const cellCount = rowWidth(row);
  const inferred = cellCount === width - 1 && lost >= 0;
  if (cellCount === width || !inferred) {
    for (const c of columns) {
      const cell = row.cells[c.col];
      if (cell && cell.text !== "") placed.set(c.key, cell);
    }
  } else {
    placed = placeShortRow(row, columns, layout.fixed, layout.valueColumns, lost, width, ledger, cellCount);
  }
  ledger.use(placed.get("name"), placed.get("implementer"), placed.get("opinion"));
  // 序号 is a number; any other text in its column is kept in unmapped, not read as 0.
  const seqCell = placed.get("seq");
  const seq = seqCell ? rowNumber(seqCell.text, Infinity) : undefined;
  if (seqCell && seq !== undefined) ledger.use(seqCell);
  else if (seqCell) ledger.unplace(seqCell, "summary");
  const budget = levelAmounts(columns, placed, "budget", ledger, unit);
  const executed = levelAmounts(columns, placed, "executed", ledger, unit);
  const carryover = readNumber(placed.get("carryover"), "amount", ledger, "carryover", unit);
  const returned = readNumber(placed.get("returned"), "amount", ledger, "returned", unit);
  checkBalance(budget, executed, carryover, returned, row.line, ledger);
  return {
    kind: "summary-row",
    source: { startLine: row.line, endLine: row.line },
    diagnostics: ledger.diagnostics,
    unmapped: [],
    table: layout.table,
    department: layout.department,
    unit,
    seq: seq ?? 0,
    name: placed.get("name")?.text ?? "",
    implementer: placed.get("implementer")?.text ?? null,
    budget,
    executed,
    carryover,
    returned,
    score: readNumber(placed.get("score"), "weight", ledger, "score"),
    opinion: placed.get("opinion")?.text ?? null,
  };
}

export function readSummaryTable(block: ListBlock): SummaryDraft[] {
  const header = block.header;
  const headerLedger = new CellLedger();
  const topFields = header.cells.filter((c) => c.text !== "").map((c) => ({ col: c.col, field: fieldOfHeader(c) }));
  // The sub-header row: no 序号, holds the level labels under 预算数 and 执行数.
  const rows = [...block.rows];
  let sub: Row | undefined;
  if (rows[0] && rows[0].cells[0]?.text === "" && rows[0].cells.every((c) => c.text === "" || parse(c.text) === null || Number.isNaN(parse(c.text)))) {
    sub = rows.shift();
  }
  // Rows that are no project: group headings (before the data row at `at`) and sum rows.
  const groups: Array<{ heading: Cell; at: number }> = [];
  const sums: Array<{ row: Row; sum: ListSum; at: number }> = [];
  const dataRows: Row[] = [];
  for (const row of rows) {
    const sum = listSumOf(row);
    const heading = sum === undefined ? groupHeadingOf(row) : undefined;
    if (sum !== undefined) sums.push({ row, sum, at: dataRows.length });
    else if (heading !== undefined) groups.push({ heading, at: dataRows.length });
    else dataRows.push(row);
  }
  const columns: SummaryColumn[] = [];
  // Widths by where the filled cells end, so trailing padding (empty cells after the last) never counts.
  const width = Math.max(filledExtent(header), sub ? filledExtent(sub) : 0);
  let current: { field: string; col: number } | undefined;
  for (let col = 0; col < width; col++) {
    const top = topFields.find((t) => t.col === col);
    if (top) current = top;
    const subText = sub?.cells[col]?.text ?? "";
    if (!current) continue;
    if (current.field === "budget" || current.field === "executed") {
      const level = subText || (top ? labelKey(header.cells[col]?.text ?? "") : "");
      columns.push({ key: `${current.field}:${level}`, group: current.field, level, col });
    } else if (top) {
      columns.push({ key: current.field, col });
    }
  }
  // Header cells are labels, checked: a level label under 预算数/执行数 is kept as a key of
  // `budget`/`executed`; any other cell the vocabulary does not know goes to the first row's unmapped.
  // With no row there is no record: parse-text lists the table's cells in the document's unmapped.
  const keptLevels = new Set(columns.flatMap((c) => (c.level !== undefined ? [c.level] : [])));
  if (rows.length > 0) {
    for (const cell of header.cells) headerLedger.label(cell, "summary header", keptLevels.has(labelKey(cell.text)));
    for (const cell of sub?.cells ?? []) headerLedger.label(cell, "summary sub-header", keptLevels.has(cell.text));
  }
  const titles = block.headings.filter((h) => !HEADING_VALUE_LABELS.test(h.text));
  const tableTitle = [...titles].reverse().find((h) => h.text.endsWith(TABLE_TITLE_SUFFIX))?.text ?? titles[titles.length - 1]?.text ?? "";
  const nearestFirst = [...block.headings].reverse();
  const department = labelledValue(nearestFirst, HEADING_LABEL.department);
  const unit = labelledValue(nearestFirst, HEADING_LABEL.unit) ?? DEFAULT_AMOUNT_UNIT;

  const valueColumns = columns.filter((c) => !["seq", "name", "implementer"].includes(c.key));
  const fixed = columns.length - valueColumns.length;
  // The level most intact rows use, for rows whose name gives no hint.
  const levelCounts = new Map<string, number>();
  for (const row of dataRows) {
    if (rowWidth(row) !== width) continue;
    for (const c of columns) if (c.group === "budget" && (row.cells[c.col]?.text ?? "") !== "") levelCounts.set(c.level as string, (levelCounts.get(c.level as string) ?? 0) + 1);
  }
  const commonLevel = [...levelCounts].sort((a, b) => b[1] - a[1])[0]?.[0];

  // Runs of rows with one cell fewer than the header share one lost column.
  const short: Row[] = [];
  for (const row of dataRows) if (rowWidth(row) === width - 1) short.push(row);
  const lost = inferLostColumn(valueColumns, fixed, short, commonLevel, parse);

  const layout: SummaryLayout = { columns, valueColumns, fixed, width, lost, table: tableTitle, department, unit };
  const ledgers: CellLedger[] = [];
  const drafts: SummaryDraft[] = [];
  for (const row of dataRows) {
    const ledger = new CellLedger();
    ledgers.push(ledger);
    drafts.push(readSummaryRow(row, layout, ledger));
  }
  groups.forEach((g, k) => {
    const under = drafts.slice(g.at, groups[k + 1]?.at ?? drafts.length);
    const effect = groupEffect(g.heading, under.map((d) => d.department));
    if (effect === "fills") for (const d of under) d.department ??= headingName(g.heading);
    bookGroupHeading(g.heading, effect, HEADING_LABEL.department, ledgers[g.at] ?? ledgers[g.at - 1] ?? headerLedger);
  });
  // The amount columns a sum row sums: budget and executed by level, 结余结转 and 结余交回.
  const amounts = columns.filter((c) => c.group !== undefined || c.key === "carryover" || c.key === "returned");
  const amountOf = (d: SummaryDraft, c: SummaryColumn): number | null =>
    c.group !== undefined ? (d[c.group][c.level as string] ?? null) : d[c.key as "carryover" | "returned"];
  for (const s of sums) {
    const { from, to } = rowsSummed(s.sum, s.at, groups, sums);
    const summed = drafts.slice(from, to);
    const stated = amounts.map((c) => ({ field: c.key.replace(":", "/"), stated: s.row.cells[c.col], values: summed.map((d) => amountOf(d, c)) }));
    checkListTotal(s.row, stated, ledgers[s.at - 1] ?? ledgers[s.at] ?? headerLedger);
  }
  for (let i = 0; i < drafts.length; i++) (drafts[i] as SummaryDraft).unmapped = (ledgers[i] as CellLedger).close([dataRows[i] as Row], "summary");
  // With no row, parse-text keeps the header's cells in a table record.
  giveHeaderBooksToFirst(drafts, headerLedger);
  return drafts;
}
