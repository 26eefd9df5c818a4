/**
 * The funds section: header rows (with continuations joined), then one line per funds row, its
 * values placed by placement/place-funds-values.ts. Part rows are read before the 年度资金总额
 * row, whose garbled placements (003 line 1218, header words interleaved with values) their sums
 * settle.
 */
import {
  AMOUNT_UNITS,
  DEFAULT_AMOUNT_UNIT,
  FUNDS_SECTION_WORDS,
  type FundsItem,
  type FundsField,
} from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import { factsOfRaw } from "../../lines/cell-facts.js";
import { filledCells, isFilled, type Cell, type Row } from "../../lines/model.js";
import type { FundsLine } from "../../schema/project.js";
import { roundSum, sumOfStated } from "../arithmetic.js";
import type { FormContext } from "../form-context.js";
import type { HeaderColumns } from "../placement/align-cells.js";
import { AMOUNT_FIELDS, placeFundsValues, type AmountSums } from "../placement/place-funds-values.js";
import { joinHeaderContinuation, type HeaderCell } from "../rules/join-header-continuation.js";
import { joinValuesToLabel } from "../rules/join-values-to-label.js";
import { holdAmbiguousAmounts } from "../rules/hold-ambiguous-amounts.js";
import { readFundsColumns } from "../rules/read-funds-columns.js";
import { readLabelledFunds } from "../rules/read-labelled-funds.js";
import { readNumber } from "../rules/read-number.js";
import { readUnlabelledTotal } from "../rules/read-unlabelled-total.js";
import { reportFundsRealignment } from "../rules/realign-row.js";

const UNIT_WORDS = Object.keys(AMOUNT_UNITS).join("|");
/** A cell that is only a bracketed unit: `(万元)`, `（元）`. */
const UNIT_CELL = new RegExp(`^[（(]\\s*(${UNIT_WORDS})\\s*[）)]$`);
const UNIT_IN_TEXT = new RegExp(`[（(]\\s*(${UNIT_WORDS})\\s*[）)]`);

/** The unit a text names in brackets: `项目资金（元）` → 元. */
function unitOf(text: string): string | undefined {
  return UNIT_IN_TEXT.exec(text)?.[1];
}

function isKnownHeaderLabel(text: string): boolean {
  const { key, fundsHeader } = factsOfRaw(text);
  return fundsHeader !== undefined || FUNDS_SECTION_WORDS.includes(key) || (unitOf(text) !== undefined && FUNDS_SECTION_WORDS.some((w) => key.startsWith(w)));
}

/** Header or label cells that may stand inside a funds row (interleaved headers, `(万元)`). */
function isLabelCell(cell: Cell): boolean {
  const f = cell.facts;
  return UNIT_CELL.test(cell.text) || f.fundsHeader !== undefined || f.rowLabel === "funds" || f.fundsItem !== undefined;
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
  context: FormContext,
  /** The unit a line above the form states (`单位：元`), where the funds header states none. */
  statedUnit: string = DEFAULT_AMOUNT_UNIT,
): FundsResult {
  // Funds written as labelled values, with no header over rows (`年度预算数（万元）¦300` / `预算执行率¦95%`).
  const pairs = fundsRows.length === 0 && headerRows.length > 0 ? readLabelledFunds([...headerRows, ...continuationRows], ledger) : undefined;
  if (pairs) {
    let unit = statedUnit;
    for (const { text } of pairs.labels) unit = unitOf(text) ?? unit;
    return { unit, lines: [{ label: "", item: "total", ...valuesOf(pairs.cells, unit, ledger) }], rowLines: [pairs.line] };
  }
  const header: HeaderCell[] = [];
  for (const row of headerRows) {
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      header.push({ col: cell.col, line: cell.line, text: cell.text, cells: [cell] });
    }
  }
  // Items written as columns, then labels and values on different rows (merged cells lost in the
  // scrape), are paired first.
  const itemColumns = readFundsColumns(fundsRows, continuationRows, ledger);
  const labelRows = rowsOutside(fundsRows, itemColumns.rows);
  const otherRows = rowsOutside(continuationRows, itemColumns.rows);
  const joined = joinValuesToLabel(labelRows, isLabelAlone, otherRows, ledger);
  const unlabelledTotal = labelRows.length === 0 && itemColumns.columns.length === 0 && headerRows.length > 0 ? readUnlabelledTotal(otherRows, ledger) : undefined;
  for (const row of otherRows) {
    if (joined.valueRows.has(row) || isUnnamedItemRow(row) || row === unlabelledTotal) continue;
    for (const cell of joinHeaderContinuation(header, row.cells, isKnownHeaderLabel, ledger)) {
      if (UNIT_CELL.test(cell.text)) ledger.use(cell);
      else ledger.unplace(cell, "funds header");
    }
  }
  // Header cells are labels, checked once their continuations are joined (`分` + `值` → 分值).
  for (const h of header) for (const cell of h.cells) ledger.label(cell, "funds header", factsOfRaw(h.text).knownLabel);
  let unit: string = statedUnit;
  for (const h of header) {
    const u = unitOf(h.text);
    if (u) unit = u;
  }
  const columns: HeaderColumns<FundsField> = header.map(fundsColumnOf).sort(byCol);
  const hasHeader = columns.some(namesField);

  const lines: Array<FundsLine & { row: number; order: number }> = [];
  for (const row of itemColumns.rows) {
    for (const cell of row.cells) {
      if (cell.text === "" || !isLabelCell(cell) || cell.facts.fundsItem !== undefined) continue;
      ledger.label(cell, "funds row");
      unit = unitOf(cell.text) ?? unit;
    }
  }
  for (let order = 0; order < itemColumns.columns.length; order++) {
    const { row, label, value } = itemColumns.columns[order] as (typeof itemColumns.columns)[number];
    ledger.use(label);
    lines.push({
      row: row.line,
      label: label.text,
      order,
      item: label.facts.fundsItem ?? null,
      initialBudget: null,
      annualBudget: readNumber(value, "amount", ledger, "annualBudget", unit),
      executed: null,
      weight: null,
      executionRate: null,
      score: null,
    });
  }
  // A row with a label no item names still gives a line, its item null.
  const labelled: Array<{ row: Row; values: readonly Cell[] | undefined }> = [];
  for (const row of labelRows) {
    const more = joined.values.get(row);
    labelled.push({ row, values: more ? [...row.cells, ...more] : undefined });
  }
  for (const row of otherRows) if (!joined.valueRows.has(row) && isUnnamedItemRow(row)) labelled.push({ row, values: undefined });
  if (unlabelledTotal) labelled.push({ row: unlabelledTotal, values: undefined });
  // Parts first: their sums tell which amount is which on a garbled 年度资金总额 row (003 line 1218).
  const ordered: typeof labelled = [];
  const totals: typeof labelled = [];
  for (const line of labelled) (isTotalRow(line.row) ? totals : ordered).push(line);
  ordered.push(...totals);
  for (const { row, values: joined } of ordered) {
    const itemCell =
      row === unlabelledTotal ? undefined : (row.cells.find(namesItem) ?? row.cells.find(isFilled));
    if (!itemCell && row !== unlabelledTotal) continue;
    const item = itemCell ? (itemOf(itemCell) ?? null) : "total";
    ledger.use(itemCell);
    const u = itemCell ? unitOf(itemCell.text) : undefined;
    if (u) unit = u;
    const values: Cell[] = [];
    for (const cell of joined ?? row.cells) {
      if (cell === itemCell || cell.text === "") continue;
      if (isLabelCell(cell)) {
        ledger.label(cell, "funds row");
        const cu = unitOf(cell.text);
        if (cu) unit = cu;
        continue;
      }
      values.push(cell);
    }
    const parts = item === "total" ? lines.filter(isPartLine) : [];
    const partSums = parts.length > 0 ? sumsOf(parts) : undefined;
    const placement = placeFundsValues(values, hasHeader ? columns : undefined, partSums, context.meter);
    reportFundsRealignment(placement, row.line, ledger);
    holdAmbiguousAmounts(placement, hasHeader ? columns : undefined, ledger);
    lines.push({
      row: row.line,
      label: itemCell?.text ?? "",
      // Rows rebuilt from one flattened line share it: then their order in the form decides.
      order: fundsRows.indexOf(row),
      item,
      ...valuesOf(placement.placed, unit, ledger),
    });
  }
  // Value rows no label took stay unplaced, as header continuations that made no label do.
  const taken = joined.valueRows.size > 0 ? new Set([...joined.values.values()].flat()) : undefined;
  for (const row of joined.valueRows) {
    if (row === unlabelledTotal) continue;
    for (const cell of row.cells) if (cell.text !== "" && !taken?.has(cell)) ledger.unplace(cell, "funds header");
  }
  lines.sort(byRowThenOrder);
  const rowLines: number[] = [];
  for (const line of lines) rowLines.push(line.row);
  return { unit, lines: lines.map(withoutPosition), rowLines };
}

/** The rows of `rows` not in `taken`, in order. */
function rowsOutside(rows: readonly Row[], taken: ReadonlySet<Row>): Row[] {
  const out: Row[] = [];
  for (const row of rows) if (!taken.has(row)) out.push(row);
  return out;
}

const fundsColumnOf = (h: HeaderCell): { field: FundsField | null; col: number } => ({ field: factsOfRaw(h.text).fundsHeader ?? null, col: h.col });
const byCol = (a: { col: number }, b: { col: number }): number => a.col - b.col;
const namesField = (c: { field: FundsField | null }): boolean => c.field !== null;
/** A filled cell naming a funds item (当年财政拨款, 年度资金总额). */
const namesItem = (cell: Cell): boolean => cell.text !== "" && cell.facts.fundsItem !== undefined;
const isPartLine = (line: FundsLine): boolean => line.item !== "total";
const byRowThenOrder = (a: { row: number; order: number }, b: { row: number; order: number }): number => a.row - b.row || a.order - b.order;
const withoutPosition = ({ row: _row, order: _order, ...line }: FundsLine & { row: number; order: number }): FundsLine => line;

/** A funds line's values from the cells placed in its columns, amounts read in `unit`. */
function valuesOf(placed: ReadonlyMap<FundsField, Cell>, unit: string, ledger: CellLedger): Omit<FundsLine, "label" | "item"> {
  const cell = (f: FundsField): Cell | undefined => placed.get(f);
  return {
    initialBudget: readNumber(cell("initialBudget"), "amount", ledger, "initialBudget", unit),
    annualBudget: readNumber(cell("annualBudget"), "amount", ledger, "annualBudget", unit),
    executed: readNumber(cell("executed"), "amount", ledger, "executed", unit),
    weight: readNumber(cell("weight"), "weight", ledger, "weight"),
    executionRate: readNumber(cell("executionRate"), "percent", ledger, "executionRate"),
    score: readNumber(cell("score"), "weight", ledger, "score"),
  };
}

/** A funds row holding its item label and no value of its own (its values on another row). */
function isLabelAlone(row: Row): boolean {
  for (const c of row.cells) {
    if (c.text === "" || c.facts.fundsItem !== undefined || isLabelCell(c)) continue;
    return false;
  }
  return true;
}

/** A funds-section row whose first cell is a label no item names, followed by amounts (`债券资金¦20¦20¦18`). */
function isUnnamedItemRow(row: Row): boolean {
  const [first, ...rest] = filledCells(row);
  return (
    first !== undefined &&
    first.facts.wordy &&
    first.facts.fundsHeader === undefined &&
    first.facts.rowLabel !== "funds" &&
    unitOf(first.text) === undefined &&
    rest.length > 0 &&
    rest.every((c) => c.facts.amount.kind !== "text") &&
    // Amounts come first on a funds row (an indicator row's `100%` does not).
    isAmountCell(rest[0] as Cell)
  );
}

function isAmountCell(cell: Cell): boolean {
  const a = cell.facts.amount;
  return a.kind === "number" && (a.unit === undefined || a.unit in AMOUNT_UNITS);
}

function isTotalRow(row: Row): boolean {
  for (const cell of row.cells) if (cell.text !== "" && itemOf(cell) === "total") return true;
  return false;
}

/** The item a funds row's label names; a 总分 word (`合计`) on a funds row is the funds' total. */
function itemOf(cell: Cell): FundsItem | undefined {
  return cell.facts.fundsItem ?? (cell.facts.rowLabel === "total" ? "total" : undefined);
}

function sumsOf(parts: readonly FundsLine[]): AmountSums {
  const sums: AmountSums = {};
  for (const field of AMOUNT_FIELDS) {
    const values: Array<number | null> = [];
    for (const part of parts) values.push(part[field]);
    const sum = sumOfStated(values);
    if (sum !== null) sums[field] = roundSum(sum);
  }
  return sums;
}

