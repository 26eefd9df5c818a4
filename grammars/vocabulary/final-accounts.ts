/**
 * 部门决算 tables (公开01表 … 公开09表): the lines under the table code (`部门：…`, `单位：万元`) and the
 * header words that tell a label column (科目编码, 项目, 行次) from a value column.
 */
import { valueAfterLabel } from "./label-key.js";
import { AMOUNT_UNITS, type AmountUnitName } from "./units.js";
import type { WordTable } from "./wording.js";

export const ACCOUNT_META_LABEL = {
  entity: "部门",
  unit: "单位",
} as const;

/** Every wording of the labelled lines under a table code, nearest first: `编制单位:…`, `金额单位:万元`. */
export const ACCOUNT_META_WORDS = {
  entity: [ACCOUNT_META_LABEL.entity, "编制单位", "单位名称", "填报单位", "部门名称"],
  unit: [ACCOUNT_META_LABEL.unit, "金额单位"],
} as const;

/** The amount unit a labelled line states (`单位：万元`, `金额单位:元`), if it is one. */
export function statedUnit(text: string): AmountUnitName | undefined {
  for (const label of ACCOUNT_META_WORDS.unit) {
    const value = valueAfterLabel(text, label);
    if (value !== undefined && value in AMOUNT_UNITS) return value as AmountUnitName;
  }
  return undefined;
}

/** The word every table code opens with. */
export const TABLE_CODE_WORD = "公开";
/** A table code: `公开01表`, `公开１４表` (the line lexer's TableCodeLine, for a code written in a table row). */
export const TABLE_CODE = new RegExp(`^${TABLE_CODE_WORD}[0-9０-９]{1,2}表$`);

/** `栏次¦1¦2¦…`: the column-number row under a header. */
export const COLUMN_NUMBER_LABEL = "栏次";

/** The halves of a side-by-side table (公开01表, 公开04表). */
export const SIDE_LABEL = { income: "收入", expense: "支出" } as const;

export type AccountColumnRole = "code" | "name" | "lineNo";

/** Header leaves that name a label column; every other header leaf names a value column. */
export const ACCOUNT_COLUMN_WORDS: WordTable<AccountColumnRole> = [
  [{ contains: "编码" }, "code"],
  [{ contains: "代码" }, "code"],
  ["行次", "lineNo"],
  ["行号", "lineNo"],
  ["项目", "name"],
  [{ contains: "科目名称" }, "name"],
  ["项目名称", "name"],
];

/**
 * Words a value heading of a 部门决算 table holds (`本年收入合计`, `财政拨款收入`, `基本支出`,
 * `年末结转和结余`): what tells its header from another table's where spaces stand for TABs.
 */
export const ACCOUNT_VALUE_HEAD_WORDS: readonly string[] = ["收入", "支出", "合计", "结余", "结转", "决算", "预算", "小计"];

/** The parts of a 科目编码 written in columns of their own under it (`205¦02¦01`). */
export const ACCOUNT_CODE_PARTS: readonly string[] = ["类", "款", "项"];

/** The labels render writes for the label columns. */
export const ACCOUNT_COLUMN_LABEL = { code: "科目编码", name: "项目", lineNo: "行次" } as const;

/** `人员经费合计`: a group's total row, which names the group (公开06表's halves). */
export const GROUP_TOTAL = { word: "经费", suffix: "合计" } as const;

/** The word of a notice's title that names its 部门决算, where the year stands (`…2019年部门决算`). */
export const ACCOUNT_NOTICE_WORD = "决算";

/** A table's own title ends so (`收入决算表`, `财政拨款支出决算表`): a line after the code written so names the table. */
export const ACCOUNT_TITLE_ENDING = "表";

/** What the notices call these tables, for messages. */
export const ACCOUNT_TABLE_NAME = "部门决算";

/** The 科目名称 column of a table keyed by budget subject (公开05表 …). */
export const ACCOUNT_SUBJECT_NAME = "科目名称";
