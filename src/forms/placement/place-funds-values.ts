/**
 * Places the values of one funds row into 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分 by
 * shape and arithmetic (SPEC "re-aligned by what the cells say"). A row may carry four amounts for
 * three fields (003 line 812 `年度资金总额(万元):¦¦7¦6¦6¦6¦10¦100¦10` → 7 / 6 / 6, 分值 10, 执行率 100,
 * 得分 10), lose its 得分 (003 line 962), or stand off its header's columns. The cheapest placement
 * wins; its cost counts shapes, dropped cells, the relation 执行率 ≈ 执行数 ÷ 全年预算数 × 100, the
 * parts' sums on a 年度资金总额 row, and agreement with the header's columns.
 */
import { FUNDS_AMOUNT_FIELDS, POINTS, type FundsField } from "../../../grammars/vocabulary/index.js";
import type { WorkMeter } from "../../diagnostics/work-meter.js";
import type { Cell } from "../../lines/model.js";
import { AMOUNT_TOLERANCE, rateHolds } from "../arithmetic.js";
import { fieldInSpans, spanTable, type HeaderColumns } from "./align-cells.js";

export const AMOUNT_FIELDS = FUNDS_AMOUNT_FIELDS;
export const TAIL_FIELDS = ["weight", "executionRate", "score"] as const;

/** The sums of the part rows (当年财政拨款 + 上年结转资金 + …) column by column. */
export type AmountSums = Partial<Record<(typeof AMOUNT_FIELDS)[number], number>>;

export const FIELD_ORDER: readonly FundsField[] = [...AMOUNT_FIELDS, ...TAIL_FIELDS];

export interface Placement {
  placed: Map<FundsField, Cell>;
  dropped: Cell[];
  moved: Cell[];
  cost: number;
}

type Shape = "amount" | "points" | "percent" | "plain" | "dash" | "text";

function shapeOf(cell: Cell): Shape {
  const p = cell.facts.amount;
  if (p.kind === "empty") return "dash";
  if (p.kind === "text") return "text";
  if (p.unit === "%") return "percent";
  if (p.unit === POINTS) return "points";
  if (p.unit !== undefined) return "amount";
  return "plain";
}

function valueOf(cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  const p = cell.facts.amount;
  return p.kind === "number" ? p.value : undefined;
}

/**
 * Each value's number (undefined where it holds none) in an array of one elements kind for every
 * row: `map` gives whole numbers, decimals and gaps three array shapes, and the search's optimised
 * code was compiled again at each shape it met first.
 */
function numbersOf(values: readonly Cell[]): Array<number | undefined> {
  const numbers: Array<number | undefined> = [undefined];
  numbers.pop();
  for (const cell of values) numbers.push(valueOf(cell));
  return numbers;
}

const TAIL_COST: Record<(typeof TAIL_FIELDS)[number], Partial<Record<Shape, number>>> = {
  weight: { points: 0, plain: 0.2, dash: 0 },
  executionRate: { percent: 0, plain: 0.3, dash: 0 },
  score: { plain: 0, points: 0.5, dash: 0 },
};
const TAIL_EMPTY: Record<(typeof TAIL_FIELDS)[number], number> = { weight: 0.5, executionRate: 0.3, score: 0.4 };

/** Every in-order choice of `k` of the indices 0..n-1, tabled once per (n, k). */
const comboTable = new Map<number, number[][]>();
function combos(n: number, k: number): number[][] {
  const key = n * 16 + k;
  let table = comboTable.get(key);
  if (!table) {
    table = [];
    const pick: number[] = [];
    const walk = (from: number): void => {
      if (pick.length === k) {
        table!.push([...pick]);
        return;
      }
      for (let i = from; i <= n - (k - pick.length); i++) {
        pick.push(i);
        walk(i + 1);
        pick.pop();
      }
    };
    walk(0);
    comboTable.set(key, table);
  }
  return table;
}

const SHIFTS = [0, 1, -1, 2, -2];

/**
 * The header field over each value at each shift of SHIFTS, read when first asked: a row its
 * header places as written needs shift 0 only.
 */
class UnderHeader {
  private readonly shifted: Array<ReadonlyArray<FundsField | null | undefined> | undefined> = [];
  private readonly spans: ReadonlyArray<FundsField | null | undefined>;
  constructor(
    header: HeaderColumns<FundsField>,
    private readonly values: readonly Cell[],
  ) {
    this.spans = spanTable(header);
  }
  /** The fields over the values at SHIFTS[s]. */
  at(s: number): ReadonlyArray<FundsField | null | undefined> {
    let fields = this.shifted[s];
    if (fields === undefined) {
      const shift = SHIFTS[s] as number;
      fields = this.values.map((cell) => fieldInSpans(this.spans, cell.col + shift));
      this.shifted[s] = fields;
    }
    return fields;
  }
}
// Slots: 0..2 the amounts, 3..5 the tail, in FIELD_ORDER.
const TAIL_SHAPE_COST: ReadonlyArray<Partial<Record<Shape, number>>> = TAIL_FIELDS.map((f) => TAIL_COST[f]);
const TAIL_EMPTY_COST: readonly number[] = TAIL_FIELDS.map((f) => TAIL_EMPTY[f]);
/** A lost amount is likelier 年初预算数 than the 全年预算数/全年执行数 pair the 执行率 is computed from. */
const AMOUNT_EMPTY_COST: readonly number[] = [0.5, 0.7, 0.7];

interface Facts {
  readonly n: number;
  readonly shape: readonly Shape[];
  readonly value: ReadonlyArray<number | undefined>;
  readonly dropCost: readonly number[];
  /** The header field over each value, per shift (undefined without a header). Always present,
   *  so every Facts has one shape for the optimised search. */
  readonly under: UnderHeader | undefined;
  /** The slots in the order the header writes them: 0..2 the amounts, then 分值, 执行率, 得分 as
   *  the seeds write them ([0, 1, 2, 3, 4, 5]) or as another template does (执行率 before 权重). */
  readonly order: readonly number[];
}

const SEED_ORDER: readonly number[] = [0, 1, 2, 3, 4, 5];

/** The slots in the header's order: its columns' fields sorted by column, the rest where the seeds put them. */
function slotOrder(header: HeaderColumns<FundsField> | undefined): readonly number[] {
  if (!header) return SEED_ORDER;
  // Asked for every funds row: the first column of each of the three fields, read in one pass.
  const cols: Array<number | undefined> = [undefined, undefined, undefined];
  for (const c of header) {
    const slot = c.field === null ? -1 : FIELD_ORDER.indexOf(c.field) - 3;
    if (slot >= 0 && cols[slot] === undefined) cols[slot] = c.col;
  }
  const [a, b, c] = cols;
  if (a === undefined || b === undefined || c === undefined || (a <= b && b <= c)) return SEED_ORDER;
  return [0, 1, 2, ...[3, 4, 5].sort((x, y) => (cols[x - 3] as number) - (cols[y - 3] as number))];
}

/**
 * Tries each split of the values into amounts and (分值, 执行率, 得分), dropping the fewest cells,
 * and keeps the cheapest by shape, the 执行率 ≈ 执行数 ÷ 全年预算数 relation, the parts' sums and
 * agreement with the header's columns.
 */
/** A funds row has six fields; cells past this many can only be extra, and bound the search. */
const MAX_FUNDS_VALUES = 12;

/** What dropping each cell costs: least for a copy of its neighbour, then a dash, then any other. */
function dropCosts(values: readonly Cell[]): number[] {
  const costs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const text = (values[i] as Cell).text;
    const duplicate = values[i - 1]?.text === text || values[i + 1]?.text === text;
    costs.push(duplicate ? 4 : shapeOf(values[i] as Cell) === "dash" ? 5 : 6);
  }
  return costs;
}

export function placeFundsValues(
  allValues: readonly Cell[],
  header?: HeaderColumns<FundsField>,
  partSums?: AmountSums,
  meter?: WorkMeter,
): Placement {
  const values = allValues.slice(0, MAX_FUNDS_VALUES);
  const n = values.length;
  const facts: Facts = {
    n,
    shape: values.map(shapeOf),
    value: numbersOf(values),
    dropCost: dropCosts(values),
    under: header ? new UnderHeader(header, values) : undefined,
    order: slotOrder(header),
  };
  // Few cells are ever extra: try placements dropping at most two first (fast), then any.
  const slots =
    asWritten(values, facts) ?? search(values, facts, partSums, 2, meter) ?? search(values, facts, partSums, Infinity, meter);
  const placed = new Map<FundsField, Cell>();
  const dropped: Cell[] = [];
  const moved: Cell[] = [];
  if (!slots) return { placed, dropped: [...allValues], moved, cost: Infinity };
  for (let slot = 0; slot < slots.assign.length; slot++) {
    const index = slots.assign[slot] as number;
    if (index < 0) continue;
    const field = FIELD_ORDER[slot] as FundsField;
    placed.set(field, values[index] as Cell);
    if (header && facts.under?.at(0)[index] !== field) moved.push(values[index] as Cell);
  }
  const kept = new Set(placed.values());
  for (const cell of allValues) if (!kept.has(cell)) dropped.push(cell);
  return { placed, dropped, moved, cost: slots.cost };
}

const ACCEPTS: ReadonlyArray<ReadonlySet<Shape>> = [
  new Set<Shape>(["amount", "plain", "dash"]),
  new Set<Shape>(["amount", "plain", "dash"]),
  new Set<Shape>(["amount", "plain", "dash"]),
  new Set<Shape>(["points", "plain", "dash"]),
  new Set<Shape>(["percent", "plain", "dash"]),
  new Set<Shape>(["plain", "points", "dash"]),
];

/**
 * The row as its header places it, when that is plainly right: every cell under its own column,
 * of a shape that column takes, none left over, and no arithmetic against it.
 */
function asWritten(values: readonly Cell[], facts: Facts): { assign: number[]; cost: number } | undefined {
  const under = facts.under?.at(0);
  if (!under) return undefined;
  const assign = [-1, -1, -1, -1, -1, -1];
  for (let i = 0; i < facts.n; i++) {
    const slot = FIELD_ORDER.indexOf(under[i] as FundsField);
    const position = facts.order.indexOf(slot);
    if (slot < 0 || assign[slot] !== -1 || !(ACCEPTS[slot] as ReadonlySet<Shape>).has(facts.shape[i] as Shape)) return undefined;
    if (assign.some((index, s) => index >= 0 && facts.order.indexOf(s) > position)) return undefined; // out of order
    assign[slot] = i;
  }
  if (contradicted(assign, facts, values)) return undefined;
  return { assign, cost: 0 };
}

/**
 * Whether the arithmetic speaks against a placement. The parts' sums are not held against a row
 * as written: totals that disagree with their parts are real, and reported as funds-sum-mismatch.
 */
function contradicted(assign: readonly number[], facts: Facts, values: readonly Cell[]): boolean {
  const at = (slot: number): number | undefined => {
    const index = assign[slot] as number;
    return index < 0 ? undefined : facts.value[index];
  };
  const w = assign[3] as number;
  if (w > 0 && facts.shape[w] !== "dash" && values[w - 1]?.text === values[w]?.text && assign.slice(0, 3).includes(w - 1)) return true;
  const budget = at(1);
  const executed = at(2);
  const rate = at(4);
  if (budget !== undefined && executed !== undefined && rate !== undefined && budget > 0) {
    const computed = (executed / budget) * 100;
    if (!rateHolds(rate, computed)) return true;
  }
  const weight = at(3);
  const score = at(5);
  return (weight !== undefined && weight > 100) || (weight !== undefined && score !== undefined && score > weight);
}

/** Whether an amount slot (年初预算数, 全年预算数, 全年执行数) holds a cell from past the row's leading amounts. */
function amountOutsidePrefix(assign: readonly number[], amountPrefix: number): boolean {
  return (assign[0] as number) >= amountPrefix || (assign[1] as number) >= amountPrefix || (assign[2] as number) >= amountPrefix;
}

function search(
  values: readonly Cell[],
  facts: Facts,
  partSums: AmountSums | undefined,
  maxDrops: number,
  meter: WorkMeter | undefined,
): { assign: number[]; cost: number } | undefined {
  const { n, shape } = facts;
  let amountPrefix = 0;
  let numbers = 0;
  while (amountPrefix < n && (shape[amountPrefix] === "amount" || shape[amountPrefix] === "plain" || shape[amountPrefix] === "dash")) {
    // After three amounts a dash is the 分值 placeholder, not a fourth amount.
    if (shape[amountPrefix] === "dash" && numbers >= 3) break;
    if (shape[amountPrefix] !== "dash") numbers++;
    amountPrefix++;
  }
  const assign = [-1, -1, -1, -1, -1, -1];
  // Fast paths, exact by a bound: any placement that drops a cell costs at least 4 − 2.5 = 1.5
  // (a drop, less the largest bonuses: the 执行率 relation and the parts' sums). So the cheapest
  // placement that drops nothing is the answer when it costs less than that.
  if (n <= 6) {
    let best: { assign: number[]; cost: number } | undefined;
    for (const slots of combos(6, n)) {
      assign.fill(-1);
      for (let i = 0; i < slots.length; i++) assign[facts.order[slots[i] as number] as number] = i;
      if (amountOutsidePrefix(assign, amountPrefix)) continue;
      const cost = scoreAssignment(assign, facts, values, partSums);
      if (cost !== undefined && (best === undefined || cost < best.cost)) best = { assign: [...assign], cost };
    }
    if (best && best.cost < 1.5) return best;
  }
  // Extra cells that repeat their left neighbour (003 line 812 `7¦6¦6¦6¦10¦100¦10`, line 1219
  // `60¦3.84¦3.84¦3.84¦-¦100¦-¦-`): drop such copies, at most two, and place the rest in order.
  // Other placements drop as many cells or more, so this is the answer when its remainder is clean.
  if (n === 7 || n === 8) {
    const copies: number[] = [];
    for (let i = 1; i < n; i++) if (values[i]?.text === values[i - 1]?.text) copies.push(i);
    let best: { assign: number[]; cost: number } | undefined;
    for (const pick of combos(copies.length, n - 6)) {
      const drop = new Set<number>();
      for (const k of pick) drop.add(copies[k] as number);
      const assign = [-1, -1, -1, -1, -1, -1];
      for (let index = 0, position = 0; index < n; index++) {
        if (drop.has(index)) continue;
        assign[facts.order[position] as number] = index;
        position++;
      }
      if (amountOutsidePrefix(assign, amountPrefix)) continue;
      const cost = scoreAssignment(assign, facts, values, partSums);
      // On a tie the later copy goes: the spare cell is the one after the value it repeats.
      if (cost !== undefined && (best === undefined || cost <= best.cost)) best = { assign, cost };
    }
    if (best && best.cost < 4 * (n - 6) + 0.5) return best;
  }
  let best: { assign: number[]; cost: number } | undefined;
  for (let a = Math.min(amountPrefix, 5); a >= 0; a--) {
    const amountDrops = Math.max(0, a - 3);
    if (amountDrops > maxDrops) continue;
    const tailLength = n - a;
    const minTail = Math.max(0, tailLength - (maxDrops - amountDrops));
    if (minTail > 3) continue;
    for (const kept of a <= 3 ? [combos(a, a)[0] as number[]] : combos(a, 3)) {
      for (const amountSlots of combos(3, kept.length)) {
        for (let k = Math.min(3, tailLength); k >= minTail; k--) {
          for (const tailPick of combos(tailLength, k)) {
            for (const tailSlots of combos(3, k)) {
              assign.fill(-1);
              for (let i = 0; i < kept.length; i++) assign[amountSlots[i] as number] = kept[i] as number;
              for (let i = 0; i < tailPick.length; i++) assign[facts.order[3 + (tailSlots[i] as number)] as number] = a + (tailPick[i] as number);
              meter?.add(1);
              const cost = scoreAssignment(assign, facts, values, partSums);
              if (cost !== undefined && (best === undefined || cost < best.cost - 1e-9)) best = { assign: [...assign], cost };
            }
          }
        }
      }
    }
  }
  return best;
}

function scoreAssignment(
  assign: readonly number[],
  facts: Facts,
  values: readonly Cell[],
  partSums: AmountSums | undefined,
): number | undefined {
  const { shape, value } = facts;
  let cost = 0;
  let usedMask = 0;
  for (let slot = 0; slot < 3; slot++) {
    const index = assign[slot] as number;
    if (index < 0) cost += AMOUNT_EMPTY_COST[slot] as number;
    else {
      usedMask |= 1 << index;
      if (shape[index] === "dash") cost += 0.5; // amounts are seldom written as a dash
    }
  }
  for (let t = 0; t < 3; t++) {
    const index = assign[3 + t] as number;
    if (index < 0) {
      cost += TAIL_EMPTY_COST[t] as number;
      continue;
    }
    usedMask |= 1 << index;
    const c = (TAIL_SHAPE_COST[t] as Partial<Record<Shape, number>>)[shape[index] as Shape];
    if (c === undefined) return undefined;
    cost += c;
  }
  for (let i = 0; i < facts.n; i++) if ((usedMask & (1 << i)) === 0) cost += facts.dropCost[i] as number;
  // A 分值 that repeats the amount before it is more likely a duplicated amount cell.
  const w = assign[3] as number;
  if (w > 0 && shape[w] !== "dash" && values[w - 1]?.text === values[w]?.text) cost += 1;
  const budgetAt = assign[1] as number;
  const executedAt = assign[2] as number;
  // 年度资金总额 = the sum of its parts, column by column.
  if (partSums) {
    for (let slot = 0; slot < 3; slot++) {
      const index = assign[slot] as number;
      const v = index < 0 ? undefined : value[index];
      const sum = partSums[AMOUNT_FIELDS[slot] as (typeof AMOUNT_FIELDS)[number]];
      if (v !== undefined && sum !== undefined) cost += Math.abs(v - sum) <= AMOUNT_TOLERANCE ? -0.5 : 1.5;
    }
  }
  // 执行率 ≈ 执行数 ÷ 全年预算数 × 100: the arithmetic that tells which amount is which.
  const rateAt = assign[4] as number;
  const budget = budgetAt < 0 ? undefined : value[budgetAt];
  const executed = executedAt < 0 ? undefined : value[executedAt];
  const rate = rateAt < 0 ? undefined : value[rateAt];
  if (budget !== undefined && executed !== undefined && rate !== undefined && budget > 0) {
    const computed = (executed / budget) * 100;
    const holds = rateHolds(rate, computed);
    // A bare number equal to the amounts (`100.57` after `100.57 ¦ 100.57`) proves nothing.
    const telling = shape[rateAt] === "percent" || rate !== executed;
    cost += holds ? (telling ? -1 : 0) : 1.5;
  }
  const scoreAt = assign[5] as number;
  const weight = w < 0 ? undefined : value[w];
  const score = scoreAt < 0 ? undefined : value[scoreAt];
  if (weight !== undefined && weight > 100) cost += 3;
  if (weight !== undefined && score !== undefined && score > weight) cost += 1;
  if (facts.under) {
    let bestShift = Infinity;
    for (let s = 0; s < SHIFTS.length; s++) {
      const under = facts.under.at(s);
      let mismatched = 0;
      for (let slot = 0; slot < 6; slot++) {
        const index = assign[slot] as number;
        if (index >= 0 && under[index] !== FIELD_ORDER[slot]) mismatched++;
      }
      bestShift = Math.min(bestShift, mismatched * 0.3 + Math.abs(SHIFTS[s] as number) * 0.1);
    }
    cost += bestShift;
  }
  return cost;
}
