/**
 * A form's labelled values no field takes (SPEC v2 `extra`), from its extra rows:
 *   `评价结论¦项目完成年度目标，自评等级为优。`          → 评价结论: 项目完成年度目标，自评等级为优。
 *   `存在问题¦个别工程征地协调滞后。¦改进措施¦提前开展…`   → 存在问题: …, 改进措施: …
 *   `项目负责人：刘建国¦联系电话：0839-3216540`          → 项目负责人: 刘建国, 联系电话: 0839-3216540
 *   `项目基本情况¦项目属性¦延续性项目¦项目类型¦建设类`    → 项目属性: 延续性项目, 项目类型: 建设类
 *   `年度主要任务¦任务名称¦主要内容` + `¦公共卫生服务¦开展…` → 公共卫生服务: 开展…
 * Cells pair as label and value left to right; a cell written `label：value` is both; a group
 * label (项目基本情况) heads the pairs after it; a table label (年度主要任务) heads a row of column
 * headings, which are not values (they stay in unmapped), and the rows below pair as usual.
 * Labels are kept as written.
 */
import { EXTRA_GROUP_LABELS, EXTRA_TABLE_LABELS } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { ExtraItem } from "../../schema/common.js";

/** `label：value` in one cell, with a short label. */
const LABELLED = /^([^:：]{1,16})[:：]\s*(\S.*)$/;

const bare = (text: string): string => text.replace(/[:：]\s*$/, "");

export function readExtra(rows: readonly Row[], ledger: CellLedger): ExtraItem[] {
  const extra: ExtraItem[] = [];
  for (const row of rows) {
    let label: Cell | undefined;
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      if (EXTRA_TABLE_LABELS.includes(cell.facts.key)) {
        settle(label, ledger);
        label = undefined;
        ledger.use(cell);
        break;
      }
      const pair = LABELLED.exec(cell.text);
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
      } else {
        extra.push({ label: bare(label.text), value: cell.text, line: cell.line });
        ledger.use(label, cell);
        label = undefined;
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
