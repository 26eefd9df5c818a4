/**
 * A form's labelled values no field takes (SPEC v2 `extra`), from its extra rows:
 *   `评价结论¦项目完成年度目标，自评等级为优。`          → 评价结论: 项目完成年度目标，自评等级为优。
 *   `存在问题¦个别工程征地协调滞后。¦改进措施¦提前开展…`   → 存在问题: …, 改进措施: …
 *   `项目负责人：刘建国¦联系电话：0839-3216540`          → 项目负责人: 刘建国, 联系电话: 0839-3216540
 *   `项目基本情况¦项目属性¦延续性项目¦项目类型¦建设类`    → 项目属性: 延续性项目, 项目类型: 建设类
 *   `年度主要任务¦任务名称¦主要内容` + `¦公共卫生服务¦开展…` → 公共卫生服务: 开展…
 *   `年度主要任务¦任务名称¦主要内容¦预算金额（万元）` + `¦公共卫生服务¦开展…¦500`
 *                                                     → 公共卫生服务: 开展…, 公共卫生服务/预算金额: 500
 * Cells pair as label and value left to right; a cell written `label：value` is both; a group
 * label (项目基本情况) heads the pairs after it; a table label (年度主要任务) heads a row of column
 * headings, which are not values: the rows below pair task → content, and each figure in them is
 * labelled by its task and the heading over its column (headings that label nothing stay in
 * unmapped), until a row that opens other pairs.
 * Labels are kept as written.
 */
import { EXTRA_GROUP_LABELS, EXTRA_TABLE_HEADINGS, EXTRA_TABLE_LABELS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { ExtraItem } from "../../schema/common.js";
import { LABELLED_PAIR } from "../rules/read-labelled-extra.js";


const bare = (text: string): string => text.replace(/[:：]\s*$/, "");

export function readExtra(rows: readonly Row[], ledger: CellLedger): ExtraItem[] {
  const extra: ExtraItem[] = [];
  // The headings of the small table a table label opened, by column, while its rows follow.
  let headings: ReadonlyMap<number, Cell> | undefined;
  for (const row of rows) {
    let label: Cell | undefined;
    const first = row.cells.find((c) => c.text !== "");
    if (first && (first.facts.rowLabel === "extra" || LABELLED_PAIR.test(first.text) || EXTRA_GROUP_LABELS.includes(first.facts.key))) headings = undefined;
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      if (EXTRA_TABLE_LABELS.includes(cell.facts.key)) {
        settle(label, ledger);
        label = undefined;
        ledger.use(cell);
        headings = new Map(row.cells.filter((c) => c.col > cell.col && c.text !== "").map((c) => [c.col, c]));
        for (const heading of headings.values()) if (EXTRA_TABLE_HEADINGS.includes(heading.facts.key)) ledger.label(heading, "task heading");
        break;
      }
      const pair = LABELLED_PAIR.exec(cell.text);
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
      } else if (headings !== undefined && cell.facts.amount.kind === "number" && headings.has(cell.col)) {
        // `¦公共卫生服务¦开展…¦500¦480` under `…¦预算金额（万元）¦执行金额（万元）`: each figure
        // labelled by its task and its column, the task staying the label of the row's next value.
        const heading = headings.get(cell.col) as Cell;
        extra.push({ label: `${bare(label.text)}/${bare(heading.text)}`, value: cell.text, line: cell.line });
        ledger.use(label, heading, cell);
      } else {
        extra.push({ label: bare(label.text), value: cell.text, line: cell.line });
        ledger.use(label, cell);
        label = headings === undefined ? undefined : label;
      }
    }
    settle(label, ledger);
  }
  return extra;
}

/**
 * A label left without a value states nothing: a known one is read; any other text is left
 * unused, so the ledger lists it in unmapped (`项目负责人：刘建国` after a cell of other text used
 * to take that text as a label with no value and drop it).
 */
function settle(label: Cell | undefined, ledger: CellLedger): void {
  if (label && label.facts.rowLabel === "extra") ledger.use(label);
}
