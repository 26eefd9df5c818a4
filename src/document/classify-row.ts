/**
 * Assigns each line its row token (grammars/row-tokens.ts) by what its cells say in the
 * vocabulary, wherever they stand: `项目名称` in the first or third cell, `年初预算数` with or
 * without `(万元)`, a header split by a wrapped space. The words are the vocabulary's (the same
 * tables the recognisers read); the decisions here are which part of a form a row opens.
 */
import type { TokenType } from "chevrotain";
import { EXTRA_TABLE_LABELS, PERCENT, RESULT_HEADER_WORDS, isFormTitle, isScoreRowWord, lookup, type IndicatorField, type RowLabel } from "../../grammars/vocabulary/index.js";
import * as T from "../../grammars/row-tokens.js";
import { HEADER_SECTION, type CellFacts } from "../lines/cell-facts.js";
import type { Cell, Line, Row } from "../lines/model.js";
import { opensFundsPairs } from "./funds-pairs.js";

/**
 * The indicator columns that tell an indicator header from other headers: 分值 and 得分 head the
 * funds and 资金管理情况 columns too, and the remark wording (`…改进措施`) the management one.
 */
export const INDICATOR_HEADER_FIELDS: ReadonlySet<IndicatorField | null | undefined> = new Set<IndicatorField>(["level1", "level2", "name", "nature", "target", "unit", "actual"]);

/** Whether a cell heads one of those columns, and no other section claims it whole. */
export function headsIndicatorColumn(f: CellFacts): boolean {
  // Most cells head nothing: settled before the set is asked.
  return f.indicatorHeader != null && INDICATOR_HEADER_FIELDS.has(f.indicatorHeader) && f.headsColumnOf(HEADER_SECTION.indicators);
}

function isRuleRow(row: Row): boolean {
  for (const c of row.cells) {
    const t = c.text;
    if (t === "") continue;
    if (t.length < 3 || t.charCodeAt(0) !== 45 || !/^-+$/.test(t)) return false;
  }
  return true;
}

/** Numbers on a funds total row stating a rate: two amounts, the rate and one more (分值 or 得分). */
const FUNDS_TOTAL_NUMBERS = 4;

/** The parts of a form a cell opens or heads, as bits: a row holding two of them is glued (split-glued-row.ts). */
const PART = { identity: 1, funds: 2, goals: 4, indicators: 8, total: 16, extra: 32 } as const;

/** Each row label as a bit of the row's set of labels. */
const LABEL_BIT: Readonly<Record<RowLabel, number>> = { seq: 1, projectName: 2, identity: 4, total: 8, goals: 16, management: 32, funds: 64, indicators: 128, extra: 256 };
/** The part of a form each row label opens (资金管理情况 and 序号 open none a glued row is cut at). */
const PART_OF_LABEL: Readonly<Partial<Record<RowLabel, number>>> = {
  projectName: PART.identity,
  identity: PART.identity,
  total: PART.total,
  goals: PART.goals,
  funds: PART.funds,
  indicators: PART.indicators,
  extra: PART.extra,
};

/**
 * What a row's cells say: its row token, and whether it holds cells of several rows glued together
 * — labels of two parts of a form (`…¦实施单位¦…¦项目资金 (元)`), a funds item after values or header
 * words (`387664.62¦…¦10¦其中:当年财政 拨款`), or a 一级指标 word after the indicator header
 * (split-glued-row.ts). Both read in one pass over the cells, so an ordinary row pays a few comparisons.
 */
export interface RowReading {
  readonly token: TokenType;
  readonly glued: boolean;
}

export function classifyRow(row: Row): TokenType {
  return readRow(row).token;
}

export function readRow(row: Row): RowReading {
  if (isRuleRow(row)) return { token: T.RuleRow, glued: false };
  let labels = 0;
  let firstFilled: Cell | undefined;
  let fundsItem = false;
  let indicatorHeader = 0;
  let fundsHeader = 0;
  let managementHeader = 0;
  let goalHeader = 0;
  let amount = false;
  let rate = false;
  let numbers = 0;
  let filled = 0;
  let parts = 0;
  // Values or funds header words seen so far, and whether a funds item or level word followed them.
  let valuesBefore = false;
  let gluedItem = false;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    firstFilled ??= cell;
    filled++;
    const f = cell.facts;
    if (f.vocabularyWord) {
      if (f.rowLabel !== undefined) {
        labels |= LABEL_BIT[f.rowLabel];
        parts |= PART_OF_LABEL[f.rowLabel] ?? 0;
      }
      const headsIndicators = headsIndicatorColumn(f);
      const headsGoals = (f.goalsHeader === "expected" || f.goalsHeader === "actual") && f.headsColumnOf(HEADER_SECTION.goals);
      if (headsIndicators) indicatorHeader++;
      if (headsGoals) goalHeader++;
      // A word both headers take (`实际完成目标`, `实际完成值`) tells neither part.
      if (headsIndicators !== headsGoals) parts |= headsIndicators ? PART.indicators : PART.goals;
      if ((f.managementHeader === "description" || f.managementHeader === "problems") && f.headsColumnOf(HEADER_SECTION.management)) {
        managementHeader++;
      }
      if (f.fundsHeader !== undefined) fundsHeader++;
      if (f.fundsItem !== undefined) {
        fundsItem = true;
        if (valuesBefore && f.fundsHeader === undefined) gluedItem = true;
      }
      if (f.fundsHeader !== undefined && f.rowLabel !== "funds") valuesBefore = true;
      if (f.level1 !== undefined && indicatorHeader >= 2) gluedItem = true;
    }
    if (f.amount.kind !== "text") {
      valuesBefore = true;
      if (f.amount.kind === "number") {
        amount = true;
        numbers++;
        if (f.amount.unit === PERCENT) rate = true;
      }
    }
  }
  let token = tokenOf(labels, firstFilled, indicatorHeader, goalHeader, managementHeader, fundsHeader, fundsItem, amount, rate && numbers >= FUNDS_TOTAL_NUMBERS);
  if (token === T.ProjectNameRow && isListHeaderWithoutSeq(row, filled)) token = T.ListHeaderRow;
  // `年度主要任务¦任务名称¦主要内容¦预算数¦执行数`: a task table's headings are funds words too; its
  // label says whose they are.
  if ((token === T.FundsHeaderRow || token === T.FundsRow) && EXTRA_TABLE_LABELS.includes((firstFilled as Cell).facts.key)) token = T.ExtraRow;
  // `年度预算数（万元）¦300`: funds written as labelled values open the funds section, as its header does.
  if (token === T.DataRow && fundsHeader >= 1 && opensFundsPairs(row)) token = T.FundsHeaderRow;
  // `自评得分¦¦¦100¦¦¦99`: a score heading as the label of nothing but a weight and a score.
  if (token === T.DataRow && numbers >= 1 && numbers <= 2 && numbers === filled - 1 && isScoreRowWord((firstFilled as Cell).facts.key)) token = T.TotalRow;
  return { token, glued: gluedItem || (parts & (parts - 1)) !== 0 };
}

/** The fewest headings a result list's header row without a 序号 column names. */
const LIST_HEADER_MIN = 3;

/**
 * `部门名称¦项目名称¦项目金额（万元）¦自评得分¦自评等级`: a result list's header with no 序号 column. Every
 * cell is one of the list's headings, and beside the project's name they head a figure or a grade
 * (a form's `项目名称¦校舍维修` names a value, which heads nothing). Asked only of rows holding 项目名称.
 */
function isListHeaderWithoutSeq(row: Row, filled: number): boolean {
  if (filled < LIST_HEADER_MIN) return false;
  let figures = 0;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const field = lookup(RESULT_HEADER_WORDS, cell.facts.key);
    if (field === undefined) return false;
    if (field !== "name" && field !== "department" && field !== "seq") figures++;
  }
  return figures > 0;
}

/** The row token of what a row's cells said (readRow's tallies). */
function tokenOf(
  labels: number,
  firstFilled: Cell | undefined,
  indicatorHeader: number,
  goalHeader: number,
  managementHeader: number,
  fundsHeader: number,
  fundsItem: boolean,
  amount: boolean,
  fundsFigures: boolean,
): TokenType {
  if ((labels & LABEL_BIT.seq) !== 0 && (labels & LABEL_BIT.projectName) !== 0) return T.ListHeaderRow;
  if ((labels & LABEL_BIT.projectName) !== 0) return T.ProjectNameRow;
  if ((labels & LABEL_BIT.identity) !== 0) return T.IdentityRow;
  if (indicatorHeader >= 2) return T.IndicatorHeaderRow;
  if ((labels & LABEL_BIT.goals) !== 0 || goalHeader >= 2) return T.GoalsHeaderRow;
  if (managementHeader >= 1 && ((labels & LABEL_BIT.management) !== 0 || managementHeader >= 2 || fundsHeader >= 1)) return T.ManagementHeaderRow;
  // `项目资金¦预算数¦执行数¦分值…`: funds headings, no amount — a header, though 预算数 alone
  // can also label a funds row.
  if (fundsHeader >= 2 && !amount) return T.FundsHeaderRow;
  if (fundsItem) return T.FundsRow;
  if ((labels & LABEL_BIT.funds) !== 0 || fundsHeader >= 2) return T.FundsHeaderRow;
  // `合计¦1,200,000.00¦1,150,000.00¦95.83%¦10¦9.58`: a funds table's total, not the form's 总分
  // (a 总分 row states a weight and a score, not amounts and an execution rate).
  if ((labels & LABEL_BIT.total) !== 0) return fundsFigures ? T.FundsRow : T.TotalRow;
  if (firstFilled?.facts.rowLabel === "extra") return T.ExtraRow;
  if ((labels & LABEL_BIT.indicators) !== 0) return T.IndicatorLabelRow;
  return T.DataRow;
}

export function classifyText(line: Extract<Line, { kind: "text" }>): TokenType {
  if (line.lexeme === "year") return T.Year;
  if (line.lexeme === "tableCode") return T.TableCode;
  return isFormTitle(line.text) ? T.FormTitle : T.Text;
}

/** The longest label of a `label¦value` row. */
const PAIR_LABEL_MAX = 12;

/**
 * `项目类别¦民生类`, `资金性质¦一般公共预算¦评价方式¦单位自评`: a data row of one to three label / value
 * pairs, each label a short word the vocabulary gives no meaning (nor a number), each value filled.
 * Such a row among a form's identity rows is the form's own (grammars/document-parser.ts).
 */
export function isLabelledRow(row: Row): boolean {
  const filled = row.cells.filter((c) => c.text !== "");
  if (filled.length < 2 || filled.length > 6 || filled.length % 2 !== 0) return false;
  for (let i = 0; i < filled.length; i += 2) {
    const f = (filled[i] as Cell).facts;
    const namesNothing =
      f.rowLabel === undefined && f.fundsHeader === undefined && f.indicatorHeader === undefined && f.goalsHeader === undefined && f.managementHeader === undefined && !f.isLevelWord;
    if (!namesNothing || !f.wordy || f.amount.kind !== "text" || f.text.length > PAIR_LABEL_MAX) return false;
  }
  return true;
}
