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
import type { Cell } from "../../lines/model.js";
import type { WorkMeter } from "../../diagnostics/work-meter.js";

export interface FieldSpec<F extends string> {
  readonly field: F;
  /** Cost of placing this cell here; Infinity when the cell cannot stand in this field. Never negative. */
  readonly cost: (cell: Cell) => number;
  /** Cost of leaving the field empty. Never negative. */
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

/**
 * Shape costs, computed on first use: the common as-written row needs one per cell, not all.
 * One table serves every row of its aligner, so a row allocates nothing for it.
 */
class ShapeCosts {
  private costs = new Float64Array(64);
  private cells: readonly Cell[] = [];
  private fields: ReadonlyArray<FieldSpec<string>> = [];
  reset(cells: readonly Cell[], fields: ReadonlyArray<FieldSpec<string>>): this {
    const size = cells.length * fields.length;
    if (size > this.costs.length) this.costs = new Float64Array(size);
    this.costs.fill(Number.NaN, 0, size);
    this.cells = cells;
    this.fields = fields;
    return this;
  }
  at(i: number, j: number): number {
    const k = i * this.fields.length + j;
    let c = this.costs[k] as number;
    if (c !== c) {
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

/**
 * A header against one field list: the index of the field over each column (-1 for none). A
 * header is read once per section and used for every row below it, so its reader builds this
 * once (`layoutOf`) and hands it to every alignment of the rows under it.
 */
export interface HeaderLayout<F extends string> {
  readonly header: HeaderColumns<F>;
  readonly fields: ReadonlyArray<FieldSpec<F>>;
  readonly fieldAt: Int16Array;
}

export function layoutOf<F extends string>(header: HeaderColumns<F>, fields: ReadonlyArray<FieldSpec<F>>): HeaderLayout<F> {
  const table = spanTable(header);
  const fieldAt = new Int16Array(table.length).fill(-1);
  for (let col = 0; col < table.length; col++) {
    const field = table[col];
    if (field == null) continue;
    for (let j = 0; j < fields.length; j++) {
      if ((fields[j] as FieldSpec<F>).field === field) {
        fieldAt[col] = j;
        break;
      }
    }
  }
  return { header, fields, fieldAt };
}

/** `fieldsAtColumns` for one column, as an index into the field list, -1 for none. */
function fieldIndexAt(layout: HeaderLayout<string>, col: number): number {
  if (col < 0) return -1;
  const at = layout.fieldAt;
  return at[col < at.length ? col : at.length - 1] as number;
}

/**
 * The fields in the order the header writes them: those it has by their column, the others where
 * the list puts them (after the field before them). Another template's order (`度量单位` before
 * `指标值`, `权重` before `年度指标值`) then places as the seeds' does. The list itself where the
 * header keeps its order.
 */
export function fieldsInHeaderOrder<F extends string>(
  fields: ReadonlyArray<FieldSpec<F>>,
  header: HeaderColumns<F>,
  leading = 0,
): ReadonlyArray<FieldSpec<F>> {
  const colOf = new Map<F, number>();
  for (const c of header) if (c.field !== null && !colOf.has(c.field)) colOf.set(c.field, c.col);
  let last = -1;
  let ordered = true;
  const keyed: Array<{ spec: FieldSpec<F>; key: number }> = [];
  for (let i = 0; i < fields.length; i++) {
    const spec = fields[i] as FieldSpec<F>;
    const col = colOf.get(spec.field);
    if (col !== undefined) last = col;
    const key = col ?? last + (i + 1) / 1000;
    if (i > 0 && (keyed[i - 1] as { key: number }).key > key) ordered = false;
    keyed.push({ spec, key });
  }
  if (ordered) return fields;
  // A header is a column order only if its first fields stand first: a header whose labels came
  // out of order (a scrape listing the top row's labels before the sub-row's) keeps the list's.
  const lead = keyed.slice(0, leading).filter((k) => colOf.has(k.spec.field));
  const rest = keyed.slice(leading).filter((k) => colOf.has(k.spec.field));
  if (lead.some((a) => rest.some((b) => b.key < a.key))) return fields;
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.spec);
}

/**
 * The field whose header span covers each column: spans run from a label to the next label
 * (`undefined` left of the first label). `spanTable(header)` answers every column at once; build
 * it once per header.
 */
export function fieldsAtColumns<F extends string>(header: HeaderColumns<F>, cols: readonly number[]): Array<F | null | undefined> {
  const table = spanTable(header);
  return cols.map((col) => fieldInSpans(table, col));
}

export function fieldInSpans<F extends string>(table: ReadonlyArray<F | null | undefined>, col: number): F | null | undefined {
  if (col < 0) return undefined;
  return col < table.length ? table[col] : table[table.length - 1];
}

/** The field over each column from 0 to the header's last label (spans read in column order). */
export function spanTable<F extends string>(header: HeaderColumns<F>): ReadonlyArray<F | null | undefined> {
  // Headers are read left to right, so usually in order already: sort a copy only if not.
  let ordered = true;
  for (let k = 1; k < header.length && ordered; k++) ordered = (header[k - 1] as { col: number }).col <= (header[k] as { col: number }).col;
  const sorted = ordered ? header : [...header].sort((a, b) => a.col - b.col);
  const last = sorted[sorted.length - 1]?.col ?? 0;
  const table = new Array<F | null | undefined>(last + 1);
  let next = 0;
  let found: F | null | undefined;
  for (let col = 0; col <= last; col++) {
    for (; next < sorted.length && (sorted[next] as { col: number }).col <= col; next++) found = (sorted[next] as { field: F | null }).field;
    table[col] = found;
  }
  return table;
}

/**
 * The aligner of one parse. Its scratch tables are reused row after row (a row allocates none of
 * them), so an aligner belongs to one parse and is never shared by two at once.
 */
export class Aligner {
  private readonly shape = new ShapeCosts();
  /** Two sets, so the best shift's tables survive while the next shift is tried. */
  private best = new PlacementTables();
  private trial = new PlacementTables();

  constructor(private readonly meter?: WorkMeter) {}

  /** The cheapest placement of `cells` into `fields`, against the header's `layout` if there is one. */
  align<F extends string>(cells: readonly Cell[], fields: ReadonlyArray<FieldSpec<F>>, layout?: HeaderLayout<F>): Alignment<F> {
    // Shape costs and drop costs do not depend on the shift: compute them once.
    const shape = this.shape.reset(cells, fields);
    if (layout) {
      // As written, or the whole row one column off (a page break or a scraper's padding shifted
      // it): either is the cheapest placement there is, so no search is needed.
      const aligned =
        alignedAsWritten(cells, fields, layout, shape, 0) ??
        alignedAsWritten(cells, fields, layout, shape, -1) ??
        alignedAsWritten(cells, fields, layout, shape, 1);
      if (aligned) return aligned;
    }
    const drops: number[] = [];
    for (let i = 0; i < cells.length; i++) drops.push(dropCost(cells, i));
    const shifts = layout && layout.header.length > 0 ? likelyShifts(cells, layout, shape) : [0];
    // The cheapest shift wins (the first of equals); only its placement is read back.
    let bestCost = Infinity;
    let bestShift: number | undefined;
    for (const shift of shifts) {
      this.meter?.add((cells.length + 1) * (fields.length + 1));
      const bound = bestShift === undefined ? Infinity : bestCost - 1e-9;
      const cost = placementCost({ cells, fields, layout, shift }, shape, drops, this.trial, bound);
      if (bestShift === undefined || cost < bestCost - 1e-9) {
        bestCost = cost;
        bestShift = shift;
        [this.best, this.trial] = [this.trial, this.best];
      }
    }
    return placementOf({ cells, fields, layout, shift: bestShift ?? 0 }, this.best);
  }
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
  layout: HeaderLayout<string>,
  shape: ShapeCosts,
  shift: number,
): Alignment<F> | undefined {
  // Decide first, allocate only for the answer.
  let last = -1;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const j = fieldIndexAt(layout, (cells[i] as Cell).col + shift);
    if (j <= last || shape.at(i, j) !== 0) return undefined;
    last = j;
    filled++;
  }
  let cost = Math.abs(shift) * SHIFT_COST;
  if (filled < fields.length) {
    let i = 0;
    for (let j = 0; j < fields.length; j++) {
      if (i < cells.length && fieldIndexAt(layout, (cells[i] as Cell).col + shift) === j) {
        i++;
        continue;
      }
      const spec = fields[j] as FieldSpec<F>;
      // A dear empty field might be worth filling from a moved cell: leave that to the search.
      if (spec.emptyCost > 1) return undefined;
      cost += spec.emptyCost;
    }
  }
  const placed = new Map<F, Cell>();
  const moved: Array<{ cell: Cell; field: F }> = [];
  for (const cell of cells) {
    const j = fieldIndexAt(layout, cell.col + shift);
    const field = (fields[j] as FieldSpec<F>).field;
    placed.set(field, cell);
    if (shift !== 0 && fieldIndexAt(layout, cell.col) !== j) moved.push({ cell, field });
  }
  return { placed, dropped: [], cost, shift, moved };
}

/** How many cells a shift of the whole row puts under a column that takes their shape. */
interface ShiftFit {
  readonly shift: number;
  readonly count: number;
}
/** More cells fitting first; of equals, the smaller shift. */
const byFit = (a: ShiftFit, b: ShiftFit): number => b.count - a.count || Math.abs(a.shift) - Math.abs(b.shift);

/**
 * The shifts worth a full placement: no shift, and those under which the most cells stand under
 * a field that accepts them (a shifted row lines up again under the right one).
 */
function likelyShifts(cells: readonly Cell[], layout: HeaderLayout<string>, shape: ShapeCosts): number[] {
  const fits: ShiftFit[] = [];
  let top = 0;
  for (const shift of SHIFTS_TRIED) {
    let count = 0;
    for (let i = 0; i < cells.length; i++) {
      const j = fieldIndexAt(layout, (cells[i] as Cell).col + shift);
      if (j >= 0 && Number.isFinite(shape.at(i, j))) count++;
    }
    fits.push({ shift, count });
    if (count > top) top = count;
  }
  const chosen: ShiftFit[] = [];
  for (const fit of fits) if (fit.count >= top - 1) chosen.push(fit);
  chosen.sort(byFit);
  const shifts: number[] = [];
  for (let i = 0; i < chosen.length && i < 3; i++) shifts.push((chosen[i] as ShiftFit).shift);
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

/** The shifts likelyShifts weighs, nearest first: 0, 1, -1, 2, -2, 3, -3. */
const SHIFTS_TRIED = range(-MAX_SHIFT, MAX_SHIFT);

/** The DP's tables: cost[i*w + j] is the best cost of placing cells[0..i) into fields[0..j). */
class PlacementTables {
  cost = new Float64Array(128);
  /** The last step into each state: 0 place, 1 drop, 2 skip field. */
  move = new Int8Array(128);
  under = new Int16Array(16);
  size(states: number, cells: number): this {
    if (states > this.cost.length) {
      this.cost = new Float64Array(states);
      this.move = new Int8Array(states);
    }
    if (cells > this.under.length) this.under = new Int16Array(cells);
    return this;
  }
}

/** One shift of one row against its fields: what a placement is searched for. */
interface Trial<F extends string> {
  readonly cells: readonly Cell[];
  readonly fields: ReadonlyArray<FieldSpec<F>>;
  readonly layout: HeaderLayout<string> | undefined;
  readonly shift: number;
}

/**
 * Fills `tables` for one trial; returns the cheapest placement's cost, or Infinity once it cannot
 * come under `bound`: every placement passes through each row of the table, and no step costs
 * less than nothing, so a row whose cheapest state reaches the bound ends the trial.
 */
function placementCost<F extends string>(trial: Trial<F>, shape: ShapeCosts, drops: readonly number[], tables: PlacementTables, bound: number): number {
  const { cells, fields, layout, shift } = trial;
  const n = cells.length;
  const m = fields.length;
  const w = m + 1;
  const states = (n + 1) * w;
  const { cost, move, under } = tables.size(states, n);
  cost.fill(Infinity, 0, states);
  move.fill(-1, 0, states);
  if (layout) for (let i = 0; i < n; i++) under[i] = fieldIndexAt(layout, (cells[i] as Cell).col + shift);
  cost[0] = shift === 0 ? 0 : Math.abs(shift) * SHIFT_COST;
  for (let i = 0; i <= n; i++) {
    let rowMin = Infinity;
    for (let j = 0; j <= m; j++) {
      const here = cost[i * w + j] as number;
      if (here === Infinity) continue;
      if (here < rowMin) rowMin = here;
      if (i < n && j < m) {
        let c = shape.at(i, j);
        if (c !== Infinity) {
          if (layout && under[i] !== j) c += POSITION_COST;
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
    if (rowMin >= bound) return Infinity;
  }
  return cost[n * w + m] as number;
}

/** The placement `placementCost` found for a trial, read back from its tables. */
function placementOf<F extends string>(trial: Trial<F>, tables: PlacementTables): Alignment<F> {
  const { cells, fields, layout, shift } = trial;
  const w = fields.length + 1;
  const n = cells.length;
  const m = fields.length;
  const { cost, move } = tables;
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
      if (layout && fieldIndexAt(layout, cell.col) !== j - 1) moved.push({ cell, field });
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
