/**
 * Rows wrapped over several lines → table rows. An HTML table rendered cell by cell (`cell |`)
 * breaks its lines where a cell held a line break, not where a row ends, and drops the cells a
 * rowspan covered: the header comes out over several lines and each row over one to three
 * (real 06, lines 3–9):
 *   `序号¦一级 指标` `二级 指标` `三级 指标` `指标分值¦指标解释¦…评分标准¦自评得分`
 *   `1¦规划 (15分)` `基础信息 (3分)¦基础信息 完整性¦3¦…¦…` `3`
 *   → `序号¦一级指标¦二级指标¦三级指标¦指标分值¦指标解释¦…评分标准¦自评得分`
 *   → `1¦规划 (15分)¦基础信息 (3分)¦基础信息 完整性¦3¦…¦…¦3`
 * Such a region is found by its header: two or more lines in a row holding only indicator header
 * words (a word may be cut at a line's end: `年度` + `指标值`), the first not a whole header by itself
 * (a name and a value column), naming no column twice; the first row may start on its last line. Rows are rebuilt by the 序号 column where the header has one (a
 * line opening with the next number starts a row), else by a level word or by shape (a line whose
 * cells cannot follow the row's in the header's order starts the next). Cells a rowspan covered are not invented: the recogniser places what each
 * row has by what it says. Each cell keeps its source line.
 */
import type { IndicatorField } from "../../grammars/vocabulary/index.js";
import { piece, tableLine, type Piece } from "./layout-lines.js";
import type { Line } from "./model.js";
import { rowNumber } from "./parse-amount.js";

/** The fewest columns a wrapped header has. */
const MIN_COLUMNS = 3;
/** The columns that tell an indicator header from another (as the row classifier counts them). */
const DISTINCT: ReadonlySet<IndicatorField | null | undefined> = new Set<IndicatorField>(["level1", "level2", "name", "nature", "target", "unit", "actual"]);
/** The most digits a rubric's 序号 has. */
const SEQ_DIGITS = 3;

export interface WrappedRegion {
  readonly start: number;
  /** Index of the first line after the region. */
  readonly end: number;
  readonly rows: Line[];
  readonly width: number;
}

const isHeaderWord = (p: Piece): boolean => p.facts.indicatorHeader !== undefined;

/** How many of a header's words name a column only an indicator header has (一级指标, 三级指标, 年度指标值 …). */
function distinctive(words: readonly Piece[]): number {
  let n = 0;
  for (const w of words) if (DISTINCT.has(w.facts.indicatorHeader)) n++;
  return n;
}

/** Header words that name an indicator's name and one of its values (年度指标值, 完成值, 分值, 得分). */
function isWholeHeader(words: readonly Piece[]): boolean {
  const fields = new Set(words.map((w) => w.facts.indicatorHeader));
  return fields.has("name") && (fields.has("target") || fields.has("actual") || fields.has("weight") || fields.has("score"));
}

/** The filled cells of a table line, as pieces. */
function filledPieces(line: Line | undefined): Piece[] | undefined {
  if (line === undefined || line.kind !== "table") return undefined;
  const out: Piece[] = [];
  for (const c of line.row.cells) if (c.text !== "") out.push({ raw: c.raw, line: c.line, facts: c.facts });
  return out;
}

/**
 * The cheap test, on every table line: its first filled cell is an indicator header word. Only
 * then is the rest of the line and the next one read.
 */
export function mayOpenWrappedHeader(line: Line | undefined): boolean {
  if (line === undefined || line.kind !== "table") return false;
  // Every form's indicator header opens so: one that is whole on its line (all header words, a
  // name and a value column) is settled here, without building its pieces.
  let name = false;
  let value = false;
  let first = true;
  for (const c of line.row.cells) {
    if (c.text === "") continue;
    const field = c.facts.indicatorHeader;
    if (field === undefined) return !first;
    first = false;
    if (field === "name") name = true;
    else if (field === "target" || field === "actual" || field === "weight" || field === "score") value = true;
  }
  return !first && !(name && value);
}

interface Header {
  readonly columns: Piece[];
  /** Index of the first line after the header. */
  readonly next: number;
  /** The first row's cells, where they follow the header's last words on its line. */
  readonly carry: Piece[];
}

/** The header wrapped over the lines from `start`, if they hold one. */
function readWrappedHeader(lines: readonly Line[], start: number): Header | undefined {
  const columns: Piece[] = [];
  let committed = 0;
  let next = start;
  let lineCount = 0;
  let someLineIsPart = false;
  // The last cell of the line before, when it is no header word by itself (`年度` of `年度 指标值`).
  let partial: Piece | undefined;
  let carry: Piece[] = [];
  for (let i = start; carry.length === 0; i++) {
    const cells = filledPieces(lines[i]);
    if (cells === undefined || cells.length === 0) break;
    const taken: Piece[] = [];
    let pending = partial;
    let ok = true;
    for (let k = 0; k < cells.length; k++) {
      let c = cells[k] as Piece;
      if (pending !== undefined) {
        c = piece(pending.facts.text + c.facts.text, pending.line);
        pending = undefined;
        if (!isHeaderWord(c)) {
          ok = false;
          break;
        }
        taken.push(c);
      } else if (isHeaderWord(c)) taken.push(c);
      else if (k === cells.length - 1 && c.facts.amount.kind === "text") pending = c;
      else if (k > 0 && taken.some((t) => t.facts.indicatorHeader !== null)) {
        // `…¦自评得分¦1¦规划 (15分)`: the first row starts on the header's last line.
        carry = cells.slice(k);
        break;
      } else {
        ok = false;
        break;
      }
    }
    if (!ok) break;
    // A first line that names the rows' names and values by itself is a whole header, not a piece.
    if (i === start && pending === undefined && isWholeHeader(taken)) return undefined;
    columns.push(...taken);
    partial = pending;
    lineCount++;
    if (distinctive(taken) < 2) someLineIsPart = true;
    if (partial === undefined) {
      committed = columns.length;
      next = i + 1;
    }
  }
  const header = columns.slice(0, committed);
  const lineSpan = next - start;
  if (lineSpan < 2 || lineCount < 2 || !someLineIsPart || header.length < MIN_COLUMNS || distinctive(header) < 2) return undefined;
  // A column named twice is a second header row (a sub-header under merged cells), not a wrapped one.
  const seen = new Set<IndicatorField>();
  for (const h of header) {
    const f = h.facts.indicatorHeader;
    if (f === null || f === undefined) continue;
    if (seen.has(f)) return undefined;
    seen.add(f);
  }
  return { columns: header, next, carry: committed === columns.length ? carry : [] };
}

const seqOf = (p: Piece | undefined): number | undefined => (p === undefined ? undefined : rowNumber(p.facts.text, SEQ_DIGITS));
const isSeq = (p: Piece | undefined): boolean => seqOf(p) !== undefined;

/**
 * Whether a row still waits for its last value and `next` can stand before it: the header ends with
 * a number column (得分, 分值) the row has not reached.
 */
function lacksLastValue(row: readonly Piece[], next: Piece, fields: ReadonlyArray<IndicatorField | null | undefined>): boolean {
  const lastField = fields[fields.length - 1];
  return (lastField === "score" || lastField === "weight") && row.length > 0 && row.length < fields.length && fitsInOrder([...row, next], fields);
}

/**
 * The 总分 row as the header's columns: `合计` / `100` / `95.1` → the label first, its two numbers
 * under 分值 and 得分; any other shape as written.
 */
function totalCells(cells: readonly Piece[], width: number, weightCol: number, scoreCol: number): Array<Piece | undefined> {
  const [label, ...numbers] = cells;
  if (numbers.length !== 2 || weightCol <= 0 || scoreCol <= weightCol || !numbers.every((n) => n.facts.amount.kind === "number")) return [...cells];
  const out = new Array<Piece | undefined>(width).fill(undefined);
  out[0] = label;
  out[weightCol] = numbers[0];
  out[scoreCol] = numbers[1];
  return out;
}

/** Whether a cell can stand in a column, by its shape: numbers in 分值 / 得分, words in the levels and texts. */
function accepts(field: IndicatorField | null | undefined, p: Piece): boolean {
  const number = p.facts.amount.kind === "number";
  switch (field) {
    case "seq":
      return isSeq(p);
    case "weight":
    case "score":
    case "deviation":
      return number;
    case "target":
    case "actual":
      return true;
    default:
      return !number;
  }
}

/**
 * Whether the cells can be one row of the header: placed in order, each in a column that takes
 * its shape, columns left out where a rowspan covered them (earliest fit decides, which is exact
 * for an in-order placement).
 */
function fitsInOrder(cells: readonly Piece[], fields: ReadonlyArray<IndicatorField | null | undefined>): boolean {
  let f = 0;
  for (const c of cells) {
    while (f < fields.length && !accepts(fields[f], c)) f++;
    if (f === fields.length) return false;
    f++;
  }
  return true;
}

/** Whether 序号 `n` opens a row after 序号 `last`: the next number, or one a little further on where the line cannot continue the row. */
function opensAfter(n: number, last: number, fits: () => boolean): boolean {
  if (n === last + 1) return true;
  return n > last + 1 && n <= last + 3 && !fits();
}

/** A region's rows end at a line that opens another part of a form (funds, goals, a labelled row …). */
function opensOtherPart(p: Piece): boolean {
  const label = p.facts.rowLabel;
  return label !== undefined && label !== "seq" && label !== "total" && label !== "indicators";
}

/** The wrapped header at `start` and the rows below it, or undefined when `start` opens none. */
export function rebuildWrappedRows(lines: readonly Line[], start: number): WrappedRegion | undefined {
  const header = readWrappedHeader(lines, start);
  if (header === undefined) return undefined;
  const width = header.columns.length;
  const fields = header.columns.map((c) => c.facts.indicatorHeader);
  const hasSeq = fields.includes("seq");
  const rows: Line[] = [tableLine(header.columns)];
  let current: Piece[] = [...header.carry];
  let lastSeq: number | undefined = hasSeq ? seqOf(current[0]) : undefined;
  let inTotal = false;
  const weightCol = fields.indexOf("weight");
  const scoreCol = fields.indexOf("score");
  const endRow = (): void => {
    if (current.length > 0) rows.push(tableLine(inTotal ? totalCells(current, width, weightCol, scoreCol) : current));
    current = [];
  };
  let i = header.next;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === "blank" && line.emptyRow) continue;
    if (line.kind === "text" && !inTotal) {
      // A cell whose closing TAB never came (cut, or broken over lines by the renderer): the line
      // without a TAB is the next cell of the row still waiting for its last value.
      const cell = piece(line.raw, line.line);
      if (!lacksLastValue(current, cell, fields)) break;
      current.push(cell);
      continue;
    }
    const cells = filledPieces(line);
    if (cells === undefined || cells.length === 0) break;
    const first = cells[0] as Piece;
    if (current.length === 0 && opensOtherPart(first)) break;
    if (inTotal) {
      // The 总分 row's numbers may wrap too; a line with words after it is past the table.
      if (cells.some((c) => c.facts.wordy)) break;
      current.push(...cells);
      continue;
    }
    let starts: boolean;
    if (current.length === 0 || first.facts.rowLabel === "total") starts = true;
    else if (opensOtherPart(first)) break;
    else if (current.length + cells.length > width) starts = true;
    // The next 序号 opens a row; so does a 序号 a little further on where the line cannot follow
    // the row (a number skipped), not a lone 得分 that can.
    else if (hasSeq && lastSeq !== undefined) {
      const seq = seqOf(first);
      starts = seq !== undefined && opensAfter(seq, lastSeq, () => fitsInOrder([...current, ...cells], fields));
    }
    else if (first.facts.isLevelWord) starts = true;
    else starts = !fitsInOrder([...current, ...cells], fields);
    if (starts) {
      endRow();
      inTotal = false;
      if (first.facts.rowLabel === "total") inTotal = true;
      else if (hasSeq) lastSeq = seqOf(first) ?? lastSeq;
    }
    current.push(...cells);
  }
  endRow();
  if (rows.length < 2) return undefined;
  return { start, end: i, rows, width };
}
