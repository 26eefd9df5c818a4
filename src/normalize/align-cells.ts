/**
 * Places the filled cells of a row into the fields of its section by what they say, not by
 * column alone. Each field states which cell shapes it accepts and at what cost; a header gives
 * each field a column. The cheapest in-order placement wins: it may leave fields empty, drop a
 * cell that fits nowhere (it goes to unmapped), and shift the whole row against its header
 * (rows shifted or padded by a scraper, e.g. 003's 45-column layout). Cost of a placement:
 *   shape cost of each placed cell + 1 per cell standing under another field's header
 *   + the field's cost for staying empty + 0.5 per column of shift
 *   + per dropped cell: 3 if it repeats a neighbour (a scraper's duplicate), 8 for a longer text, else 6.
 * Before/after (001 line 365, header `绩效指标¦一级指标¦二级指标¦三级指标¦年度指标值…`):
 *   `指标 2：预算执行率¦¦¦≥95%¦100%¦5¦4¦无`  →  name, target ≥95%, actual 100%, weight 5, score 4, remark 无
 */
import type { Cell } from "../document/model.js";
import { addWork } from "../diagnostics/work-meter.js";

export interface FieldSpec<F extends string> {
  readonly field: F;
  /** Cost of placing this cell here; Infinity when the cell cannot stand in this field. */
  readonly cost: (cell: Cell) => number;
  /** Cost of leaving the field empty. */
  readonly emptyCost: number;
}

/** A header's columns: each field with the column its label stands in. */
export type HeaderColumns<F extends string> = ReadonlyArray<{ readonly field: F | null; readonly col: number }>;

export interface Alignment<F extends string> {
  readonly placed: Map<F, Cell>;
  readonly dropped: Cell[];
  readonly cost: number;
  /** Column shift against the header that the placement assumed (0 = as written). */
  readonly shift: number;
  /** Cells placed under a field other than the one their header column names. */
  readonly moved: Array<{ cell: Cell; field: F }>;
}

/** Shape costs, computed on first use: the common as-written row needs one per cell, not all. */
class ShapeCosts {
  private readonly costs: Float64Array;
  constructor(
    private readonly cells: readonly Cell[],
    private readonly fields: ReadonlyArray<FieldSpec<string>>,
  ) {
    this.costs = new Float64Array(cells.length * fields.length).fill(Number.NaN);
  }
  at(i: number, j: number): number {
    const k = i * this.fields.length + j;
    let c = this.costs[k] as number;
    if (Number.isNaN(c)) {
      c = (this.fields[j] as FieldSpec<string>).cost(this.cells[i] as Cell);
      this.costs[k] = c;
    }
    return c;
  }
}

export const DROP_COST = 6;

/** What dropping a cell costs: duplicates of a neighbour are cheap, long texts dear. */
export function dropCost(cells: readonly Cell[], i: number): number {
  const cell = cells[i] as Cell;
  if (cells[i - 1]?.text === cell.text || cells[i + 1]?.text === cell.text) return 3;
  return cell.text.length > 4 ? DROP_COST + 2 : DROP_COST;
}
const POSITION_COST = 1;
const SHIFT_COST = 0.5;
const MAX_SHIFT = 3;

// A header is read once per section and used for every row: sort it and index its fields once.
const sortedCache = new WeakMap<object, HeaderColumns<string>>();
function sortedColumns<F extends string>(header: HeaderColumns<F>): HeaderColumns<F> {
  let sorted = sortedCache.get(header) as HeaderColumns<F> | undefined;
  if (!sorted) {
    sorted = [...header].sort((a, b) => a.col - b.col);
    sortedCache.set(header, sorted);
  }
  return sorted;
}
const indexCache = new WeakMap<object, Map<string | null, number>>();
function fieldIndex<F extends string>(fields: ReadonlyArray<FieldSpec<F>>): Map<F | null, number> {
  let index = indexCache.get(fields);
  if (!index) {
    index = new Map(fields.map((f, j) => [f.field, j]));
    indexCache.set(fields, index);
  }
  return index as Map<F | null, number>;
}

/** The field whose header span covers column `col`: spans run from a label to the next label. */
export function fieldAtColumn<F extends string>(header: HeaderColumns<F>, col: number): F | null | undefined {
  const table = spanTable(header);
  if (col < 0) return undefined;
  return col < table.length ? table[col] : table[table.length - 1];
}

// Each header is asked for the field over a column once per cell of every row below it: answer
// from a table built once per header (spans are read in sorted order, as the header was written).
const spanCache = new WeakMap<object, ReadonlyArray<string | null | undefined>>();
function spanTable<F extends string>(header: HeaderColumns<F>): ReadonlyArray<F | null | undefined> {
  let table = spanCache.get(header) as Array<F | null | undefined> | undefined;
  if (!table) {
    const sorted = [...header].sort((a, b) => a.col - b.col);
    const last = sorted[sorted.length - 1]?.col ?? 0;
    table = new Array<F | null | undefined>(last + 1).fill(undefined);
    for (let col = 0; col <= last; col++) {
      let found: F | null | undefined;
      for (const h of sorted) {
        if (h.col <= col) found = h.field;
        else break;
      }
      table[col] = found;
    }
    spanCache.set(header, table);
  }
  return table;
}

export function alignCells<F extends string>(
  cells: readonly Cell[],
  fields: ReadonlyArray<FieldSpec<F>>,
  header?: HeaderColumns<F>,
): Alignment<F> {
  const sortedHeader = header ? sortedColumns(header) : undefined;
  // Shape costs and drop costs do not depend on the shift: compute them once.
  const shape = new ShapeCosts(cells, fields);
  if (sortedHeader) {
    // As written, or the whole row one column off (a page break or a scraper's padding shifted
    // it): either is the cheapest placement there is, so no search is needed.
    for (const shift of [0, -1, 1]) {
      const aligned = alignedAsWritten(cells, fields, sortedHeader, shape, shift);
      if (aligned) return aligned;
    }
  }
  const drops = cells.map((_, i) => dropCost(cells, i));
  let best: Alignment<F> | undefined;
  const shifts = sortedHeader && sortedHeader.length > 0 ? likelyShifts(cells, fields, sortedHeader, shape) : [0];
  for (const shift of shifts) {
    const candidate = alignWithShift(cells, fields, sortedHeader, shift, shape, drops);
    if (best === undefined || candidate.cost < best.cost - 1e-9) best = candidate;
  }
  return best as Alignment<F>;
}

/**
 * The common case, decided without search: under the given shift every cell stands under a field
 * that takes it as it is (shape cost 0), in order, and the fields left empty cost at most 1 each.
 * Moving any cell would cost 1 for the column mismatch and win back at most 1, so no placement
 * is cheaper (a shift of one costs 0.5, less than any single mismatch).
 */
function alignedAsWritten<F extends string>(
  cells: readonly Cell[],
  fields: ReadonlyArray<FieldSpec<F>>,
  header: HeaderColumns<F>,
  shape: ShapeCosts,
  shift: number,
): Alignment<F> | undefined {
  const placed = new Map<F, Cell>();
  let last = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    const field = fieldAtColumn(header, cell.col + shift);
    const j = field == null ? -1 : (fieldIndex(fields).get(field) ?? -1);
    if (j <= last || shape.at(i, j) !== 0) return undefined;
    placed.set(field as F, cell);
    last = j;
  }
  let cost = Math.abs(shift) * SHIFT_COST;
  for (const spec of fields) {
    if (placed.has(spec.field)) continue;
    // A dear empty field might be worth filling from a moved cell: leave that to the search.
    if (spec.emptyCost > 1) return undefined;
    cost += spec.emptyCost;
  }
  const moved: Array<{ cell: Cell; field: F }> = [];
  if (shift !== 0) for (const [field, cell] of placed) if (fieldAtColumn(header, cell.col) !== field) moved.push({ cell, field });
  return { placed, dropped: [], cost, shift, moved };
}

/**
 * The shifts worth a full placement: no shift, and those under which the most cells stand under
 * a field that accepts them (a shifted row lines up again under the right one).
 */
function likelyShifts<F extends string>(
  cells: readonly Cell[],
  fields: ReadonlyArray<FieldSpec<F>>,
  header: HeaderColumns<F>,
  shape: ShapeCosts,
): number[] {
  const index = fieldIndex(fields);
  const fits = range(-MAX_SHIFT, MAX_SHIFT).map((shift) => {
    let count = 0;
    cells.forEach((cell, i) => {
      const field = fieldAtColumn(header, cell.col + shift);
      const j = field === undefined ? undefined : index.get(field);
      if (j !== undefined && Number.isFinite(shape.at(i, j))) count++;
    });
    return { shift, count };
  });
  const top = Math.max(...fits.map((f) => f.count));
  const chosen = fits.filter((f) => f.count >= top - 1).sort((a, b) => b.count - a.count || Math.abs(a.shift) - Math.abs(b.shift));
  const shifts = chosen.slice(0, 3).map((f) => f.shift);
  if (!shifts.includes(0)) shifts.push(0);
  return shifts;
}

function range(from: number, to: number): number[] {
  const out: number[] = [0];
  for (let k = 1; k <= Math.max(-from, to); k++) {
    if (k <= to) out.push(k);
    if (-k >= from) out.push(-k);
  }
  return out;
}

function alignWithShift<F extends string>(
  cells: readonly Cell[],
  fields: ReadonlyArray<FieldSpec<F>>,
  header: HeaderColumns<F> | undefined,
  shift: number,
  shape: ShapeCosts,
  drops: readonly number[],
): Alignment<F> {
  const n = cells.length;
  const m = fields.length;
  const w = m + 1;
  addWork((n + 1) * w);
  // cost[i*w + j]: best cost of placing cells[0..i) into fields[0..j); move: 0 place, 1 drop, 2 skip field
  const cost = new Float64Array((n + 1) * w).fill(Infinity);
  const move = new Int8Array((n + 1) * w).fill(-1);
  const underField = header ? cells.map((cell) => fieldAtColumn(header, cell.col + shift)) : undefined;
  cost[0] = shift === 0 ? 0 : Math.abs(shift) * SHIFT_COST;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * w + j] as number;
      if (here === Infinity) continue;
      if (i < n && j < m) {
        let c = shape.at(i, j);
        if (c !== Infinity) {
          if (underField && underField[i] !== (fields[j] as FieldSpec<F>).field) c += POSITION_COST;
          c += here;
          const at = (i + 1) * w + j + 1;
          if (c < (cost[at] as number)) {
            cost[at] = c;
            move[at] = 0;
          }
        }
      }
      if (i < n) {
        const c = here + (drops[i] as number);
        const at = (i + 1) * w + j;
        if (c < (cost[at] as number)) {
          cost[at] = c;
          move[at] = 1;
        }
      }
      if (j < m) {
        const c = here + (fields[j] as FieldSpec<F>).emptyCost;
        const at = i * w + j + 1;
        if (c < (cost[at] as number)) {
          cost[at] = c;
          move[at] = 2;
        }
      }
    }
  }
  const placed = new Map<F, Cell>();
  const dropped: Cell[] = [];
  const moved: Array<{ cell: Cell; field: F }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = move[i * w + j];
    if (step === 0) {
      const cell = cells[i - 1] as Cell;
      const field = (fields[j - 1] as FieldSpec<F>).field;
      placed.set(field, cell);
      if (header && fieldAtColumn(header, cell.col) !== field) moved.push({ cell, field });
      i--;
      j--;
    } else if (step === 1) {
      dropped.push(cells[i - 1] as Cell);
      i--;
    } else {
      j--;
    }
  }
  dropped.reverse();
  moved.reverse();
  return { placed, dropped, cost: cost[n * w + m] as number, shift, moved };
}
