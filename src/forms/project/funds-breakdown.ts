/**
 * A department's 年度资金总额 broken down by income and by expenditure, below its funds lines:
 *   `按收入性质分¦金额¦按支出性质分¦金额` then `一般公共预算¦1100.00¦基本支出¦850.00`, …
 *   → byIncome { 一般公共预算: 1100 }, byExpenditure { 基本支出: 850 }
 * Each item is a text and the amount after it; a row holding one item per side gives them in the
 * sides' order, one holding fewer gives each to the side whose columns it stands in. Where the
 * side labels stand beside their first items (`按收入性质分¦其中：一般公共预算¦820.00¦按支出性质分¦…`),
 * the items start on that row, one column right of the labels.
 */
import { BREAKDOWN_AMOUNT_LABEL, FUNDS_BREAKDOWN } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Row } from "../../lines/model.js";
import { readNumber } from "../rules/read-number.js";

type Side = keyof typeof FUNDS_BREAKDOWN;

export interface FundsBreakdown {
  /** The rows read as the breakdown (its header and its lines). */
  rows: Row[];
  byIncome?: Record<string, number | null>;
  byExpenditure?: Record<string, number | null>;
}

export function readFundsBreakdown(sectionRows: readonly Row[], ledger: CellLedger): FundsBreakdown {
  const ordered = [...sectionRows].sort((a, b) => a.line - b.line);
  const at = ordered.findIndex((r) => r.cells.some((c) => sideOf(c.facts.key) !== undefined));
  if (at < 0) return { rows: [] };
  const header = ordered[at] as Row;
  const sides: Array<{ side: Side; col: number }> = [];
  for (const cell of header.cells) {
    const side = sideOf(cell.facts.key);
    if (side) sides.push({ side, col: cell.col });
    if (side || cell.facts.key === BREAKDOWN_AMOUNT_LABEL) ledger.use(cell);
  }
  // `按收入性质分¦其中：一般公共预算¦820.00¦按支出性质分¦…`: the side labels merged down the rows beside
  // their items (a rowspan), so the items start on the labels' own row, one column right of them.
  const beside = sides.every(({ col }) => {
    const next = header.cells[col + 1];
    return next !== undefined && next.text !== "" && next.facts.amount.kind === "text" && next.facts.key !== BREAKDOWN_AMOUNT_LABEL;
  });
  const spans = sides.map(({ side, col }, i) => ({ side, from: beside ? col + 1 : col, end: sides[i + 1]?.col ?? Infinity }));
  const out: FundsBreakdown = { rows: beside ? [] : [header] };
  for (const row of ordered.slice(beside ? at : at + 1)) {
    out.rows.push(row);
    // Items are the row's texts, each with the first amount after it. As many items as sides: one
    // each, in order (a row that lost its columns, `其中：一般公共预算 700 其中：基本支出 300`);
    // fewer: each on the side whose columns it stands in.
    const items = row.cells.filter((c) => c.text !== "" && c.facts.amount.kind === "text" && sideOf(c.facts.key) === undefined);
    items.forEach((label, i) => {
      const span = items.length === spans.length ? spans[i] : spanAt(spans, label.col);
      if (span === undefined) return;
      const next = items[i + 1]?.col ?? Infinity;
      const amount = row.cells.find((c) => c.col > label.col && c.col < next && c.text !== "");
      ledger.use(label);
      (out[span.side] ??= {})[label.text] = readNumber(amount, "amount", ledger, `funds.${span.side}`);
    });
  }
  return out;
}

/**
 * The side whose columns `col` stands in; left of every side's, the first side's (a row that lost
 * its empty first cell: text without TABs).
 */
function spanAt<S extends { readonly from: number; readonly end: number }>(spans: readonly S[], col: number): S | undefined {
  return spans.find((s) => col >= s.from && col < s.end) ?? (col < (spans[0]?.from ?? 0) ? spans[0] : undefined);
}

function sideOf(key: string): Side | undefined {
  if (key === FUNDS_BREAKDOWN.byIncome) return "byIncome";
  if (key === FUNDS_BREAKDOWN.byExpenditure) return "byExpenditure";
  return undefined;
}
