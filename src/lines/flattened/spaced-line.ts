/**
 * A line whose cells are separated by spaces (`年度资金总额 80.00 80.00 76.00 10 95.00% 9.50`) → its
 * row: the space-separated runs are the cells. A row starts with a label; in an indicator table a
 * row whose level cells spanned the rows above starts with its name (`资金支出率 达到目标值 95% 10`) and
 * is a row when it ends in a 分值 / 得分. A cell that is two level words (`产出数量指标`) is cut in two.
 */
import { ACCOUNT_COLUMN_WORDS, EXTRA_TABLE_LABELS, FLATTENED_ANCHORS, FUNDS_BREAKDOWN, PERCENT, RESULT_HEADER_WORDS, SIDE_LABEL, lookup, type IndicatorField } from "../../../grammars/vocabulary/index.js";
import { intoHalves, piece, type Piece } from "../layout-lines.js";
import { isFundsCorner } from "../line-shapes.js";
import { rowNumber } from "../parse-amount.js";
import type { Cells, Context } from "./context.js";
import { readCodedAccountLine } from "./coded-account.js";
import { readManagementRow } from "./management-row.js";
import { cutAtAnchors } from "./cut-at-anchors.js";
import { joinCellTokens } from "./join-cell-tokens.js";
import { explanationTail, leadingLevelCells, totalRow } from "./indicator-row.js";

/** Spaces between cells: ASCII and ideographic. */
export const SPACES = /[ \u3000]+/;
/** A line that separates its cells by runs of two or more spaces keeps a single space inside a cell (`10148 人`). */
const WIDE_SPACES = /[ \u3000]{2,}/;

/** The longest spaced line read as an indicator row that starts with no label (longer: prose). */
const UNLABELLED_MAX_LENGTH = 100;
/** Sentence punctuation: a line holding it is prose, not a row. */
const SENTENCE_MARKS = /[。；;，,！？]/;
/** A thousands separator inside a number (`1,234.56`), which is no sentence mark. */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/** Whether a line holds sentence punctuation outside its numbers: prose, not a row. */
export function isProse(raw: string): boolean {
  return SENTENCE_MARKS.test(raw.replace(THOUSANDS, "$1"));
}

/** `年度资金总额 80.00 80.00 …`: a row of space-separated cells when its first cell is a label. */
export function readSpacedLine(raw: string, line: number, ctx: Context): Cells[] | undefined {
  const trimmed = raw.trim();
  const tokens = joinCellTokens(trimmed.split(WIDE_SPACES.test(trimmed) ? WIDE_SPACES : SPACES));
  if (tokens.length < 2) return undefined;
  const cells = tokens.flatMap((t) => levelCells(t)).map((t) => piece(t, line));
  const f = (cells[0] as Piece).facts;
  // `资金来源 年初预算数 …`, `项目 年初预算数 全年预算数 全年执行数 …`: the funds header's first cell,
  // though it is no row label.
  const fundsCorner = isFundsCorner(f, cells.slice(1).map((c) => c.facts));
  const isLabel =
    f.rowLabel !== undefined || f.fundsItem !== undefined || f.isLevelWord || f.indicatorHeader !== undefined || f.fundsHeader !== undefined || fundsCorner;
  const afterGoalsHeader = ctx.goalsHeaderAlone;
  ctx.goalsHeaderAlone = false;
  // A department's breakdown (`按收入性质分 按支出性质分`, `其中：一般公共预算 700 800 760 其中：基本支出 300`)
  // names its parts freely: in the funds section, a line of amounts is a row.
  // A 年度主要任务 table's rows are its tasks, each written with no label (`公共卫生服务 开展… 500`).
  const open = ctx.openTable;
  // `安排科学性 按照…。 5 4 开展…` under the 资金管理情况 header: a row, though its text is a sentence.
  if (open === "management" && !isLabel) {
    const row = readManagementRow(tokens, line);
    if (row) return [row];
  }
  if (f.fundsHeader !== undefined || f.fundsItem !== undefined || f.rowLabel === "funds" || fundsCorner) ctx.openTable = "funds";
  else if (EXTRA_TABLE_LABELS.includes(f.key)) ctx.openTable = "tasks";
  else if (f.rowLabel === "management") ctx.openTable = "management";
  else if (isLabel) ctx.openTable = undefined;
  const breakdown = f.key === FUNDS_BREAKDOWN.byIncome || f.key === FUNDS_BREAKDOWN.byExpenditure;
  if (!isLabel && !isProse(raw)) {
    if (open === "funds" && (breakdown || cells.some((c) => c.facts.amount.kind === "number"))) return [cells];
    if (open === "tasks") return [[undefined, ...cells]];
  }
  // `收入 支出`, `项目 行次 金额 项目 行次 金额`, then `一、财政拨款收入 1 1,234.56 一、一般公共服务支出 31`:
  // a 部门决算 table's sides, header and items, a row that lost an empty amount placed half by half.
  if (cells.every((c) => c.facts.key === SIDE_LABEL.income || c.facts.key === SIDE_LABEL.expense)) return [cells];
  const coded = readCodedAccountLine(cells, ctx, open);
  if (coded) return coded;
  const roles = cells.map((c) => lookup(ACCOUNT_COLUMN_WORDS, c.facts.key));
  const halves = roles.filter((r) => r === "name").length;
  if (roles[0] === "name" && roles.every((r, k) => r !== undefined || k > 0) && (halves >= 2 || roles.includes("lineNo"))) {
    ctx.openTable = "account";
    // Each 项目 opens a half; the 行次 stands at the same place in each.
    const starts = roles.flatMap((r, k) => (r === "name" ? [k] : []));
    const lineNoAt = roles.indexOf("lineNo");
    ctx.account = lineNoAt > 0 ? { width: cells.length, halves, starts, lineNoAt } : { width: cells.length, halves, starts };
    return [cells];
  }
  // A line with no figure (`年度总体目标 预期目标 实际完成情况`, `第三部分 …情况说明`) ends the table.
  if (open === "account" && ctx.account !== undefined && !isProse(raw) && cells.some((c) => c.facts.amount.kind === "number")) {
    const { width, starts, lineNoAt } = ctx.account;
    ctx.openTable = "account";
    return [cells.length < width && starts !== undefined ? intoHalves(cells, starts, width, lineNoAt) : cells];
  }
  // `序号 项目名称 主管部门 …` then `1 乡村振兴衔接资金 …` and `合计 900`: a result list's rows.
  const nameAt = cells.findIndex((c) => lookup(RESULT_HEADER_WORDS, c.facts.key) === "name");
  if (f.rowLabel === "seq" && nameAt > 0) {
    ctx.openTable = "list";
    ctx.list = { width: cells.length, nameAt };
    return [cells];
  }
  if (open === "list" && !isProse(raw) && (rowNumber(tokens[0] as string) !== undefined || f.rowLabel === "total")) {
    ctx.openTable = "list";
    return [withSpacedName(cells, ctx.list, line)];
  }
  // `养护农村公路120公里 完成养护125公里` under a goals header read alone: its two texts, when the
  // spaces cut the line in two (a text with spaces of its own cannot be told from two).
  if (!isLabel && afterGoalsHeader && tokens.length === 2) return [[undefined, ...cells]];
  if (!isLabel) return unlabelledRow(raw, cells, ctx);
  // `年度总体目标 预期目标 … 实际完成情况 …`: the goals header and its values, as a TAB dump has them.
  if (f.rowLabel === "goals") {
    const actualAt = cells.findIndex((c, i) => i > 1 && c.facts.goalsHeader === "actual");
    if (cells[1]?.facts.goalsHeader === "expected" && actualAt > 2) {
      const expected = piece(tokens.slice(2, actualAt).join(" "), line);
      const actual = piece(tokens.slice(actualAt + 1).join(" "), line);
      return [[cells[0], cells[1], cells[actualAt]], [undefined, expected, actual]];
    }
    // The 预期目标 column may be headed by a second section word (`绩效目标 年度目标 实际完成情况`).
    const headsExpected = cells[1]?.facts.goalsHeader === "expected" || cells[1]?.facts.goalsHeader === null;
    if (cells.length === 3 && headsExpected && cells[2]?.facts.goalsHeader === "actual") {
      ctx.goalsHeaderAlone = true;
      return [cells];
    }
  }
  const fields = cells.map((c) => c.facts.indicatorHeader);
  if (fields.filter((x) => x === "level1" || x === "level2" || x === "name" || x === "target").length >= 2) {
    ctx.indicatorFields = fields;
    ctx.afterTotal = false;
    return [cells];
  }
  if (f.rowLabel === "total") {
    const numbers = cells.slice(1);
    const row = ctx.indicatorFields.length > 0 && numbers.length <= 2 && numbers.every(isPlainNumber) ? totalRow(cells[0] as Piece, numbers[0], numbers[1], ctx) : cells;
    ctx.afterTotal = true;
    return [row];
  }
  if (f.isLevelWord && ctx.indicatorFields.length > 0 && !ctx.afterTotal) return [placeIndicatorCells(cells, ctx.indicatorFields) ?? cells];
  return [cells];
}

/** A level word, or a cell ending like one: in 指标, a closing bracket or a short bracketed note after it. */
function isLevelCell(p: Piece): boolean {
  if (p.facts.isLevelWord) return true;
  const { levels, rest } = leadingLevelCells(`${p.facts.text}${NAME_STUB}`, 1);
  return levels.length === 1 && rest === NAME_STUB;
}

const isPlainNumber = (p: Piece): boolean => p.facts.amount.kind === "number" && p.facts.amount.unit === undefined;
const isExplanation = (p: Piece): boolean => {
  const e = explanationTail(`${NAME_STUB}${p.facts.text}`);
  return e !== undefined && e.name === NAME_STUB && e.target === "";
};
/** A stand-in text beside a cell, to ask explanationTail and leadingLevelCells about the whole cell. */
const NAME_STUB = "xx";

/**
 * An indicator row's space-separated cells under the header's columns, as a TAB row has them: level
 * words to the level columns, the trailing 分值 / 得分 numbers (a remark after them) to theirs, and
 * between them the name, a 指标说明 (`达到目标值`, `建立与否`) and the values in the header's order.
 * Undefined where the cells do not fit the header.
 */
export function placeIndicatorCells(cells: readonly Piece[], fields: ReadonlyArray<IndicatorField | null | undefined>): Cells | undefined {
  const row: Cells = new Array<Piece | undefined>(fields.length).fill(undefined);
  const col = (f: IndicatorField): number => fields.indexOf(f);
  // The leading level cells: level words, or cells ending like one (`项目年度绩效目标(定量指标)`, `制度指标`).
  const levelCols = (["level1", "level2"] as const).filter((f) => col(f) >= 0);
  let k = 0;
  while (k < levelCols.length && k < cells.length - 1 && isLevelCell(cells[k] as Piece)) k++;
  const levels = cells.slice(0, k);
  if (levels.length === 1) {
    const only = levels[0] as Piece;
    const target = only.facts.level1 !== undefined && only.facts.level2 === undefined ? "level1" : "level2";
    row[col(target) >= 0 ? col(target) : col(levelCols[0] as IndicatorField)] = only;
  } else levels.forEach((c, i) => (row[col(levelCols[i] as IndicatorField)] = c));
  let rest = cells.slice(k);
  const numericCols = fields.flatMap((f, i) => (f === "weight" || f === "score" ? [i] : []));
  const trailing = trailingCells(rest, fields);
  if (trailing.remark) row[col("remark")] = trailing.remark;
  if (trailing.deviation) row[col("deviation")] = trailing.deviation;
  rest = trailing.body;
  let numbers = 0;
  while (numbers < numericCols.length && numbers < rest.length - 1 && isPlainNumber(rest[rest.length - 1 - numbers] as Piece)) numbers++;
  rest.slice(rest.length - numbers).forEach((c, i) => (row[numericCols[i] as number] = c));
  rest = rest.slice(0, rest.length - numbers);
  const [name, ...others] = rest;
  if (name === undefined || col("name") < 0) return undefined;
  row[col("name")] = name;
  const valueCols = fields.flatMap((f, i) => (f === "target" || f === "actual" ? [i] : []));
  for (const c of others) {
    const explanation = col("explanation");
    if (explanation >= 0 && row[explanation] === undefined && isExplanation(c)) row[explanation] = c;
    else {
      const free = valueCols.find((i) => row[i] === undefined);
      if (free === undefined) return undefined;
      row[free] = c;
    }
  }
  return row;
}

/**
 * `产出数量指标` → `产出`, `数量指标`: a cell that is level words only, written together, as its
 * level cells; any other cell as it is.
 */
function levelCells(token: string): string[] {
  if (!FLATTENED_ANCHORS.some((w) => token.length > w.length && token.endsWith(w))) return [token];
  const parts = cutAtAnchors(token).map((s) => s.text);
  return parts.length > 1 && parts.every((p) => piece(p, 0).facts.isLevelWord) ? parts : [token];
}

/** A row of an indicator table that starts with its name: read when it ends in a 分值 (or 得分), or, in a table without them, has a value. */
function unlabelledRow(raw: string, cells: Piece[], ctx: Context): Cells[] | undefined {
  if (ctx.indicatorFields.length === 0 || ctx.afterTotal || raw.length > UNLABELLED_MAX_LENGTH) return undefined;
  // A remark may be a sentence (`新系统上线，可以线上办理业务。`); what comes before it may not.
  const { body } = trailingCells(cells, ctx.indicatorFields);
  if (isProse(body.map((c) => c.raw).join(" "))) return undefined;
  const numeric = ctx.indicatorFields.some((f) => f === "weight" || f === "score");
  const isWeight = (p: Piece | undefined): boolean => p !== undefined && isPlainNumber(p) && (p.facts.amount as { value: number }).value <= 100;
  // The 分值 (or 得分) ends the row, before a 偏差度 and a remark where the header has those columns.
  if (!(numeric ? isWeight(body[body.length - 1]) : cells.length >= 3)) return undefined;
  return [placeIndicatorCells(cells, ctx.indicatorFields) ?? cells];
}

const isPercent = (p: Piece | undefined): boolean => p !== undefined && p.facts.amount.kind === "number" && p.facts.amount.unit === PERCENT;

/**
 * A row's trailing remark (any text after its figures) and 偏差度 (a percent after its 得分), where the
 * header has those columns: `培训次数 ≥1次 12次 3 1.8 1070.00% 指标值设置偏低`. `body`: the cells before them.
 */
function trailingCells(cells: readonly Piece[], fields: ReadonlyArray<IndicatorField | null | undefined>): { body: Piece[]; remark?: Piece; deviation?: Piece } {
  const body = [...cells];
  let remark: Piece | undefined;
  let deviation: Piece | undefined;
  const at = (k: number): Piece | undefined => body[body.length - k];
  const isFigure = (p: Piece | undefined): boolean => p !== undefined && p.facts.amount.kind === "number";
  if (fields.includes("remark") && body.length > 2 && !isFigure(at(1)) && (isPlainNumber(at(2) as Piece) || (fields.includes("deviation") && isPercent(at(2)) && isPlainNumber(at(3) as Piece)))) {
    remark = body.pop();
  }
  if (fields.includes("deviation") && body.length > 2 && isPercent(at(1)) && isPlainNumber(at(2) as Piece)) deviation = body.pop();
  return { body, ...(remark && { remark }), ...(deviation && { deviation }) };
}

/**
 * A list row with more cells than its header has columns: the project's name held spaces of its
 * own (`18 [323005]…中心 追加 2022 年未支付项目 (人才中心印刷费) 0.87 100 优`), its parts joined back
 * in the 项目名称 column; the cells after it are the header's own.
 */
function withSpacedName(cells: Cells, list: Context["list"], line: number): Cells {
  if (list === undefined || cells.length <= list.width) return cells;
  const end = list.nameAt + cells.length - list.width + 1;
  const name = piece(
    cells
      .slice(list.nameAt, end)
      .map((c) => c?.raw ?? "")
      .join(" "),
    line,
  );
  return [...cells.slice(0, list.nameAt), name, ...cells.slice(end)];
}
