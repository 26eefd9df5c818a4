/**
 * Assigns each line its row token (grammars/row-tokens.ts) by the labels its cells carry.
 * A row is recognised by what its cells say, wherever they stand: `项目名称` in the first or
 * third cell, `年初预算数` with or without `(万元)`, a header split by a wrapped space.
 */
import type { TokenType } from "chevrotain";
import { FORM_TITLE, FUNDS_HEADER, FUNDS_ITEMS, LABEL, labelKey } from "../../grammars/labels.js";
import * as T from "../../grammars/row-tokens.js";
import { boundedMemo } from "../bounded-memo.js";
import { amountOf } from "./cell-facts.js";
import type { Line, Row } from "./model.js";

/** A cell's label key if it starts with `label` (cells like `实施单位 济源…` carry their value). */
export function startsWithLabel(text: string, label: string): boolean {
  return labelKey(text).startsWith(label);
}

/** The funds item a label cell names: `其中：财政拨款` → fiscal. */
export const fundsItemOf = boundedMemo((text): (typeof FUNDS_ITEMS)[number][1] | undefined => {
  let key = labelKey(text);
  if (key.startsWith("其中")) key = key.slice(key[2] === ":" ? 3 : 2);
  return FUNDS_ITEMS.find(([label]) => key === label || (key.startsWith(label) && key.length <= label.length + 2))?.[1];
});

/** The funds column a header cell names. */
export const fundsHeaderFieldOf = boundedMemo((text): (typeof FUNDS_HEADER)[number][1] | undefined => {
  // `全年预算数（A）`, `执行率（B/A）`, `执行率 %`: the national template's column letters and units.
  const key = labelKey(text).replace(/\([A-Za-z/×*%0-9]{1,8}\)/g, "").replace(/%$/, "");
  return FUNDS_HEADER.find(([label]) => key === label)?.[1];
});

const INDICATOR_HEADER = new Set<string>([LABEL.level1, LABEL.level2, LABEL.level3, LABEL.target, LABEL.actual]);
const MANAGEMENT_HEADER = new Set<string>([LABEL.description, LABEL.problems]);
const GOAL_HEADER = new Set<string>([LABEL.expected, LABEL.actualDone]);

function isRuleRow(row: Row): boolean {
  for (const c of row.cells) {
    const t = c.text;
    if (t === "") continue;
    if (t.length < 3 || t.charCodeAt(0) !== 45 || !/^-+$/.test(t)) return false;
  }
  return true;
}

// What one cell says, as bits: computed once per distinct text (labels repeat on every form).
const SEQ = 1;
const PROJECT_NAME = 2;
const IDENTITY = 4;
const TOTAL = 8;
const GOALS = 16;
const MANAGEMENT = 32;
const PROJECT_FUNDS = 64;
const INDICATORS = 128;
const INDICATOR_HEADER_WORD = 256;
const MANAGEMENT_HEADER_WORD = 512;
const GOAL_HEADER_WORD = 1024;
const FUNDS_HEADER_WORD = 2048;
const FUNDS_ITEM = 4096;

const traitsOf = boundedMemo((text): number => {
  const key = labelKey(text);
  let traits = 0;
  if (key === LABEL.seq) traits |= SEQ;
  else if (key === LABEL.projectName || key.endsWith(LABEL.projectName)) traits |= PROJECT_NAME;
  else if (key.startsWith(LABEL.department) || key.startsWith(LABEL.implementer)) traits |= IDENTITY;
  else if (key === LABEL.total) traits |= TOTAL;
  else if (key === LABEL.goals) traits |= GOALS;
  else if (key === LABEL.management) traits |= MANAGEMENT;
  else if (key.startsWith(LABEL.projectFunds)) traits |= PROJECT_FUNDS;
  else if (key === LABEL.indicators) traits |= INDICATORS;
  if (INDICATOR_HEADER.has(key)) traits |= INDICATOR_HEADER_WORD;
  if (MANAGEMENT_HEADER.has(key)) traits |= MANAGEMENT_HEADER_WORD;
  if (GOAL_HEADER.has(key)) traits |= GOAL_HEADER_WORD;
  if (fundsHeaderFieldOf(text) !== undefined) traits |= FUNDS_HEADER_WORD;
  if (fundsItemOf(text) !== undefined) traits |= FUNDS_ITEM;
  return traits;
});

export function classifyRow(row: Row): TokenType {
  if (isRuleRow(row)) return T.RuleRow;
  let any = 0;
  let indicatorHeader = 0;
  let fundsHeader = 0;
  let managementHeader = 0;
  let goalHeader = 0;
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const traits = traitsOf(cell.text);
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
