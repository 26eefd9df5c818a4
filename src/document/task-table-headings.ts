/**
 * The second heading row of a department form's 年度主要任务 table. Its figures may stand under a
 * heading split in two, the lower row naming funds items:
 *   `年度主要任务¦任务名称¦主要内容¦预算金额（万元）` / `¦¦¦总额¦财政拨款¦其他资金` / `¦公共卫生服务¦…¦800¦800¦0`
 * Read alone, the lower row opens a funds section (总额 is a funds item), so the table's tasks were
 * read as funds header cells and its 金额合计 row as a funds line with 总额, 财政拨款 and 其他资金
 * taken for 年初预算数, 全年预算数 and 全年执行数.
 * Decision: a funds row right under the table's label row that holds no figure heads columns; a
 * funds line states at least one amount.
 * Effect: it becomes a data row, so the table goes on as the form's labelled rows (its record's
 * `extra`), where forms/project/extra.ts reads it as the lower half of the figures' headings.
 */
import type { IToken, TokenType } from "chevrotain";
import { EXTRA_TABLE_LABELS } from "../../grammars/vocabulary/index.js";
import * as T from "../../grammars/row-tokens.js";
import type { Line, Row } from "../lines/model.js";

/** What the pass needs of a row token: its type (retyped here) and its line. */
export interface TaskTableToken extends IToken {
  tokenType: TokenType;
  tokenTypeIdx: number;
  payload: Line;
}

/** Whether a row is a task table's label row (`年度主要任务¦任务名称¦…`). */
function opensTaskTable(row: Row): boolean {
  return row.cells.some((c) => c.text !== "" && EXTRA_TABLE_LABELS.includes(c.facts.key));
}

/** A row of headings only: filled, and no cell of it a number. */
function holdsNoFigure(row: Row): boolean {
  let filled = false;
  for (const c of row.cells) {
    if (c.text === "") continue;
    if (c.facts.amount.kind !== "text") return false;
    filled = true;
  }
  return filled;
}

/** Retypes the lower heading rows of task tables among `tokens` as data rows (in place). */
export function markTaskTableHeadings(tokens: TaskTableToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as TaskTableToken;
    const above = tokens[i - 1] as TaskTableToken;
    if (token.tokenType !== T.FundsRow || above.tokenType !== T.ExtraRow) continue;
    if (token.payload.kind !== "table" || above.payload.kind !== "table") continue;
    if (!opensTaskTable(above.payload.row) || !holdsNoFigure(token.payload.row)) continue;
    token.tokenType = T.DataRow;
    token.tokenTypeIdx = T.DataRow.tokenTypeIdx as number;
  }
}
