/**
 * Assigns each line its row token (grammars/row-tokens.ts) by the labels its cells carry.
 * A row is recognised by what its cells say, wherever they stand: `项目名称` in the first or
 * third cell, `年初预算数` with or without `(万元)`, a header split by a wrapped space.
 */
import type { TokenType } from "chevrotain";
import { FORM_TITLE, labelKey } from "../../grammars/labels.js";
import * as T from "../../grammars/row-tokens.js";
import { amountOf, factsOf } from "./cell-facts.js";
import {
  FUNDS_HEADER_WORD,
  FUNDS_ITEM,
  GOAL_HEADER_WORD,
  GOALS,
  IDENTITY,
  INDICATOR_HEADER_WORD,
  INDICATORS,
  MANAGEMENT,
  MANAGEMENT_HEADER_WORD,
  PROJECT_FUNDS,
  PROJECT_NAME,
  SEQ,
  TOTAL,
} from "./cell-vocabulary.js";
import type { Line, Row } from "./model.js";

/** A cell's label key if it starts with `label` (cells like `实施单位 济源…` carry their value). */
export function startsWithLabel(text: string, label: string): boolean {
  return labelKey(text).startsWith(label);
}

function isRuleRow(row: Row): boolean {
  for (const c of row.cells) {
    const t = c.text;
    if (t === "") continue;
    if (t.length < 3 || t.charCodeAt(0) !== 45 || !/^-+$/.test(t)) return false;
  }
  return true;
}

export function classifyRow(row: Row): TokenType {
  if (isRuleRow(row)) return T.RuleRow;
  let any = 0;
  let indicatorHeader = 0;
  let fundsHeader = 0;
  let managementHeader = 0;
  let goalHeader = 0;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const traits = factsOf(cell).traits;
    if (traits === 0) continue;
    any |= traits;
    if (traits & INDICATOR_HEADER_WORD) indicatorHeader++;
    if (traits & MANAGEMENT_HEADER_WORD) managementHeader++;
    if (traits & GOAL_HEADER_WORD) goalHeader++;
    if (traits & FUNDS_HEADER_WORD) fundsHeader++;
  }
  const hasSeq = (any & SEQ) !== 0;
  const hasProjectName = (any & PROJECT_NAME) !== 0;
  const hasIdentity = (any & IDENTITY) !== 0;
  const hasTotal = (any & TOTAL) !== 0;
  const hasGoals = (any & GOALS) !== 0;
  const hasManagement = (any & MANAGEMENT) !== 0;
  const hasProjectFunds = (any & PROJECT_FUNDS) !== 0;
  const hasIndicatorLabel = (any & INDICATORS) !== 0;
  const hasFundsItem = (any & FUNDS_ITEM) !== 0;
  if (hasSeq && hasProjectName) return T.ListHeaderRow;
  if (hasProjectName) return T.ProjectNameRow;
  if (hasIdentity) return T.IdentityRow;
  if (indicatorHeader >= 2) return T.IndicatorHeaderRow;
  if (hasGoals || goalHeader >= 2) return T.GoalsHeaderRow;
  if (managementHeader >= 1 && (hasManagement || managementHeader >= 2 || fundsHeader >= 1)) {
    return T.ManagementHeaderRow;
  }
  // `项目资金¦预算数¦执行数¦分值…`: funds headings, no amount — a header, though 预算数 alone
  // can also label a funds row.
  if (fundsHeader >= 2 && !row.cells.some((c) => c.text !== "" && amountOf(c).kind === "number")) {
    return T.FundsHeaderRow;
  }
  if (hasFundsItem) return T.FundsRow;
  if (hasProjectFunds || fundsHeader >= 2) return T.FundsHeaderRow;
  if (hasTotal) return T.TotalRow;
  if (hasIndicatorLabel) return T.IndicatorLabelRow;
  return T.DataRow;
}

export function classifyText(line: Extract<Line, { kind: "text" }>): TokenType {
  if (line.lexeme === "year") return T.Year;
  if (line.lexeme === "tableCode") return T.TableCode;
  const key = labelKey(line.text);
  if (key.endsWith(FORM_TITLE.generic) && key.length <= 80) return T.FormTitle;
  return T.Text;
}
