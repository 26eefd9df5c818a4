/**
 * Which cell of the dump each field, repair and unmapped cell of a record came from — for
 * `pe-parse explain`. Records do not carry per-field provenance yet, so this finds it after the
 * fact: by line (`source`, `diagnostics[].line`, `unmapped[].line`) and by text (the cells a
 * message quotes in 「…」, the field's value against the cells of the record's lines). Every
 * consumer goes through `provenanceOf`, so it can be switched to structured provenance from the
 * parser without touching the pages and text that show it.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { parseAmount } from "../lines/parse-amount.js";
import { readLines } from "../lines/read-lines.js";
import type { PeRecord } from "../schema/record.js";

/** A cell of the dump: 1-based line, 0-based column, as written and as the parser read it. */
export interface SourceCell {
  readonly line: number;
  readonly col: number;
  readonly raw: string;
  readonly text: string;
  /** A line of prose or a title rather than a table row. */
  readonly textLine: boolean;
}
export type DumpCells = ReadonlyMap<number, readonly SourceCell[]>;

export interface CellRef {
  readonly line: number;
  readonly col: number;
}
export interface FieldSource {
  /** Dotted path in the record: `funds.lines[0].executed`. */
  readonly path: string;
  readonly value: string | number | boolean;
  /** The cell the value was read from; undefined when no cell says it (an enum such as `form`). */
  readonly cell?: CellRef;
}
export interface RepairMark {
  readonly diagnostic: Diagnostic;
  /** The cells it concerns; empty when it concerns its line as a whole (an arithmetic check). */
  readonly cells: readonly CellRef[];
}
export interface UnmappedMark {
  readonly line: number;
  readonly text: string;
  readonly cell?: CellRef;
}
export interface Provenance {
  readonly fields: readonly FieldSource[];
  readonly repairs: readonly RepairMark[];
  readonly unmapped: readonly UnmappedMark[];
}

/** The cells of every line of a dump, by line number: table rows cell by cell, a text line as one cell. */
export function dumpCells(text: string): Map<number, SourceCell[]> {
  const out = new Map<number, SourceCell[]>();
  for (const line of readLines(text)) {
    if (line.kind === "table") out.set(line.line, line.row.cells.map((c) => ({ line: c.line, col: c.col, raw: c.raw, text: c.text, textLine: false })));
    else if (line.kind === "text") out.set(line.line, [{ line: line.line, col: 0, raw: line.raw, text: line.text, textLine: true }]);
  }
  return out;
}

/** The texts a message quotes: `the cell 「.....」 fits no field` → `.....`. */
export function quotedTexts(message: string): string[] {
  // A scan, not /「([^」]*)」/g: that pattern is quadratic over a message full of unclosed 「.
  const out: string[] = [];
  for (let open = message.indexOf("「"); open !== -1; ) {
    const close = message.indexOf("」", open + 1);
    if (close === -1) break;
    const quoted = message.slice(open + 1, close);
    if (quoted !== "") out.push(quoted);
    open = message.indexOf("「", close + 1);
  }
  return out;
}

/** How many text lines above a record its table's title, 主管部门 and 单位 are looked for in. */
const CONTEXT_LINES = 200;
// Fields a record states without reading them from a cell of its own.
const NOT_FROM_CELLS = new Set(["kind", "form", "funds.unit", "reason"]);
// A `table` row's `line` is its position, not a value a cell states.
const isItemCode = (path: string): boolean =>
  /^funds\.lines\[\d+\]\.item$/.test(path) || /^rows\[\d+\]\.side$/.test(path) || /^rows\[\d+\]\.line$/.test(path);

/** The number a cell states, units and thousands separators aside: `10 分` → 10, `39.25%` → 39.25. */
function cellNumber(text: string): number | undefined {
  const amount = parseAmount(text);
  return amount.kind === "number" ? amount.value : undefined;
}

/** How well a cell states a value: 4 exactly, 3 as a number (units aside), 2 at its start (a
 *  level label with its weight, `产出指标50分`; a value joined from cells split by a page break),
 *  1 inside a longer text (`(2021 年度)`); 0 not at all. */
function matchQuality(cell: SourceCell, value: string | number | boolean, aliases: ReadonlyMap<string, number>): number {
  if (cell.text === "") return 0;
  if (typeof value === "number") {
    if (cellNumber(cell.text) === value) return cell.text === String(value) ? 4 : 3;
    if (aliases.get(`${cell.line}\u0000${cell.text}`) === value) return 3;
    return new RegExp(`(^|[^\\d.])${String(value).replace(".", "\\.")}($|[^\\d.])`).test(cell.text) ? 1 : 0;
  }
  const v = String(value);
  if (cell.text === v) return 4;
  if (v.length >= 2 && (cell.text.startsWith(v) || (cell.text.length >= 2 && v.startsWith(cell.text)))) return 2;
  if (v.length >= 2 && cell.text.includes(v)) return 1;
  return 0;
}

/** Leaf values of a record by dotted path, and its array elements (one per row of the dump). */
function leaves(value: unknown, path: string, out: Array<{ path: string; value: string | number | boolean }>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, path === "" ? k : `${path}.${k}`, out);
  } else out.push({ path, value: value as string | number | boolean });
}

/** The numbers repairs turned cells into: `「34900元」 … converted to 3.49 万元`, `removed the unit from 「100.57万元」: 100.57`. */
function repairedValues(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.line === undefined || (d.code !== "unit-converted" && d.code !== "unit-removed")) continue;
    const [text] = quotedTexts(d.message);
    const value = /(?:converted to|」:)\s*([+-]?\d+(?:\.\d+)?)/.exec(d.message)?.[1];
    if (text !== undefined && value !== undefined) out.set(`${d.line}\u0000${text}`, Number(value));
  }
  return out;
}

export function provenanceOf(record: PeRecord, cells: DumpCells): Provenance {
  const lineNumbers = [...cells.keys()].filter((n) => n >= record.source.startLine && n <= record.source.endLine).sort((a, b) => a - b);
  const context = [...cells.keys()]
    .filter((n) => n < record.source.startLine && cells.get(n)?.[0]?.textLine === true)
    .sort((a, b) => b - a)
    .slice(0, CONTEXT_LINES);
  const aliases = repairedValues(record.diagnostics);
  const { kind: _k, source: _s, diagnostics: _d, unmapped: _u, ...body } = record;
  const all: Array<{ path: string; value: string | number | boolean }> = [];
  leaves(body, "", all);
  const used = new Set<string>();
  const key = (c: CellRef): string => `${c.line}:${c.col}`;

  /** The best cell for a value among `lines`: the best match, then an unused cell, then the first in order. */
  const find = (value: string | number | boolean, lines: readonly number[], least = 1): SourceCell | undefined => {
    let best: SourceCell | undefined;
    let bestScore = 0;
    for (const n of lines) {
      for (const cell of cells.get(n) ?? []) {
        const quality = matchQuality(cell, value, aliases);
        if (quality < least) continue;
        const score = quality * 2 + (used.has(key(cell)) ? 0 : 1);
        if (score > bestScore) {
          best = cell;
          bestScore = score;
        }
      }
    }
    return best;
  };

  // Array elements (funds lines, indicators, 部门决算 rows) each come from one row: the first row
  // after the previous element's that states most of the element's values.
  const byElement = new Map<string, Array<{ path: string; value: string | number | boolean }>>();
  for (const leaf of all) {
    const element = /^(.*\[\d+\])/.exec(leaf.path)?.[1];
    if (element) byElement.set(element, [...(byElement.get(element) ?? []), leaf]);
  }
  const rowOf = new Map<string, number>();
  let after = record.source.startLine - 1;
  for (const [element, fields] of byElement) {
    let bestLine: number | undefined;
    let bestHits = 0;
    for (const n of lineNumbers) {
      if (n <= after) continue;
      const hits = fields.filter((f) => !NOT_FROM_CELLS.has(f.path) && (cells.get(n) ?? []).some((c) => matchQuality(c, f.value, aliases) >= 3)).length;
      if (hits > bestHits) {
        bestLine = n;
        bestHits = hits;
      }
    }
    if (bestLine !== undefined) {
      rowOf.set(element, bestLine);
      after = bestLine;
    }
  }

  const fields: FieldSource[] = [];
  for (const leaf of all) {
    if (NOT_FROM_CELLS.has(leaf.path) || isItemCode(leaf.path)) {
      fields.push(leaf);
      continue;
    }
    const element = /^(.*\[\d+\])/.exec(leaf.path)?.[1];
    const row = element ? rowOf.get(element) : undefined;
    // A field of a row: a good match in its own row, else the best in the rows above, nearest
    // first (a 一级指标 written once spans the rows below it).
    // A field of no row (a list row's 主管部门, a table's title) may be stated above the record.
    const cell =
      row === undefined
        ? (find(leaf.value, lineNumbers) ?? find(leaf.value, context))
        : (find(leaf.value, [row], 2) ?? find(leaf.value, lineNumbers.filter((n) => n < row).reverse()) ?? find(leaf.value, [row]));
    if (cell) used.add(key(cell));
    fields.push(cell ? { ...leaf, cell: { line: cell.line, col: cell.col } } : leaf);
  }

  // Repairs of the same kind quoting the same text (three 「100.57万元」 on one line) are three cells.
  const claimed = new Set<string>();
  const repairs: RepairMark[] = record.diagnostics
    .filter((d) => d.line !== undefined)
    .map((d) => ({ diagnostic: d, cells: repairCells(d, cells, claimed) }));
  const unmapped: UnmappedMark[] = record.unmapped.map((u) => {
    const cell = (cells.get(u.line) ?? []).find((c) => c.text === u.text) ?? (cells.get(u.line) ?? []).find((c) => c.text !== "" && u.text.includes(c.text));
    return cell ? { ...u, cell: { line: cell.line, col: cell.col } } : u;
  });
  return { fields, repairs, unmapped };
}

/** The cells a diagnostic concerns: those it quotes on its line (or the line it names, for a
 *  joined cell), else the values a re-aligned row lists; none for a check of the line as a whole. */
function repairCells(d: Diagnostic, cells: DumpCells, claimed: Set<string>): CellRef[] {
  const line = d.line as number;
  const from = /from line (\d+)/.exec(d.message)?.[1];
  // A header continuation sits after a page break, a few lines from the line reported.
  const near = d.code === "header-joined" ? [line, line - 1, line + 1, line - 2, line + 2, line - 3, line + 3] : [line];
  const lines = from ? [line, Number(from)] : near;
  let texts = quotedTexts(d.message);
  if (texts.length === 0 && d.code === "row-realigned") {
    // `…not by column: name 指标2：预算执行率, target ≥90%, weight 5` → the values.
    const list = d.message.slice(d.message.indexOf(": ") + 2);
    texts = list.split(", ").map((pair) => pair.slice(pair.indexOf(" ") + 1)).filter((t) => t !== "");
  }
  const out: CellRef[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const fits = (c: SourceCell): boolean => c.text !== "" && (c.text === text || (text.length >= 2 && c.text.includes(text))) && !seen.has(`${c.line}:${c.col}`);
    for (const n of lines) {
      const candidates = (cells.get(n) ?? []).filter(fits);
      const cell = candidates.find((c) => !claimed.has(`${d.code}:${c.line}:${c.col}`)) ?? candidates[0];
      if (cell) {
        seen.add(`${cell.line}:${cell.col}`);
        claimed.add(`${d.code}:${cell.line}:${cell.col}`);
        out.push({ line: cell.line, col: cell.col });
        break;
      }
    }
  }
  return out;
}
