/**
 * The funds section: header rows (with continuations joined), then one line per funds row, its
 * values placed by src/normalize/place-funds-values.ts. Part rows are read before the 年度资金总额
 * row, whose garbled placements (003 line 1218, header words interleaved with values) their sums
 * settle.
 */
import { LABEL, labelKey, type FundsField } from "../../../grammars/labels.js";
import { factsOf, labelKeyOf } from "../../document/cell-facts.js";
import { fundsHeaderFieldOf } from "../../document/cell-vocabulary.js";
import type { Cell, Row } from "../../document/model.js";
import type { HeaderColumns } from "../../normalize/align-cells.js";
import { joinHeaderContinuation, type HeaderCell } from "../../normalize/join-header-continuation.js";
import { AMOUNT_FIELDS, FIELD_ORDER, placeFundsValues, type AmountSums } from "../../normalize/place-funds-values.js";
import { readNumber } from "../../normalize/read-number.js";
import type { FundsLine } from "../../schema/project.js";
import type { CellLedger } from "../cell-ledger.js";

const UNIT_CELL = /^[（(]\s*(万元|元|亿元)\s*[）)]$/;

function unitOf(text: string): string | undefined {
  const m = /[（(]\s*(万元|元|亿元)\s*[）)]/.exec(text);
  return m?.[1];
}

function isKnownHeaderLabel(text: string): boolean {
  const key = labelKey(text);
  return fundsHeaderFieldOf(text) !== undefined || key === LABEL.projectFunds || unitOf(text) !== undefined && key.startsWith(LABEL.projectFunds);
}

/** Header or label cells that may stand inside a funds row (interleaved headers, `(万元)`). */
function isLabelCell(cell: Cell): boolean {
  return (
    UNIT_CELL.test(cell.text) ||
    factsOf(cell).fundsHeaderField !== undefined ||
    labelKeyOf(cell).startsWith(LABEL.projectFunds) ||
    factsOf(cell).fundsItem !== undefined
  );
}

export interface FundsResult {
  unit: string;
  lines: FundsLine[];
  /** The source line of each funds line. */
  rowLines: number[];
}

export function readFunds(
  headerRows: readonly Row[],
  fundsRows: readonly Row[],
  continuationRows: readonly Row[],
  ledger: CellLedger,
): FundsResult {
  const header: HeaderCell[] = [];
  for (const row of headerRows) {
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      header.push({ col: cell.col, line: cell.line, text: cell.text, cells: [cell] });
      ledger.use(cell);
    }
  }
  for (const row of continuationRows) {
    const { joins, unjoined } = joinHeaderContinuation(header, row.cells, isKnownHeaderLabel);
    for (const join of joins) ledger.report("header-joined", { head: join.head, tail: join.tail, joined: join.joined }, join.line);
    for (const cell of row.cells) if (cell.text !== "" && !unjoined.includes(cell)) ledger.use(cell);
    for (const cell of unjoined) {
      if (UNIT_CELL.test(cell.text)) ledger.use(cell);
      else ledger.unplace(cell, "funds header");
    }
  }
  let unit = "万元";
  for (const h of header) {
    const u = unitOf(h.text);
    if (u) unit = u;
  }
  const columns: HeaderColumns<FundsField> = header
    .map((h) => ({ field: fundsHeaderFieldOf(h.text) ?? null, col: h.col }))
    .sort((a, b) => a.col - b.col);
  const hasHeader = columns.some((c) => c.field !== null);

  const lines: Array<FundsLine & { row: number }> = [];
  // Parts first: their sums tell which amount is which on a garbled 年度资金总额 row (003 line 1218).
  const ordered = [...fundsRows].sort((a, b) => Number(isTotalRow(a)) - Number(isTotalRow(b)));
  for (const row of ordered) {
    const itemCell = row.cells.find((c) => c.text !== "" && factsOf(c).fundsItem !== undefined);
    if (!itemCell) continue;
    const item = factsOf(itemCell).fundsItem!;
    ledger.use(itemCell);
    const u = unitOf(itemCell.text);
    if (u) unit = u;
    const values: Cell[] = [];
    for (const cell of row.cells) {
      if (cell === itemCell || cell.text === "") continue;
      if (isLabelCell(cell)) {
        ledger.use(cell);
        const cu = unitOf(cell.text);
        if (cu) unit = cu;
        continue;
      }
      values.push(cell);
    }
    const parts = item === "total" ? lines.filter((l) => l.item !== "total") : [];
    const partSums = parts.length > 0 ? sumsOf(parts) : undefined;
    const placement = placeFundsValues(values, hasHeader ? columns : undefined, partSums);
    for (const cell of placement.dropped) ledger.unplace(cell, "funds");
    if (placement.moved.length > 0 || placement.dropped.length > 0) {
      ledger.report(
        "row-realigned",
        {
          what: "funds",
          detail: placedDetail(placement.placed),
        },
        row.line,
      );
    }
    const cell = (f: FundsField): Cell | undefined => placement.placed.get(f);
    lines.push({
      row: row.line,
      item,
      initialBudget: readNumber(cell("initialBudget"), "amount", ledger, "initialBudget", unit),
      annualBudget: readNumber(cell("annualBudget"), "amount", ledger, "annualBudget", unit),
      executed: readNumber(cell("executed"), "amount", ledger, "executed", unit),
      weight: readNumber(cell("weight"), "weight", ledger, "weight"),
      executionRate: readNumber(cell("executionRate"), "percent", ledger, "executionRate"),
      score: readNumber(cell("score"), "weight", ledger, "score"),
    });
  }
  lines.sort((a, b) => a.row - b.row);
  return { unit, lines: lines.map(({ row: _row, ...line }) => line), rowLines: lines.map((l) => l.row) };
}

/** `initialBudget 7, annualBudget 6, …`: where a realigned row's cells went, in field order. */
function placedDetail(placed: ReadonlyMap<FundsField, Cell>): string {
  let detail = "";
  for (const f of FIELD_ORDER) {
    const cell = placed.get(f);
    if (cell) detail += `${detail === "" ? "" : ", "}${f} ${cell.text}`;
  }
  return detail;
}

function isTotalRow(row: Row): boolean {
  return row.cells.some((c) => c.text !== "" && factsOf(c).fundsItem === "total");
}

function sumsOf(parts: readonly FundsLine[]): AmountSums {
  const sums: AmountSums = {};
  for (const field of AMOUNT_FIELDS) {
    const values = parts.map((p) => p[field]).filter((v): v is number => v !== null);
    if (values.length > 0) sums[field] = Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  }
  return sums;
}
