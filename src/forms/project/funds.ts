/**
 * The funds section: header rows (with continuations joined), then one line per funds row.
 * Values are placed by shape and arithmetic: a row may carry four amounts for three fields
 * (003 line 812 `年度资金总额(万元):¦¦7¦6¦6¦6¦10¦100¦10` → 7 / 6 / 6, 分值 10, 执行率 100, 得分 10),
 * lose its 得分 (003 line 962), or interleave header words with values (003 line 1218).
 */
import { FUNDS_HEADER, LABEL, labelKey, type FundsField } from "../../../grammars/labels.js";
import { fundsHeaderFieldOf, fundsItemOf } from "../../document/classify-row.js";
import type { Cell, Row } from "../../document/model.js";
import { fieldAtColumn, type HeaderColumns } from "../../normalize/align-cells.js";
import { joinHeaderContinuation, type HeaderCell } from "../../normalize/join-header-continuation.js";
import { parseAmount } from "../../normalize/parse-amount.js";
import { readNumber } from "../../normalize/read-number.js";
import type { FundsLine } from "../../schema/project.js";
import type { CellLedger } from "../cell-ledger.js";

const AMOUNT_FIELDS = ["initialBudget", "annualBudget", "executed"] as const;
const TAIL_FIELDS = ["weight", "executionRate", "score"] as const;

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
    fundsHeaderFieldOf(cell.text) !== undefined ||
    labelKey(cell.text).startsWith(LABEL.projectFunds) ||
    fundsItemOf(cell.text) !== undefined
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
    const itemCell = row.cells.find((c) => c.text !== "" && fundsItemOf(c.text) !== undefined);
    if (!itemCell) continue;
    const item = fundsItemOf(itemCell.text)!;
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
          detail: FIELD_ORDER.filter((f) => placement.placed.has(f))
            .map((f) => `${f} ${placement.placed.get(f)!.text}`)
            .join(", "),
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

function isTotalRow(row: Row): boolean {
  return row.cells.some((c) => c.text !== "" && fundsItemOf(c.text) === "total");
}

type AmountSums = Partial<Record<(typeof AMOUNT_FIELDS)[number], number>>;

function sumsOf(parts: readonly FundsLine[]): AmountSums {
  const sums: AmountSums = {};
  for (const field of AMOUNT_FIELDS) {
    const values = parts.map((p) => p[field]).filter((v): v is number => v !== null);
    if (values.length > 0) sums[field] = Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  }
  return sums;
}

const FIELD_ORDER: readonly FundsField[] = [...AMOUNT_FIELDS, ...TAIL_FIELDS];

interface Placement {
  placed: Map<FundsField, Cell>;
  dropped: Cell[];
  moved: Cell[];
  cost: number;
}

type Shape = "amount" | "points" | "percent" | "plain" | "dash" | "text";

function shapeOf(cell: Cell): Shape {
  const p = parseAmount(cell.text);
  if (p.kind === "empty") return "dash";
  if (p.kind === "text") return "text";
  if (p.unit === "%") return "percent";
  if (p.unit === "分") return "points";
  if (p.unit !== undefined) return "amount";
  return "plain";
}

function valueOf(cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  const p = parseAmount(cell.text);
  return p.kind === "number" ? p.value : undefined;
}

const TAIL_COST: Record<(typeof TAIL_FIELDS)[number], Partial<Record<Shape, number>>> = {
  weight: { points: 0, plain: 0.2, dash: 0 },
  executionRate: { percent: 0, plain: 0.3, dash: 0 },
  score: { plain: 0, points: 0.5, dash: 0 },
};
const TAIL_EMPTY: Record<(typeof TAIL_FIELDS)[number], number> = { weight: 0.5, executionRate: 0.3, score: 0.4 };

/** Every in-order choice of `k` items of `items`. */
function choose<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...choose(rest, k - 1).map((c) => [first, ...c]), ...choose(rest, k)];
}

/**
 * Tries each split of the values into amounts and (分值, 执行率, 得分), with at most one extra
 * amount and extra tail cells dropped, and keeps the cheapest by shape, the 执行率 ≈ 执行数 ÷ 全年预算数
 * relation and agreement with the header's columns.
 */
export function placeFundsValues(values: readonly Cell[], header?: HeaderColumns<FundsField>, partSums?: AmountSums): Placement {
  const shapes = values.map(shapeOf);
  let best: Placement | undefined;
  let amountPrefix = 0;
  let numbers = 0;
  while (amountPrefix < values.length && ["amount", "plain", "dash"].includes(shapes[amountPrefix] as Shape)) {
    // After three amounts a dash is the 分值 placeholder, not a fourth amount.
    if (shapes[amountPrefix] === "dash" && numbers >= 3) break;
    if (shapes[amountPrefix] !== "dash") numbers++;
    amountPrefix++;
  }
  const maxAmounts = Math.min(amountPrefix, 5);
  for (let a = maxAmounts; a >= 0; a--) {
    const amountCells = values.slice(0, a);
    const tailCells = values.slice(a);
    const keptAmountSets = a <= 3 ? [amountCells] : choose(amountCells, 3);
    for (const kept of keptAmountSets) {
      const amountFieldSets = choose(AMOUNT_FIELDS, kept.length);
      for (const amountFields of amountFieldSets) {
        for (let k = Math.min(3, tailCells.length); k >= 0; k--) {
          for (const keptTail of choose(tailCells, k)) {
            for (const tailFields of choose(TAIL_FIELDS, k)) {
              const candidate = scoreCandidate(values, kept, amountFields, keptTail, tailFields, header, partSums);
              if (candidate && (best === undefined || candidate.cost < best.cost - 1e-9)) best = candidate;
            }
          }
        }
      }
    }
  }
  return best ?? { placed: new Map(), dropped: [...values], moved: [], cost: Infinity };
}

function scoreCandidate(
  values: readonly Cell[],
  amounts: readonly Cell[],
  amountFields: readonly FundsField[],
  tail: readonly Cell[],
  tailFields: ReadonlyArray<(typeof TAIL_FIELDS)[number]>,
  header: HeaderColumns<FundsField> | undefined,
  partSums: AmountSums | undefined,
): Placement | undefined {
  const placed = new Map<FundsField, Cell>();
  let cost = 0;
  amounts.forEach((cell, i) => {
    placed.set(amountFields[i] as FundsField, cell);
    if (shapeOf(cell) === "dash") cost += 0.5; // amounts are seldom written as a dash
  });
  for (let i = 0; i < tail.length; i++) {
    const field = tailFields[i] as (typeof TAIL_FIELDS)[number];
    const c = TAIL_COST[field][shapeOf(tail[i] as Cell)];
    if (c === undefined) return undefined;
    cost += c;
    placed.set(field, tail[i] as Cell);
  }
  for (const field of TAIL_FIELDS) if (!placed.has(field)) cost += TAIL_EMPTY[field];
  // A lost amount is likelier 年初预算数 than the 全年预算数/全年执行数 pair the 执行率 is computed from.
  for (const field of AMOUNT_FIELDS) if (!placed.has(field)) cost += field === "initialBudget" ? 0.5 : 0.7;
  const dropped = values.filter((v) => ![...placed.values()].includes(v));
  for (const cell of dropped) {
    const i = values.indexOf(cell);
    const duplicate = values[i - 1]?.text === cell.text || values[i + 1]?.text === cell.text;
    cost += duplicate ? 4 : shapeOf(cell) === "dash" ? 5 : 6;
  }
  // A 分值 that repeats the amount before it is more likely a duplicated amount cell.
  const weightCell = placed.get("weight");
  if (weightCell) {
    const i = values.indexOf(weightCell);
    if (i > 0 && values[i - 1]?.text === weightCell.text && shapeOf(weightCell) !== "dash") cost += 1;
  }
  // 年度资金总额 = the sum of its parts, column by column.
  if (partSums) {
    for (const field of AMOUNT_FIELDS) {
      const v = valueOf(placed.get(field));
      const sum = partSums[field];
      if (v === undefined || sum === undefined) continue;
      cost += Math.abs(v - sum) <= 0.011 ? -0.5 : 1.5;
    }
  }
  // 执行率 ≈ 执行数 ÷ 全年预算数 × 100: the arithmetic that tells which amount is which.
  const budget = valueOf(placed.get("annualBudget"));
  const executed = valueOf(placed.get("executed"));
  const rate = valueOf(placed.get("executionRate"));
  if (budget !== undefined && executed !== undefined && rate !== undefined && budget > 0) {
    const computed = (executed / budget) * 100;
    const holds = Math.abs(computed - rate) <= Math.max(0.6, computed * 0.01);
    // A bare number equal to the amounts (`100.57` after `100.57 ¦ 100.57`) proves nothing.
    const telling = shapeOf(placed.get("executionRate") as Cell) === "percent" || rate !== executed;
    cost += holds ? (telling ? -1 : 0) : 1.5;
  }
  const weight = valueOf(placed.get("weight"));
  const score = valueOf(placed.get("score"));
  if (weight !== undefined && weight > 100) cost += 3;
  if (weight !== undefined && score !== undefined && score > weight) cost += 1;
  const moved: Cell[] = [];
  if (header) {
    let bestShift = Infinity;
    let bestMoved: Cell[] = [];
    for (const shift of [0, 1, -1, 2, -2]) {
      const mismatched = [...placed].filter(([field, cell]) => fieldAtColumn(header, cell.col + shift) !== field).map(([, c]) => c);
      const c = mismatched.length * 0.3 + Math.abs(shift) * 0.1;
      if (c < bestShift) {
        bestShift = c;
        bestMoved = mismatched;
      }
    }
    cost += bestShift;
    moved.push(...[...placed].filter(([field, cell]) => fieldAtColumn(header, cell.col) !== field).map(([, c]) => c));
    void bestMoved;
  }
  return { placed, dropped, moved, cost };
}
