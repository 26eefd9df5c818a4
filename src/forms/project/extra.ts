/**
 * A form's labelled values no field takes (SPEC v2 `extra`), from its extra rows:
 *   `评价结论¦项目完成年度目标，自评等级为优。`          → 评价结论: 项目完成年度目标，自评等级为优。
 *   `存在问题¦个别工程征地协调滞后。¦改进措施¦提前开展…`   → 存在问题: …, 改进措施: …
 *   `项目负责人：刘建国¦联系电话：0839-3216540`          → 项目负责人: 刘建国, 联系电话: 0839-3216540
 *   `项目基本情况¦项目属性¦延续性项目¦项目类型¦建设类`    → 项目属性: 延续性项目, 项目类型: 建设类
 *   `年度主要任务¦任务名称¦主要内容` + `¦公共卫生服务¦开展…` → 公共卫生服务: 开展…
 *   `年度主要任务¦任务名称¦主要内容¦预算金额（万元）` + `¦公共卫生服务¦开展…¦500`
 *                                                     → 公共卫生服务: 开展…, 公共卫生服务/预算金额: 500
 *   `年度主要任务¦任务名称¦完成情况` + `¦培训¦已完成`          → 培训/完成情况: 已完成
 *   … + `¦¦¦总额¦财政拨款` (a heading in two rows) + `¦公共卫生服务¦开展…¦500¦450` + `金额合计¦¦¦900¦800`
 *        → 公共卫生服务/预算金额（万元）/总额: 500, …/财政拨款: 450, 金额合计/预算金额（万元）/总额: 900, …
 * Cells pair as label and value left to right; a cell written `label：value` is both; a group
 * label (项目基本情况) heads the pairs after it; a table label (年度主要任务) heads a row of column
 * headings, which are not values: the rows below pair task → content, and each figure in them (and
 * each text under a heading other than the name and content columns') is labelled by its task and
 * the heading over its column (headings that label nothing stay in unmapped), until a row that
 * opens other pairs. A row of headings only, right under the label row and under its value
 * headings, is their lower half (`预算金额（万元）` over `总额¦财政拨款`).
 * A task row whose figures stand left of their headings (the label column's rowspan dropped by the
 * scrape, `公共卫生服务¦开展…¦500`, or a 金额合计 row's empty cells) has them read as ending under
 * the last value heading, where that puts more of them under value headings; reported as
 * `info[row-realigned]` naming where each figure went.
 * Labels are kept as written.
 */
import { EXTRA_GROUP_LABELS, EXTRA_TABLE_HEADINGS, EXTRA_TABLE_LABELS, LABELLED_PAIR } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { ExtraItem } from "../../schema/common.js";


const bare = (text: string): string => text.replace(/[:：]\s*$/, "");

/**
 * A heading of a task table: its text (both rows' where it has two), its cells, and whether it
 * labels the values under it (every heading but the name and content columns': 预算数, 完成情况).
 */
interface Heading {
  readonly text: string;
  readonly cells: readonly Cell[];
  readonly labelsValues: boolean;
}

/** The task table being read: its headings by column, and whether the next row may be their lower half. */
interface TaskTable {
  readonly headings: Map<number, Heading>;
  lowerHalfNext: boolean;
}

export function readExtra(rows: readonly Row[], ledger: CellLedger): ExtraItem[] {
  const extra: ExtraItem[] = [];
  // The small table a table label opened, while its rows follow.
  let table: TaskTable | undefined;
  for (const row of rows) {
    let label: Cell | undefined;
    const first = row.cells.find((c) => c.text !== "");
    if (first && (first.facts.rowLabel === "extra" || LABELLED_PAIR.test(first.text) || EXTRA_GROUP_LABELS.includes(first.facts.key))) table = undefined;
    if (table?.lowerHalfNext && readLowerHeadings(row, table)) continue;
    if (table) table.lowerHalfNext = false;
    const shift = table ? figureShift(row, table) : 0;
    // The figures a shift placed, for its report (`row-realigned`).
    const shifted: string[] = [];
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      if (EXTRA_TABLE_LABELS.includes(cell.facts.key)) {
        settle(label, ledger);
        label = undefined;
        ledger.use(cell);
        table = taskTable(row, cell, ledger);
        break;
      }
      const pair = LABELLED_PAIR.exec(cell.text);
      const heading = table?.headings.get(cell.facts.amount.kind === "number" ? cell.col + shift : cell.col);
      if (pair && (label === undefined || cell.facts.rowLabel === "extra")) {
        settle(label, ledger);
        label = undefined;
        extra.push({ label: (pair[1] as string).trim(), value: (pair[2] as string).trim(), line: cell.line });
        ledger.use(cell);
      } else if (EXTRA_GROUP_LABELS.includes(cell.facts.key)) {
        ledger.use(cell);
      } else if (label === undefined || cell.facts.rowLabel === "extra") {
        settle(label, ledger);
        label = cell;
      } else if (heading !== undefined && (cell.facts.amount.kind === "number" || heading.labelsValues)) {
        // `¦公共卫生服务¦开展…¦已完成¦500` under `…¦完成情况¦预算金额（万元）`: each figure, and each text
        // under a heading of its own, labelled by its task and its column, the task staying the
        // label of the row's next value.
        extra.push({ label: `${bare(label.text)}/${heading.text}`, value: cell.text, line: cell.line });
        ledger.use(label, ...heading.cells, cell);
        if (shift > 0 && cell.facts.amount.kind === "number") shifted.push(`${heading.text} ${cell.text}`);
      } else {
        extra.push({ label: bare(label.text), value: cell.text, line: cell.line });
        ledger.use(label, cell);
        label = table === undefined ? undefined : label;
      }
    }
    settle(label, ledger);
    if (shifted.length > 0) ledger.report("row-realigned", { what: "task", detail: shifted.join(", ") }, row.line);
  }
  return extra;
}

/** The table a label row opens: the headings right of its label; those of the name and text columns are read as headings. */
function taskTable(row: Row, tableLabel: Cell, ledger: CellLedger): TaskTable {
  const headings = new Map<number, Heading>();
  for (const c of row.cells) {
    if (c.col <= tableLabel.col || c.text === "") continue;
    const labelsValues = !EXTRA_TABLE_HEADINGS.includes(c.facts.key);
    headings.set(c.col, { text: bare(c.text), cells: [c], labelsValues });
    if (!labelsValues) ledger.label(c, "task heading");
  }
  return { headings, lowerHalfNext: true };
}

/** The columns of the headings that label their values. */
function valueColumns(table: TaskTable): number[] {
  return [...table.headings].filter(([, h]) => h.labelsValues).map(([col]) => col);
}

/**
 * Reads `row` as the lower half of the value headings when it is one: headings only, none left of
 * the first value heading. Each joins the value heading over it (the nearest at or left of its column).
 */
function readLowerHeadings(row: Row, table: TaskTable): boolean {
  const valueCols = valueColumns(table);
  const firstValueCol = Math.min(...valueCols);
  const cells = row.cells.filter((c) => c.text !== "");
  if (valueCols.length === 0 || cells.length === 0 || cells.some((c) => c.facts.amount.kind !== "text")) return false;
  // Funds items written from the first column (text that lost its TABs, and the empty cells before
  // them) head the columns from the first value heading on.
  const lostLeading = cells.length >= 2 && cells.every((c) => c.facts.fundsItem !== undefined) && (cells[0] as Cell).col < firstValueCol;
  if (!lostLeading && cells.some((c) => c.col < firstValueCol)) return false;
  const upper = new Map(valueCols.map((col) => [col, table.headings.get(col) as Heading]));
  cells.forEach((c, k) => {
    const col = lostLeading ? firstValueCol + k : c.col;
    const parent = upper.get(Math.max(...valueCols.filter((v) => v <= col))) as Heading;
    table.headings.set(col, { text: `${parent.text}/${bare(c.text)}`, cells: [...parent.cells, c], labelsValues: true });
  });
  table.lowerHalfNext = false;
  return true;
}

/**
 * 0, or how far right a task row's figures stand when read as ending under the last value heading:
 * a row that lost the table's label column (`文物保护¦开展…¦300¦280`), or a 金额合计 row whose empty
 * cells a scrape dropped, only where that puts more of its figures under value headings.
 */
function figureShift(row: Row, table: TaskTable): number {
  let lastFigure: Cell | undefined;
  for (const c of row.cells) if (c.text !== "" && c.facts.amount.kind === "number") lastFigure = c;
  const lastValueCol = Math.max(-1, ...valueColumns(table));
  if (lastFigure === undefined || lastFigure.col >= lastValueCol) return 0;
  const shift = lastValueCol - lastFigure.col;
  let asWritten = 0;
  let shifted = 0;
  for (const c of row.cells) {
    if (c.text === "" || c.facts.amount.kind !== "number") continue;
    if (table.headings.get(c.col)?.labelsValues) asWritten++;
    if (table.headings.get(c.col + shift)?.labelsValues) shifted++;
  }
  return shifted > asWritten ? shift : 0;
}

/**
 * A label left without a value states nothing: a known one is read; any other text is left
 * unused, so the ledger lists it in unmapped (`项目负责人：刘建国` after a cell of other text used
 * to take that text as a label with no value and drop it).
 */
function settle(label: Cell | undefined, ledger: CellLedger): void {
  if (label && label.facts.rowLabel === "extra") ledger.use(label);
}
