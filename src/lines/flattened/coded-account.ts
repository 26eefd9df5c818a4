/**
 * A 部门决算 table keyed by 科目编码 (公开02表, 03, 05, 08 …) written with spaces for TABs:
 *   `项目 本年收入合计 财政拨款收入 …` / `功能分类科目编码 科目名称` / `栏次 1 2 …` / `合计 12,705.06 …` / `201 一般公共服务支出 4.17 …`
 * Spaces keep no empty cell, so the header's 项目 (it spans the code and the name columns), the 栏次
 * row and a row with no code (合计) come out a cell short of the coded rows. Each gets its empty
 * cell back, as its TAB dump has it: `项目¦¦本年收入合计¦…`, `¦栏次¦1¦…`, `¦合计¦12,705.06¦…`.
 * Decision: a header opening with 项目 before value headings, then the code header (`科目编码
 * 科目名称`, maybe with sub-headings under one heading: `小计 基本支出 项目支出`), then rows of the
 * table's width or one short. Headings over sub-headings under several headings (公开07表: which
 * heading the subs sit under, spaces do not tell) are left as read.
 */
import { ACCOUNT_COLUMN_WORDS, ACCOUNT_VALUE_HEAD_WORDS, lookup } from "../../../grammars/vocabulary/index.js";
import type { Piece } from "../layout-lines.js";
import type { Cells, Context } from "./context.js";

/** A 科目编码: 类 (3 digits), 款 (5) or 项 (7). */
const ACCOUNT_CODE = /^\d{3}(?:\d{2}){0,2}$/;

const roleOf = (p: Piece | undefined): string | undefined => (p === undefined ? undefined : lookup(ACCOUNT_COLUMN_WORDS, p.facts.key));
const isValueHead = (p: Piece): boolean => roleOf(p) === undefined && ACCOUNT_VALUE_HEAD_WORDS.some((w) => p.facts.key.includes(w));

/** The rows of this line when it belongs to a coded 部门决算 table, else undefined. */
export function readCodedAccountLine(cells: readonly Piece[], ctx: Context, open: Context["openTable"]): Cells[] | undefined {
  const first = cells[0] as Piece;
  // `项目 本年收入合计 财政拨款收入 …`: kept, to get the empty cell after 项目 once the code header shows the table is coded.
  if (roleOf(first) === "name" && cells.length >= 2 && cells.slice(1).every(isValueHead)) {
    const head: Cells = [...cells];
    ctx.accountHead = head;
    return [head];
  }
  // `功能分类科目编码 科目名称 [小计 基本支出 项目支出]`: the table is coded; its width is now known.
  if (roleOf(first) === "code" && roleOf(cells[1]) === "name") {
    const head = ctx.accountHead;
    ctx.accountHead = undefined;
    const subs = cells.length - 2;
    const heads = head === undefined ? 0 : head.length - 1;
    if (head === undefined || (subs > 0 && heads > 1)) return [[...cells]];
    head.splice(1, 0, undefined);
    ctx.openTable = "account";
    ctx.account = { width: subs > 0 ? cells.length : head.length, halves: 1, coded: true };
    return [[...cells]];
  }
  if (open !== "account" || ctx.account?.coded !== true) return undefined;
  // A line with no figure (`年度总体目标 预期目标 实际完成情况`) ends the table.
  if (!cells.some((c) => c.facts.amount.kind === "number")) return undefined;
  const { width } = ctx.account;
  const coded = ACCOUNT_CODE.test(first.facts.text);
  if (cells.length === width && coded) return keepOpen(ctx, [...cells]);
  // `栏次 1 2 …`, `合计 12,705.06 …`: a row with no code.
  if (cells.length === width - 1 && !coded && first.facts.amount.kind === "text") return keepOpen(ctx, [undefined, ...cells]);
  return undefined;
}

function keepOpen(ctx: Context, row: Cells): Cells[] {
  ctx.openTable = "account";
  return [row];
}
