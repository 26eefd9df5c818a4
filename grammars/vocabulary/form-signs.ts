/**
 * Words that show a text holds a form pe-parse means to read, wherever they stand (a title, a
 * label cell, prose). A file that holds one but gives no record of a known kind is reported
 * `no-form-recognised`, naming what it saw, so an unread notice is never an empty, silent result.
 * Matched as parts of a line's text; adding a sign is one line here.
 */
import { ACCOUNT_TABLE_NAME } from "./final-accounts.js";
import { FUNDS_ITEM_LABEL } from "./funds.js";
import { IDENTITY_LABEL } from "./identity.js";
import { INDICATOR_HEADER_LABEL, INDICATORS_SECTION_LABEL } from "./indicators.js";
import { FORM_TITLE } from "./titles.js";

export const FORM_SIGN_WORDS: readonly string[] = [
  FORM_TITLE.generic,
  IDENTITY_LABEL.name,
  FUNDS_ITEM_LABEL.total,
  INDICATOR_HEADER_LABEL.level1,
  INDICATOR_HEADER_LABEL.level2,
  INDICATORS_SECTION_LABEL,
  "绩效评价",
  "绩效目标",
  "自评结果",
  ACCOUNT_TABLE_NAME,
];

/** A 部门决算 table code anywhere in a line (`公开01表`), as a regular-expression source. */
export const TABLE_CODE_SIGN = "公开[0-9０-９]{1,2}表";
