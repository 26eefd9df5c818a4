/**
 * One cell per line → table rows. HTML scrapes often write every cell on its own line (`一级指标\t`,
 * `产出指标\t`, … each ending in a TAB, or with no TAB at all), a row's end visible only as a line of
 * TABs or not at all, and a header cell split over two lines (`年度` / `指标值`). Such a region is
 * found by its header (a run of the vocabulary's header words, one per line) and its rows rebuilt
 * from the header's width, level words and row labels starting rows where the count is off:
 *   `一级指标\t` `二级指标\t` … `得分\t` `\t\t\t\t\t\t` `产出指标\t` `数量指标\t` … → `产出指标\t数量指标\t…`
 * Each rebuilt cell keeps its source line. The same scan finds rows wrapped over several lines
 * (join-wrapped-rows.ts) and a title written in a table row (split-title-row.ts). A dump with none
 * of these is returned as it is.
 */
import { BREAKDOWN_AMOUNT_LABEL, COLUMN_NUMBER_LABEL, EXTRA_GROUP_LABELS, EXTRA_TABLE_LABELS, FUNDS_BREAKDOWN, HEADING_NUMBERING, LABELLED_PAIR, RESULT_HEADER_WORDS, RUBRIC_LEVEL, SIDE_LABEL, SUMMARY_HEADER_WORDS, lookup, isScoreRowWord, type IndicatorField, type RowLabel } from "../../grammars/vocabulary/index.js";
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import type { CellFacts } from "./cell-facts.js";
import { mayOpenWrappedHeader, rebuildWrappedRows } from "./join-wrapped-rows.js";
import { isFundsCorner } from "./line-shapes.js";
import { statesProseScore } from "./prose-figures.js";
import { columnNumberRow, equalHalves, intoHalves, piece, soleCell, tableLine, textLine, type Piece } from "./layout-lines.js";
import { mayBeTitleRow, splitHeadingRow, splitTitleRow } from "./split-title-row.js";
import type { Line } from "./model.js";
import { rowNumber, type ParsedAmount } from "./parse-amount.js";

/** A rule drawn across a table (`------`): the row classifier's rule row. */
const RULE = /^-{3,}$/;

/** Longest text line read as a list's cell: a project's name may be long (`(上级)秦财社[2021]724号提前下达…`). */
const LIST_TEXT_MAX = 100;

/** Longest text line read as a goal's text: goals are paragraphs (flattened-text.ts's longest row). */
const GOAL_TEXT_MAX = 500;

/** Longest text line read as one cell (longer ones are prose). */
const CELL_TEXT_MAX = 40;
/** The fewest header words, one per line, that make a region. */
const MIN_HEADER = 3;
/** Columns only an indicator header has (分值 and 得分 head funds columns too). */
const INDICATOR_COLUMNS: ReadonlySet<IndicatorField | null | undefined> = new Set<IndicatorField>(["level1", "level2", "name", "target", "actual"]);

export interface LayoutResult {
  readonly lines: Line[];
  readonly diagnostics: Diagnostic[];
}

/** The longest text read as a header word (`偏差原因分析及改进措施`, `服务对象满意度指标`). */
const HEADER_WORD_MAX = 12;

/**
 * Whether a line may hold a region's first header word, read without computing facts: a text
 * line short enough, or a table line with one filled cell (whose facts were read with it).
 */
function mayOpenRegion(line: Line | undefined): boolean {
  if (line === undefined) return false;
  if (line.kind === "text") return line.text.length <= HEADER_WORD_MAX;
  return line.kind === "table" && hasSoleCell(line);
}

function mayBeCell(line: Line | undefined): boolean {
  if (line === undefined) return false;
  if (line.kind === "text") return line.text.length <= CELL_TEXT_MAX;
  return line.kind === "table" && hasSoleCell(line);
}

/** Whether a table line has exactly one filled cell (soleCell's test, without making its piece). */
function hasSoleCell(line: Extract<Line, { kind: "table" }>): boolean {
  return line.row.sole !== undefined;
}

/** How a line reads in a one-cell-per-line region. */
type Slot = { readonly kind: "cell"; readonly cell: Piece; readonly tabbed: boolean } | { readonly kind: "end" } | { readonly kind: "other" };

/** `maxText`: the longest text line read as a cell (a goal is a paragraph; other cells are short). */
function slotOf(line: Line | undefined, maxText = CELL_TEXT_MAX): Slot {
  if (line === undefined) return { kind: "other" };
  if (line.kind === "blank") return line.emptyRow ? { kind: "end" } : { kind: "other" };
  if (line.kind === "text") {
    if (line.text.length > maxText) return { kind: "other" };
    return { kind: "cell", cell: piece(line.raw, line.line), tabbed: false };
  }
  const cell = soleCell(line);
  return cell ? { kind: "cell", cell, tabbed: true } : { kind: "other" };
}

/**
 * Past a page break inside a region (blank lines, not a line of TABs): the index of the first line
 * after it, where the region goes on with a cell that opens no other part, or with the region's
 * own section label (`绩效指标`, the merged cell of its first column, written again on the new
 * page); undefined elsewhere.
 */
function pastPageBreak(lines: readonly Line[], i: number, section?: RowLabel): number | undefined {
  const j = afterPageBreak(lines, i);
  if (j === i) return undefined;
  const slot = slotOf(lines[j]);
  return slot.kind === "cell" && (!opensAnotherPart(slot.cell) || (section !== undefined && slot.cell.facts.rowLabel === section)) ? j : undefined;
}

/** The index of the first line at or after `i` that is no page break (a blank line, not a line of TABs). */
function afterPageBreak(lines: readonly Line[], i: number): number {
  let j = i;
  while (lines[j]?.kind === "blank" && !(lines[j] as { emptyRow?: true }).emptyRow) j++;
  return j;
}

const isIndicatorHeaderWord = (p: Piece): boolean => p.facts.indicatorHeader !== undefined;

/**
 * A 总分 row's label: a total word (`总分`, `合计`), or a score heading standing as one
 * (`自评得分`, classify-row.ts), with a number on the next line.
 */
function labelsTotalRow(cell: Piece, next: Slot): boolean {
  const f = cell.facts;
  if (f.rowLabel !== "total" && !isScoreRowWord(f.key)) return false;
  return next.kind === "cell" && next.cell.facts.amount.kind === "number";
}

interface Header {
  readonly columns: Piece[];
  readonly fields: Array<IndicatorField | null | undefined>;
  /** Index of the first line after the header. */
  readonly next: number;
}

/** The indicator header starting at `start`: one word per line, a word split over two lines joined. */
function readIndicatorHeader(lines: readonly Line[], start: number): Header | undefined {
  const columns: Piece[] = [];
  const fields: Array<IndicatorField | null | undefined> = [];
  let i = start;
  let tabbed: boolean | undefined;
  for (;;) {
    const slot = slotOf(lines[i]);
    if (slot.kind !== "cell" || (tabbed !== undefined && slot.tabbed !== tabbed)) break;
    tabbed = slot.tabbed;
    if (isIndicatorHeaderWord(slot.cell)) {
      columns.push(slot.cell);
      fields.push(slot.cell.facts.indicatorHeader);
      i++;
      continue;
    }
    // `年度` / `指标值`: neither half alone names the column the two name together.
    const next = slotOf(lines[i + 1]);
    if (next.kind !== "cell" || next.tabbed !== slot.tabbed) break;
    const joined = piece(slot.cell.facts.text + next.cell.facts.text, slot.cell.line);
    if (!isIndicatorHeaderWord(joined) || columns.length === 0) break;
    columns.push(joined);
    fields.push(joined.facts.indicatorHeader);
    i += 2;
  }
  let distinctive = 0;
  for (const f of fields) if (INDICATOR_COLUMNS.has(f)) distinctive++;
  if (columns.length < MIN_HEADER || distinctive < 2) return undefined;
  return { columns, fields, next: i };
}

interface Region {
  readonly start: number;
  readonly end: number;
  readonly rows: Line[];
  readonly width: number;
  /** Rows wrapped over several lines (join-wrapped-rows.ts), not one cell per line. */
  readonly wrapped?: true;
  /** A title row turned into text lines (split-title-row.ts): its own report. */
  readonly title?: string;
  /** A row of labelled lines under a title turned into text lines (split-title-row.ts): its own report. */
  readonly headings?: true;
}

/**
 * Whether the next cell of a row is its target, right after its name (`满意度` `服务对象满意度指标`
 * `: 服务对象满意度` then `服务对象满意度`: a target naming a level word, as 001 writes every name
 * again as its target). A level word there is text, not the next row's 二级指标; one after a row of
 * level cells alone (a template's empty slot) is the next row's.
 */
function isTargetAfterName(current: ReadonlyArray<Piece | undefined>, level2Col: number): boolean {
  const name = current[level2Col + 1];
  return current.length === level2Col + 2 && name !== undefined && name.facts.level1 === undefined && name.facts.level2 === undefined;
}

/**
 * Whether the next cell names the row's own 二级指标 again (`服务对象满意度指标` then `服务对象满意度`):
 * the row's name, as a row never repeats its level; two empty slots' levels differ.
 */
function restatesLevel(current: ReadonlyArray<Piece | undefined>, level2Col: number, level2: string): boolean {
  return current.length === level2Col + 1 && current[level2Col]?.facts.level2 === level2;
}

/** The rows of an indicator table whose header is `header`, up to the first line not a cell. */
function rebuildIndicatorRows(lines: readonly Line[], start: number, header: Header): Region {
  const width = header.columns.length;
  const level1Col = Math.max(0, header.fields.indexOf("level1"));
  const level2Col = header.fields.indexOf("level2");
  const weightCol = header.fields.indexOf("weight");
  const scoreCol = header.fields.indexOf("score");
  const nameCol = header.fields.indexOf("name");
  const deviationCol = header.fields.indexOf("deviation");
  const rows: Line[] = [tableLine(header.columns)];
  let current: Array<Piece | undefined> = [];
  const endRow = (): void => {
    if (current.some((c) => c !== undefined)) rows.push(tableLine(current));
    current = [];
  };
  // Whether the rows so far open with the vocabulary's 一级指标 words.
  let levelWords = false;
  // A scoring rubric (a 评分标准 or 指标解释 column after the weight): its level cells are its own
  // words (`决策（15）`), and its last column (扣分原因) is often empty.
  const rubric = (header.fields.includes("criteria") || header.fields.includes("explanation")) && weightCol > nameCol && nameCol >= 0;
  const remarkCol = header.fields.indexOf("remark");
  const seqCol = header.fields.indexOf("seq");
  let i = header.next;
  const tabbed = (slotOf(lines[start]) as { tabbed?: boolean }).tabbed;
  for (; i < lines.length; i++) {
    const past = pastPageBreak(lines, i, "indicators");
    if (past !== undefined) i = past;
    const slot = slotOf(lines[i]);
    if (slot.kind === "end") {
      endRow();
      continue;
    }
    if (slot.kind !== "cell" || slot.tabbed !== tabbed || statesProseScore(slot.cell.facts.text)) break;
    const cell = slot.cell;
    const f = cell.facts;
    // `三、自评结论` after the last row: the report's next section, not a row's name.
    if (current.length === 0 && f.level1 === undefined && f.level2 === undefined && HEADING_NUMBERING.test(f.text)) break;
    if (f.rowLabel === "total" || labelsTotalRow(cell, slotOf(lines[i + 1]))) {
      // `总分` / `100` / `95.50`: the label and the numbers after it, in the weight and score columns.
      endRow();
      const total: Array<Piece | undefined> = new Array<Piece | undefined>(width).fill(undefined);
      total[0] = cell;
      const numbers: Piece[] = [];
      while (numbers.length < 2) {
        const next = slotOf(lines[i + 1]);
        if (next.kind !== "cell" || next.tabbed !== tabbed || next.cell.facts.amount.kind !== "number") break;
        numbers.push(next.cell);
        i++;
      }
      const cols = [weightCol, scoreCol].filter((c) => c > 0);
      numbers.forEach((n, k) => (total[cols[k] ?? width - numbers.length + k] = n));
      rows.push(tableLine(total));
      i++;
      break;
    }
    // A rubric's row: the texts before its weight are its last level cells and its name, so it starts
    // that many columns before the weight; in the row's empty last column, a text a number soon
    // follows (a name, or a level `预算配置（7）` and a name) is the next row's, not a 扣分原因.
    // A row numbered in a 序号 column has its 序号 written first.
    const afterSeq = seqCol === 0 && current.length === 1;
    if (rubric && f.amount.kind === "text" && (current.length === 0 || afterSeq || (remarkCol === width - 1 && current.length === remarkCol))) {
      const texts = textsBeforeNumber(lines, i, tabbed);
      const opens = texts >= 1 && texts <= weightCol - (afterSeq ? 1 : 0) && (current.length === 0 || afterSeq || texts === 1 || RUBRIC_LEVEL.test(f.text));
      if (opens) {
        if (!afterSeq) endRow();
        while (current.length < weightCol - texts) current.push(undefined);
        // Taken together: a rubric's name may be a level word elsewhere (`社会效益`).
        for (let k = 0; k < texts; k++) current.push((slotOf(lines[i + k], GOAL_TEXT_MAX) as Extract<Slot, { kind: "cell" }>).cell);
        i += texts - 1;
        continue;
      }
    }
    const atLevel2 = level2Col >= 0 && current.length === level2Col;
    if (f.level1 !== undefined && !(atLevel2 && f.level2 !== undefined) && current.length > level1Col) {
      endRow();
    } else if (
      f.level2 !== undefined &&
      f.level1 === undefined &&
      level2Col >= 0 &&
      current.length > level2Col &&
      !restatesLevel(current, level2Col, f.level2) &&
      !isTargetAfterName(current, level2Col)
    ) {
      endRow();
    }
    // After a row written through its 偏差度 (or a whole row) with no row end: a text is the row's
    // 偏差原因, or the name of a row whose level cells were merged above, told by what follows it.
    const namesNextRow =
      nameCol > 0 &&
      deviationCol > nameCol &&
      (current.length === 0 || current.length === deviationCol + 1) &&
      f.level1 === undefined &&
      f.level2 === undefined &&
      opensNamedRow(lines, i, tabbed);
    if (namesNextRow) endRow();
    if (current.length === 0) {
      // A row whose level cells were merged into the row above starts at its first written level,
      // or at its name where the table's levels are the vocabulary's words and it writes none.
      const mergedLevels = levelWords && nameCol > 0 && f.amount.kind === "text" && !f.knownLabel;
      const col = f.level1 !== undefined ? level1Col : f.level2 !== undefined && level2Col >= 0 ? level2Col : namesNextRow || mergedLevels ? nameCol : 0;
      for (let k = 0; k < col; k++) current.push(undefined);
      if (f.level1 !== undefined) levelWords = true;
    }
    current.push(cell);
    if (current.length === width) endRow();
  }
  endRow();
  return { start, end: i, rows, width };
}

/** How many text cells from `at` on come before the next number (at most a row's levels and name, 4). */
function textsBeforeNumber(lines: readonly Line[], at: number, tabbed: boolean | undefined): number {
  for (let k = 0; k < 4; k++) {
    const amount = amountAt(lines, at + k, tabbed);
    if (amount === undefined) return 0;
    if (amount.kind === "number") return k;
  }
  return 0;
}

/**
 * Whether the text at `at` names an indicator row (its level cells merged into the row above):
 * its 分值 and 得分 three and four cells on are plain numbers and its 偏差度 after them a percentage
 * (`邮寄函` `≥900人次` `80人次` `3` `0.27` `-91.11%`). A 偏差原因 is followed by the next row's name and
 * values instead, whose 得分 is never a percentage.
 */
function opensNamedRow(lines: readonly Line[], at: number, tabbed: boolean | undefined): boolean {
  const cellAmount = (k: number): ParsedAmount | undefined => amountAt(lines, at + k, tabbed);
  const plain = (a: ParsedAmount | undefined): boolean => a?.kind === "number" && a.unit === undefined;
  const deviation = cellAmount(5);
  return cellAmount(0)?.kind === "text" && plain(cellAmount(3)) && plain(cellAmount(4)) && deviation?.kind === "number" && deviation.unit === "%";
}

/**
 * What the cell on line `at` (a sentence long at most) says as an amount; undefined where the line
 * holds no cell, or one of another layout than `tabbed`.
 */
function amountAt(lines: readonly Line[], at: number, tabbed?: boolean): ParsedAmount | undefined {
  const slot = slotOf(lines[at], GOAL_TEXT_MAX);
  return slot.kind === "cell" && (tabbed === undefined || slot.tabbed === tabbed) ? slot.cell.facts.amount : undefined;
}

/**
 * A funds table one cell per line: its label (`项目资金（万元）`), its column heads (`年初预算数` …
 * `得分`), then each item's label and its values: `年度资金总额` `120` `100` `90` `10` `90%` `9` →
 * `年度资金总额¦120¦100¦90¦10¦90%¦9` under `项目资金（万元）¦年初预算数¦…`. A label opens a row; the
 * table ends at a line that opens another part of the form (年度总体目标, 一级指标).
 */
function rebuildFundsRows(lines: readonly Line[], start: number): Region | undefined {
  const { heads, next, marked: headsMarked } = labelAndHeads(lines, start, (p) => p.facts.fundsHeader !== undefined);
  let i = next;
  // No heads: a target table's `项目资金（万元）` / `年度资金总额` / `300` — the label opens the first item's row.
  const following = slotOf(lines[i]);
  const itemFollows = following.kind === "cell" && following.cell.facts.fundsItem !== undefined;
  const headless = heads.length === 1 && itemFollows;
  if (headless) {
    const across = fundsAcross(lines, start, heads[0] as Piece, i);
    if (across) return across;
  }
  // Two heads are enough where a funds item follows them (`全年预算数（万元）` `分值` `年度资金总额`).
  if (heads.length - 1 < (itemFollows ? 2 : MIN_HEADER) && !headless) return undefined;
  const width = headless ? Number.POSITIVE_INFINITY : heads.length;
  const rows: Line[] = headless ? [] : [tableLine(heads)];
  let current: Array<Piece | undefined> = headless ? [heads[0] as Piece] : [];
  let labelOnly = headless;
  const endRow = (): void => {
    if (labelOnly) return;
    if (current.some((c) => c !== undefined)) rows.push(tableLine(current));
    current = headless ? [undefined] : [];
  };
  // A department's breakdown after its lines (`按收入性质分` `按支出性质分`, then an item and its
  // amount for each side): its rows hold one item per side, ended by a line of TABs or the count.
  let sides = 0;
  let itemsInRow = 0;
  let besideSides = false;
  // The heads' row ended by a line of TABs: every row is, and a row may hold a value the heads lack.
  const marked = !headless && headsMarked;
  for (; i < lines.length; i++) {
    const past = pastPageBreak(lines, i);
    if (past !== undefined) i = past;
    const slot = slotOf(lines[i]);
    if (slot.kind === "end") {
      if (sides > 0 || marked) {
        endRow();
        itemsInRow = 0;
      }
      continue;
    }
    // A label line may have been read as a one-cell row (`年度资金总额` is a row label) among text lines.
    if (slot.kind !== "cell") break;
    const f = slot.cell.facts;
    if (f.amount.kind === "text") {
      // A 合计 with amounts after it is the funds' total (classify-row.ts tells it from the form's 总分).
      if (f.fundsItem === undefined && opensAnotherPart(slot.cell) && !labelsTotalRow(slot.cell, slotOf(lines[i + 1]))) break;
      const side = isSideLabel(slot.cell);
      // `按收入性质分` `金额` `按支出性质分` `金额`: the 金额 beside each side label is the sides' row too.
      if (f.key === BREAKDOWN_AMOUNT_LABEL && sides > 0 && itemsInRow === 0) {
        current.push(slot.cell);
        continue;
      }
      const onSidesRow = current[0] !== undefined && isSideLabel(current[0]);
      if (side && sides > 0 && onSidesRow && (itemsInRow === 0 || besideSides)) {
        sides++;
      } else if (side) {
        endRow();
        sides = 1;
        itemsInRow = 0;
        besideSides = false;
      } else if (sides > 0 && onSidesRow && itemsInRow === 0 && current.length === 1) {
        // `按收入性质分` `其中：一般公共预算` `820.00` `按支出性质分` …: the items start beside their
        // side labels (a rowspan); the rows after keep the labels' column empty, as a TAB dump does.
        besideSides = true;
        itemsInRow = 1;
      } else if (sides > 0) {
        if (itemsInRow === 0 || itemsInRow === sides) endRow();
        itemsInRow = itemsInRow === sides ? 1 : itemsInRow + 1;
        if (besideSides && current.length === 0) current.push(undefined);
      } else endRow();
      labelOnly = false;
      current.push(slot.cell);
      continue;
    }
    // Values before any label (a label written after its values) keep the label's column empty.
    if (current.length === 0) current.push(undefined);
    current.push(slot.cell);
    if (current.length === width && !marked) endRow();
  }
  endRow();
  return rows.length > (headless ? 0 : 1) ? { start, end: i, rows, width: headless ? 0 : width } : undefined;
}

/**
 * `项目资金（万元）` / `年度资金总额` / `其中：财政拨款` / `其他资金` / `420.00` / `420.00` / `0.00`: a
 * target table's funds written across, its items heading the columns of one row of amounts (as
 * many as the items) → `项目资金（万元）¦年度资金总额¦其中：财政拨款¦其他资金` and `¦420.00¦420.00¦0.00`.
 */
function fundsAcross(lines: readonly Line[], start: number, label: Piece, next: number): Region | undefined {
  const items: Piece[] = [];
  const amounts: Piece[] = [];
  let i = next;
  for (; i < lines.length; i++) {
    const slot = slotOf(lines[i]);
    if (slot.kind === "end" && items.length === 0) continue;
    if (slot.kind !== "cell") break;
    const f = slot.cell.facts;
    if (amounts.length === 0 && f.amount.kind === "text" && f.fundsItem !== undefined) items.push(slot.cell);
    else if (items.length >= 2 && f.amount.kind === "number" && amounts.length < items.length) amounts.push(slot.cell);
    else break;
  }
  if (items.length < 2 || amounts.length !== items.length) return undefined;
  return { start, end: i, rows: [tableLine([label, ...items]), tableLine([undefined, ...amounts])], width: items.length + 1 };
}

/** The facts of the cells on the `count` lines after `at` (undefined where a line holds no one cell). */
function factsAfter(lines: readonly Line[], at: number, count: number): Array<CellFacts | undefined> {
  const after: Array<CellFacts | undefined> = [];
  for (let k = 1; k <= count; k++) {
    const slot = slotOf(lines[at + k]);
    after.push(slot.kind === "cell" ? slot.cell.facts : undefined);
  }
  return after;
}

/** `按收入性质分`, `按支出性质分`: a side of a department's funds breakdown. */
function isSideLabel(p: Piece): boolean {
  return p.facts.key === FUNDS_BREAKDOWN.byIncome || p.facts.key === FUNDS_BREAKDOWN.byExpenditure;
}

/** A word heading a column of a result list or 汇总表 (`序号`, `项目名称`, `预算金额（万元）`, `自评等级`). */
function isListHeadWord(p: Piece): boolean {
  return lookup(RESULT_HEADER_WORDS, p.facts.key) !== undefined || lookup(SUMMARY_HEADER_WORDS, p.facts.key) !== undefined;
}

/** The most cells a list row may have lost and still be cut at the next 序号. */
const MAX_LOST_CELLS = 2;
/** Lines looked at after a page break inside a list for the next row's 序号. */
const PAGE_BREAK_LOOKAHEAD = 4;

/**
 * A result list one cell per line: `序号` and its headings, then each row's cells, a row ended by a
 * line of TABs, by the headings' count, or by the next 序号 (a row that lost an empty cell) →
 * `序号¦项目名称¦…¦自评等级` and `1¦乡村振兴衔接资金¦…¦优`. A group heading ended by a line of
 * TABs stays a row of its own.
 */
function rebuildListRows(lines: readonly Line[], start: number): Region | undefined {
  const { heads, next } = labelAndHeads(lines, start, isListHeadWord);
  if (heads.length < MIN_HEADER || !heads.some((h) => lookup(RESULT_HEADER_WORDS, h.facts.key) === "name")) return undefined;
  const width = heads.length;
  const rows: Line[] = [tableLine(heads)];
  let current: Piece[] = [];
  // Right after a page break, a short row with no 序号 is the tail of the row above (`心`): written
  // from the second column, as a TAB dump writes such a fragment (forms/rules/join-fragment-row.ts).
  let afterBreak = false;
  const endRow = (): void => {
    if (current.length === 0) return;
    const fragment = afterBreak && current.length < width && rowNumber((current[0] as Piece).facts.text) === undefined;
    rows.push(tableLine(fragment ? [undefined, ...current] : current));
    current = [];
  };
  let seq = 0;
  let i = next;
  for (; i < lines.length; i++) {
    // A page break goes on where the next row's 序号, or the header repeated, follows it.
    const j = afterPageBreak(lines, i);
    if (j > i) {
      // A row's tail cut by the break (`心`, 002 line 48) may stand first: look a few lines on.
      let goesOn = false;
      for (let k = j; k < j + PAGE_BREAK_LOOKAHEAD && !goesOn; k++) {
        const after = slotOf(lines[k], LIST_TEXT_MAX);
        if (after.kind === "other") break;
        goesOn = after.kind === "cell" && (after.cell.facts.rowLabel === "seq" || rowNumber(after.cell.facts.text) === seq + 1);
      }
      if (!goesOn) break;
      endRow();
      afterBreak = true;
      i = j - 1;
      continue;
    }
    const slot = slotOf(lines[i], LIST_TEXT_MAX);
    if (slot.kind === "end") {
      endRow();
      continue;
    }
    if (slot.kind !== "cell") break;
    // The header repeated after a page break: its words again, not a row.
    if (slot.cell.facts.rowLabel === "seq") {
      endRow();
      const repeated = labelAndHeads(lines, i, isListHeadWord);
      rows.push(tableLine(repeated.heads));
      i = repeated.next - 1;
      continue;
    }
    const cell = slot.cell;
    if (opensAnotherPart(cell) && !labelsTotalRow(cell, slotOf(lines[i + 1]))) break;
    // The next 序号 opens a row, unless the numbered row before it is still short of more than two
    // cells (then the number is one of its values: `19¦…¦…¦20` is a budget of 20, not row 20).
    if (rowNumber(cell.facts.text) === seq + 1 && (rowNumber(current[0]?.facts.text ?? "") === undefined || current.length >= width - MAX_LOST_CELLS)) {
      endRow();
      afterBreak = false;
      seq++;
    }
    current.push(cell);
    if (current.length === width) endRow();
  }
  endRow();
  return rows.length > 1 ? { start, end: i, rows, width } : undefined;
}

/**
 * A 年度主要任务 table one cell per line: its label, its headings (`任务名称`, `主要内容`,
 * `预算金额（万元）`: words the vocabulary knows), then each task's cells → `年度主要任务¦任务名称¦…`
 * and `¦公共卫生服务¦开展…¦500` (the label's column is empty). Funds items after the last heading
 * (`预算金额（万元）` `总额` `财政拨款` `其他资金`) are its lower half, a row of their own under it:
 * `¦¦¦总额¦财政拨款¦其他资金`, each task a cell for each.
 */
function rebuildTaskRows(lines: readonly Line[], start: number): Region | undefined {
  // Its heads may be funds words (`预算数（万元）` `执行数（万元）`); another part's label or header ends them.
  const isHead = (p: Piece): boolean =>
    p.facts.knownLabel && p.facts.amount.kind === "text" && p.facts.rowLabel === undefined && p.facts.indicatorHeader === undefined && p.facts.goalsHeader === undefined;
  const section = labelAndHeads(lines, start, isHead);
  if (section.heads.length < 3) return undefined;
  let upper = section.heads.length;
  while (upper > 2 && (section.heads[upper - 1] as Piece).facts.fundsItem !== undefined) upper--;
  const lower = section.heads.length - upper >= 2 ? section.heads.slice(upper) : [];
  const heads = lower.length > 0 ? section.heads.slice(0, upper) : section.heads;
  return rowsUnderHeads(lines, start, { ...section, heads, lower }, { labelColumnEmpty: true, maxText: CELL_TEXT_MAX });
}

/**
 * 资金管理情况 one cell per line: the label, its heads (`情况说明`, `分值`, `得分`, `存在问题和改进措施`),
 * then each item's cells → `资金管理情况¦情况说明¦…` and `安排科学性¦按照…要求…¦5¦4¦无`. Its texts
 * are sentences: a cell may be as long as a goal's.
 */
function rebuildManagementRows(lines: readonly Line[], start: number): Region | undefined {
  const section = labelAndHeads(lines, start, (p) => p.facts.managementHeader !== undefined && p.facts.managementHeader !== "item");
  if (section.heads.length < MIN_HEADER) return undefined;
  // With no row ends, an item whose 存在问题 is empty runs into the next: after its 得分, a text
  // followed by a text and a number (`使用规范性` `严格按照…` `5`) is the next item, not a problem.
  const scoreCol = section.heads.findIndex((h) => h.facts.managementHeader === "score");
  const shape = (at: number): string | undefined => amountAt(lines, at)?.kind;
  const opensRow = (at: number, row: ReadonlyArray<Piece | undefined>): boolean =>
    scoreCol > 0 && row.length === scoreCol + 1 && shape(at) === "text" && shape(at + 1) === "text" && shape(at + 2) === "number";
  return rowsUnderHeads(lines, start, section, { labelColumnEmpty: false, maxText: GOAL_TEXT_MAX, section: "management", opensRow });
}

/**
 * The rows of a section under its label and heads, up to a cell that opens another part, over a
 * page break where the rows go on after it. A row ends at a line of TABs; where the heads' own row
 * ended so, only there (a row may hold a cell the heads lack), else also at the heads' count.
 */
function rowsUnderHeads(
  lines: readonly Line[],
  start: number,
  { heads, lower = [], next, marked }: { readonly heads: readonly Piece[]; readonly lower?: readonly Piece[]; readonly next: number; readonly marked: boolean },
  how: {
    readonly labelColumnEmpty: boolean;
    readonly maxText: number;
    readonly section?: RowLabel;
    /** Where rows have no end marks: whether the cell at `at` opens a new row after `row`. */
    readonly opensRow?: (at: number, row: ReadonlyArray<Piece | undefined>) => boolean;
  },
): Region | undefined {
  // A lower half of the heads stands under the last one, which spans it.
  const width = lower.length > 0 ? heads.length - 1 + lower.length : heads.length;
  const rows: Line[] = lower.length > 0 ? [tableLine(heads), tableLine([...heads.slice(1).map(() => undefined), ...lower])] : [tableLine(heads)];
  const headRows = rows.length;
  const fresh = (): Array<Piece | undefined> => (how.labelColumnEmpty ? [undefined] : []);
  let current = fresh();
  const endRow = (): void => {
    if (current.some((c) => c !== undefined)) rows.push(tableLine(current));
    current = fresh();
  };
  let i = next;
  for (; i < lines.length; i++) {
    const past = pastPageBreak(lines, i, how.section);
    if (past !== undefined) i = past;
    const slot = slotOf(lines[i], how.maxText);
    if (slot.kind === "end") {
      endRow();
      continue;
    }
    // The section's own label at a new page's head goes on with the rows (pastPageBreak).
    if (slot.kind !== "cell" || (opensAnotherPart(slot.cell) && i !== past)) break;
    if (!marked && how.opensRow?.(i, current)) endRow();
    current.push(slot.cell);
    if (current.length === width && !marked) endRow();
  }
  endRow();
  return rows.length > 1 ? { start, end: i, rows, width } : undefined;
}

/**
 * 年度总体目标 one cell per line: the label, its heads (`预期目标`, `实际完成情况`), then one text
 * for each head → `年度总体目标¦预期目标¦实际完成情况` and `¦开展活动50次¦开展活动52次`.
 */
function rebuildGoalsRows(lines: readonly Line[], start: number): Region | undefined {
  const { heads, next } = labelAndHeads(lines, start, (p) => p.facts.goalsHeader === "expected" || p.facts.goalsHeader === "actual");
  let i = next;
  if (heads.length < 2) return goalWithoutHeads(lines, start, heads[0] as Piece, next);
  const texts: Array<Piece | undefined> = [undefined];
  for (; i < lines.length && texts.length < heads.length; i++) {
    const slot = slotOf(lines[i], GOAL_TEXT_MAX);
    if (slot.kind === "end") continue;
    if (slot.kind !== "cell" || opensAnotherPart(slot.cell)) break;
    texts.push(slot.cell);
  }
  if (texts.length < 2) return undefined;
  return { start, end: i, rows: [tableLine(heads), tableLine(texts)], width: heads.length };
}

/**
 * `年度总体目标` / `开发公益性岗位350个…`: the label and the goals after it with no 预期目标 / 实际完成情况
 * heads (a target table's one goal, or a form's expected and actual goals) → `年度总体目标¦开发…`,
 * as its TAB dump writes it.
 */
function goalWithoutHeads(lines: readonly Line[], start: number, label: Piece, next: number): Region | undefined {
  const goals: Piece[] = [];
  let i = next;
  for (; i < lines.length && goals.length < GOALS_WITHOUT_HEADS; i++) {
    const slot = slotOf(lines[i], GOAL_TEXT_MAX);
    if (slot.kind !== "cell" || slot.cell.facts.amount.kind !== "text" || opensAnotherPart(slot.cell)) break;
    goals.push(slot.cell);
  }
  return goals.length === 0 ? undefined : { start, end: i, rows: [tableLine([label, ...goals])], width: goals.length + 1 };
}

/** The most goals a 年度总体目标 with no heads states: the expected and the actual. */
const GOALS_WITHOUT_HEADS = 2;

/**
 * A section's label at `start` and the heads on the lines after it (lines of an empty cell skipped);
 * `marked`: the heads' row ended at a line of TABs, so the rows after it are ended so too.
 */
function labelAndHeads(lines: readonly Line[], start: number, isHead: (p: Piece) => boolean): { heads: Piece[]; next: number; marked: boolean } {
  const heads: Piece[] = [(slotOf(lines[start]) as Extract<Slot, { kind: "cell" }>).cell];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const slot = slotOf(lines[i]);
    if (slot.kind === "end") continue;
    if (slot.kind !== "cell" || !isHead(slot.cell)) break;
    heads.push(slot.cell);
  }
  return { heads, next: i, marked: slotOf(lines[i - 1]).kind === "end" };
}

/** A cell that labels or heads a part of a form: it ends the part being rebuilt. */
function opensAnotherPart(cell: Piece): boolean {
  const f = cell.facts;
  return f.rowLabel !== undefined || f.indicatorHeader !== undefined || f.goalsHeader !== undefined || f.fundsHeader !== undefined;
}

/**
 * A 部门决算 table with side-by-side halves (`收入` / `支出` / `项目` / `行次` / `金额` / `项目` …):
 * the sides, the column heads up to `栏次`, the column-number row, then rows of the heads' width.
 */
function rebuildAccountRows(lines: readonly Line[], start: number): Region | undefined {
  const cellAt = (at: number): Piece | undefined => {
    const slot = slotOf(lines[at]);
    return slot.kind === "cell" && slot.tabbed ? slot.cell : undefined;
  };
  const sides: Piece[] = [];
  let i = start;
  for (let c = cellAt(i); c && (c.facts.key === SIDE_LABEL.income || c.facts.key === SIDE_LABEL.expense); c = cellAt(++i)) sides.push(c);
  if (sides.length < 2) return undefined;
  // The sides' row may end in a line of TABs before the column heads.
  while (slotOf(lines[i]).kind === "end") i++;
  const heads: Piece[] = [];
  for (let c = cellAt(i); c && c.facts.key !== COLUMN_NUMBER_LABEL && c.facts.amount.kind !== "number" && c.facts.wordy; c = cellAt(++i)) {
    heads.push(c);
  }
  const width = heads.length;
  const half = width / sides.length;
  if (width < 2 * sides.length || !Number.isInteger(half)) return undefined;
  const rows: Line[] = [];
  const sideRow: Array<Piece | undefined> = new Array<Piece | undefined>(width).fill(undefined);
  sides.forEach((s, k) => (sideRow[k * half] = s));
  rows.push(tableLine(sideRow), tableLine(heads));
  // `栏次` `1` `栏次` `2`: each 栏次 opens a half, its numbers fill the half's last columns.
  const numberCells: Piece[] = [];
  let opened = 0;
  for (let c = cellAt(i); c && (c.facts.key === COLUMN_NUMBER_LABEL || (opened > 0 && c.facts.amount.kind === "number")); c = cellAt(++i)) {
    if (c.facts.key === COLUMN_NUMBER_LABEL && ++opened > sides.length) break;
    numberCells.push(c);
  }
  if (numberCells.length > 0) rows.push(tableLine(columnNumberRow(numberCells, equalHalves(half, sides.length), width) ?? numberCells));
  let current: Piece[] = [];
  const endRow = (): void => {
    if (current.length > 0) rows.push(tableLine(current.length < width ? intoHalves(current, equalHalves(half, sides.length), width) : current));
    current = [];
  };
  for (; i < lines.length; i++) {
    const slot = slotOf(lines[i]);
    if (slot.kind === "end") {
      endRow();
      continue;
    }
    if (slot.kind !== "cell" || !slot.tabbed) break;
    current.push(slot.cell);
    if (current.length === width) endRow();
  }
  endRow();
  return { start, end: i, rows, width };
}



/**
 * `项目名称` / `中药材种植基地建设补助` on two lines before a rebuilt table: each identity label (or
 * a labelled line of the form's own, `项目负责人` / `张三`) and the value on the line after it
 * become one row; a label written with its value (`实施单位：某中心`) takes none. A group label on a
 * line of text above such pairs (`项目基本情况`) becomes a row of its own.
 */
function pairIdentity(lines: readonly Line[], start: number, end: number): { rows: Line[]; paired: boolean } {
  const rows: Line[] = [];
  let paired = false;
  for (let i = start; i < end; i++) {
    const line = lines[i] as Line;
    const slot = slotOf(line);
    const next = slotOf(lines[i + 1]);
    const label = slot.kind === "cell" ? slot.cell.facts.rowLabel : undefined;
    if (
      slot.kind === "cell" &&
      (label === "projectName" || label === "identity" || label === "extra") &&
      // `实施单位：宁远县园林绿化中心` holds its value already.
      !LABELLED_PAIR.test(slot.cell.facts.text) &&
      i + 1 < end &&
      next.kind === "cell" &&
      next.cell.facts.rowLabel === undefined
    ) {
      rows.push(tableLine([slot.cell, next.cell]));
      paired = true;
      i++;
      continue;
    }
    // `项目基本情况` over the pairs it groups: a row of the form, as its TAB dump's first cell is.
    if (slot.kind === "cell" && line.kind === "text" && EXTRA_GROUP_LABELS.includes(slot.cell.facts.key) && next.kind === "cell" && next.cell.facts.rowLabel === "extra") {
      rows.push(tableLine([slot.cell]));
      continue;
    }
    rows.push(line);
  }
  return { rows, paired };
}

/** Whether most table lines hold one filled cell: a scrape of one HTML paragraph per line. */
function isOneCellPerLine(lines: readonly Line[]): boolean {
  let table = 0;
  let single = 0;
  for (const line of lines) {
    if (line.kind !== "table") continue;
    table++;
    if (soleCell(line)) single++;
  }
  return table > 0 && single >= table * 0.8;
}

export function rebuildRows(lines: readonly Line[]): LayoutResult {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    // No region opens at a blank line: most of a dump's lines pay only this test or the next ones.
    if ((lines[i] as Line).kind === "blank") continue;
    let region: Region | undefined;
    // The cheap tests first: three lines in a row that are each one cell; a line opening with a
    // header word (a header wrapped over lines).
    const opens = mayOpenRegion(lines[i]);
    if (opens && i + MIN_HEADER <= lines.length && mayBeCell(lines[i + 1]) && mayBeCell(lines[i + 2])) {
      const first = slotOf(lines[i]) as Extract<Slot, { kind: "cell" }>;
      if (isIndicatorHeaderWord(first.cell)) {
        const header = readIndicatorHeader(lines, i);
        if (header) region = rebuildIndicatorRows(lines, i, header);
      }
      if (region === undefined && first.cell.facts.rowLabel === "seq") region = rebuildListRows(lines, i);
    }
    // `收入` `支出` then a line of TABs before the column heads: the sides' own row.
    if (region === undefined && opens && mayBeCell(lines[i + 1])) {
      const first = slotOf(lines[i]) as Extract<Slot, { kind: "cell" }>;
      if (first.tabbed && first.cell.facts.key === SIDE_LABEL.income) region = rebuildAccountRows(lines, i);
    }
    // A funds or goals label on its own line: its heads may come after an empty cell's line.
    if (region === undefined && opens) {
      const first = slotOf(lines[i]);
      const label = first.kind === "cell" ? first.cell.facts.rowLabel : undefined;
      // `资金来源` heads the items' column as 项目资金 does, though it is no row label; so does any
      // corner (`项目`) that funds heads follow.
      const cornerOfFunds = first.kind === "cell" && isFundsCorner(first.cell.facts, factsAfter(lines, i, MIN_HEADER));
      if (label === "funds" || cornerOfFunds) region = rebuildFundsRows(lines, i);
      else if (label === "goals") region = rebuildGoalsRows(lines, i);
      else if (label === "management") region = rebuildManagementRows(lines, i);
      else if (first.kind === "cell" && EXTRA_TABLE_LABELS.includes(first.cell.facts.key)) region = rebuildTaskRows(lines, i);
    }
    if (region === undefined && mayOpenWrappedHeader(lines[i])) {
      const wrapped = rebuildWrappedRows(lines, i);
      if (wrapped) region = { ...wrapped, wrapped: true };
    }
    if (region === undefined && mayBeTitleRow(lines[i])) {
      const text = splitTitleRow(lines[i] as Line);
      if (text) region = { start: i, end: i + 1, rows: text, width: 0, title: (text[0] as Extract<Line, { kind: "text" }>).text };
    }
    if (region === undefined && (lines[i] as Line).kind === "table") {
      const text = splitHeadingRow(lines, i);
      if (text) region = { start: i, end: i + 1, rows: text, width: 0, headings: true };
    }
    if (region === undefined) continue;
    regions.push(region);
    i = region.end - 1;
  }
  if (regions.length === 0) return { lines: lines as Line[], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const out: Line[] = [];
  // Outside the rebuilt tables, a one-paragraph-per-line scrape's single cells are text lines
  // (titles, 公开01表, 部门:…), as a TAB dump writes them.
  const paragraphs = isOneCellPerLine(lines);
  const copy = (from: number, to: number): void => {
    const { rows } = pairIdentity(lines, from, to);
    for (const line of rows) {
      if (paragraphs && line.kind === "table") {
        // A label of the form's left without its value (`主管部门` then `实施单位`, `评价结论`) and a
        // rule (`------`) are rows of the form, not headings; a label with its value
        // (`实施单位：某中心`, `填报人：王丽`) is a line of text, as a TAB dump writes it.
        const cell = soleCell(line);
        const label = cell?.facts.rowLabel;
        const bareLabel = (label === "identity" || label === "projectName" || label === "extra") && !LABELLED_PAIR.test(cell?.facts.text ?? "");
        out.push(cell && !bareLabel && !RULE.test(cell.facts.text) ? textLine(cell) : line);
      } else out.push(line);
    }
  };
  let at = 0;
  for (const region of regions) {
    copy(at, region.start);
    out.push(...region.rows);
    const firstLine = lines[region.start]?.line ?? 0;
    const lastLine = lines[region.end - 1]?.line ?? firstLine;
    at = region.end;
    if (region.title !== undefined) {
      diagnostics.push(diagnostic("title-split", { title: region.title, cells: region.rows.length }, firstLine));
      continue;
    }
    if (region.headings) {
      diagnostics.push(diagnostic("headings-split", { cells: region.rows.length }, firstLine));
      continue;
    }
    diagnostics.push(
      diagnostic(
        "rows-rebuilt",
        { rows: region.rows.length, width: region.width, from: firstLine, to: lastLine, how: region.wrapped ? "wrapped" : "cells" },
        firstLine,
      ),
    );
  }
  copy(at, lines.length);
  return { lines: out, diagnostics };
}
