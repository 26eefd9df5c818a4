/** What reading a flattened dump carries from line to line: the headers seen, the weights, the diagnostics. */
import type { FundsField, IndicatorField } from "../../../grammars/vocabulary/index.js";
import type { Diagnostic } from "../../diagnostics/codes.js";
import type { Piece } from "../layout-lines.js";

/** A row as read: a cell, or undefined for an empty one. */
export type Cells = Array<Piece | undefined>;

export interface Context {
  fundsFields: FundsField[];
  indicatorFields: Array<IndicatorField | null | undefined>;
  readonly diagnostics: Diagnostic[];
  /** Indicator rows whose trailing digits cut several ways: resolved by the weights' sum. */
  readonly pending: Array<{ row: Cells; cols: number[]; cuts: Array<{ values: string[]; tail: string }>; rest: string; whole: string; digits: string; line: number }>;
  fundsWeight: number;
  fixedWeights: number;
  totalBudget?: number;
  /** Text of a scrambled form no reader took: the `form`-th form of its line, for that record's unmapped. */
  readonly unread: UnreadText[];
  /** A 总分 row was read: a glued line with no label after it is no indicator row. */
  afterTotal: boolean;
  /** A goals header read alone (`年度总体目标 预期目标 实际完成情况`): the line after it holds its texts. */
  goalsHeaderAlone: boolean;
  /**
   * The table the last labelled row opened whose rows may start with no label: the funds (a
   * department's breakdown items), a 年度主要任务 table (its tasks), 资金管理情况 (its items), a result list (its rows,
   * each starting with its 序号) or a 部门决算 table (its items, one per half).
   */
  openTable: "funds" | "tasks" | "management" | "list" | "account" | undefined;
  /** A 部门决算 header read (`项目 行次 金额 项目 行次 金额`): its width and its halves (one per 项目). */
  account: { readonly width: number; readonly halves: number; readonly starts?: readonly number[]; readonly coded?: true; readonly lineNoAt?: number } | undefined;
  /** A result list's header read (`序号 主管部门 项目名称 …`): its width and its 项目名称 column. */
  list?: { readonly width: number; readonly nameAt: number };
  /** A coded 部门决算 table's header as read (`项目 本年收入合计 …`): given its empty cell once the code header follows. */
  accountHead?: Cells;
}

export interface UnreadText {
  readonly line: number;
  readonly text: string;
  readonly form: number;
}

export function newContext(): Context {
  return { fundsFields: [], indicatorFields: [], diagnostics: [], pending: [], fundsWeight: 0, fixedWeights: 0, afterTotal: false, goalsHeaderAlone: false, openTable: undefined, account: undefined, unread: [] };
}
