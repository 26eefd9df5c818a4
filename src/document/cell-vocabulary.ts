/**
 * What one cell's text says in the forms' label vocabulary: the funds item or funds column it
 * names, and the trait bits row classification counts (classify-row.ts). Pure functions of the
 * text; cells read them once each through cell-facts.ts, other callers through the memos here.
 */
import { FUNDS_HEADER, FUNDS_ITEMS, LABEL, labelKey } from "../../grammars/labels.js";
import { boundedMemo } from "../bounded-memo.js";

export type FundsItem = (typeof FUNDS_ITEMS)[number][1];
export type FundsHeaderField = (typeof FUNDS_HEADER)[number][1];

/** The funds item a label cell names: `其中：财政拨款` → fiscal. */
export function readFundsItem(text: string): FundsItem | undefined {
  let key = labelKey(text);
  if (key.startsWith("其中")) key = key.slice(key[2] === ":" ? 3 : 2);
  return FUNDS_ITEMS.find(([label]) => key === label || (key.startsWith(label) && key.length <= label.length + 2))?.[1];
}

/** The funds column a header cell names. */
export function readFundsHeaderField(text: string): FundsHeaderField | undefined {
  // `全年预算数（A）`, `执行率（B/A）`, `执行率 %`: the national template's column letters and units.
  const key = labelKey(text).replace(/\([A-Za-z/×*%0-9]{1,8}\)/g, "").replace(/%$/, "");
  return FUNDS_HEADER.find(([label]) => key === label)?.[1];
}

export const fundsItemOf = boundedMemo(readFundsItem);
export const fundsHeaderFieldOf = boundedMemo(readFundsHeaderField);

const INDICATOR_HEADER = new Set<string>([LABEL.level1, LABEL.level2, LABEL.level3, LABEL.target, LABEL.actual]);
const MANAGEMENT_HEADER = new Set<string>([LABEL.description, LABEL.problems]);
const GOAL_HEADER = new Set<string>([LABEL.expected, LABEL.actualDone]);

// What one cell says, as bits: computed once per distinct text (labels repeat on every form).
export const SEQ = 1;
export const PROJECT_NAME = 2;
export const IDENTITY = 4;
export const TOTAL = 8;
export const GOALS = 16;
export const MANAGEMENT = 32;
export const PROJECT_FUNDS = 64;
export const INDICATORS = 128;
export const INDICATOR_HEADER_WORD = 256;
export const MANAGEMENT_HEADER_WORD = 512;
export const GOAL_HEADER_WORD = 1024;
export const FUNDS_HEADER_WORD = 2048;
export const FUNDS_ITEM = 4096;

/** The trait bits of a text (read once per cell through cell-facts.ts). */
export function readTraits(text: string): number {
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
}

