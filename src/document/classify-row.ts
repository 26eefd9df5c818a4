/**
 * Assigns each line its row token (grammars/row-tokens.ts) by the labels its cells carry.
 * A row is recognised by what its cells say, wherever they stand: `项目名称` in the first or
 * third cell, `年初预算数` with or without `(万元)`, a header split by a wrapped space.
 */
import type { TokenType } from "chevrotain";
import { FORM_TITLE, FUNDS_HEADER, FUNDS_ITEMS, LABEL, labelKey } from "../../grammars/labels.js";
import * as T from "../../grammars/row-tokens.js";
import type { Line, Row } from "./model.js";

/** A cell's label key if it starts with `label` (cells like `实施单位 济源…` carry their value). */
export function startsWithLabel(text: string, label: string): boolean {
  return labelKey(text).startsWith(label);
}

export function fundsItemOf(text: string): (typeof FUNDS_ITEMS)[number][1] | undefined {
  const key = labelKey(text).replace(/^其中:?/, "");
  for (const [label, item] of FUNDS_ITEMS) {
    if (key === label || (key.startsWith(label) && key.length <= label.length + 2)) return item;
  }
  return undefined;
}

export function fundsHeaderFieldOf(text: string): (typeof FUNDS_HEADER)[number][1] | undefined {
  const key = labelKey(text).replace(/%$/, "");
  for (const [label, field] of FUNDS_HEADER) if (key === label) return field;
  return undefined;
}

const INDICATOR_HEADER = new Set<string>([LABEL.level1, LABEL.level2, LABEL.level3, LABEL.target, LABEL.actual]);
const MANAGEMENT_HEADER = new Set<string>([LABEL.description, LABEL.problems]);
const GOAL_HEADER = new Set<string>([LABEL.expected, LABEL.actualDone]);

function isRuleRow(row: Row): boolean {
  return row.cells.every((c) => c.text === "" || /^-{3,}$/.test(c.text));
}

export function classifyRow(row: Row): TokenType {
  if (isRuleRow(row)) return T.RuleRow;
  let indicatorHeader = 0;
  let fundsHeader = 0;
  let managementHeader = 0;
  let goalHeader = 0;
  let hasSeq = false;
  let hasProjectName = false;
  let hasIdentity = false;
  let hasFundsItem = false;
  let hasTotal = false;
  let hasGoals = false;
  let hasManagement = false;
  let hasProjectFunds = false;
  let hasIndicatorLabel = false;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const key = labelKey(cell.text);
    if (key === LABEL.seq) hasSeq = true;
    else if (key === LABEL.projectName || key.endsWith(LABEL.projectName)) hasProjectName = true;
    else if (key.startsWith(LABEL.department) || key.startsWith(LABEL.implementer)) hasIdentity = true;
    else if (key === LABEL.total) hasTotal = true;
    else if (key === LABEL.goals) hasGoals = true;
    else if (key === LABEL.management) hasManagement = true;
    else if (key.startsWith(LABEL.projectFunds)) hasProjectFunds = true;
    else if (key === LABEL.indicators) hasIndicatorLabel = true;
    if (INDICATOR_HEADER.has(key)) indicatorHeader++;
    if (MANAGEMENT_HEADER.has(key)) managementHeader++;
    if (GOAL_HEADER.has(key)) goalHeader++;
    if (fundsHeaderFieldOf(cell.text) !== undefined) fundsHeader++;
    if (fundsItemOf(cell.text) !== undefined) hasFundsItem = true;
  }
  if (hasSeq && hasProjectName) return T.ListHeaderRow;
  if (hasProjectName) return T.ProjectNameRow;
  if (hasIdentity) return T.IdentityRow;
  if (indicatorHeader >= 2) return T.IndicatorHeaderRow;
  if (hasGoals || goalHeader >= 2) return T.GoalsHeaderRow;
  if (managementHeader >= 1 && (hasManagement || managementHeader >= 2 || fundsHeader >= 1)) {
    return T.ManagementHeaderRow;
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
