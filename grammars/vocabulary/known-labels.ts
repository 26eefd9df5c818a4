/**
 * Whether the vocabulary knows a text as a label or header wording: what lets a recogniser take a
 * header cell as read (the ledger's `label`, diagnostics/cell-ledger.ts) without keeping its text.
 * A text is known when its key is a wording of a table, or a label the sections name; or when it
 * matches a partial wording (`实际完成值` by the prefix 实际完成) and what the wording leaves over
 * is words too, or a bracketed qualifier (`执行数（至2025年底）`, `预算数（调整后）`). Latin letters or
 * digits standing bare beside a label (`全年预算数ZQ7X42`, `2023预算数`) are data a reader would
 * want, so such a cell is not taken as a label but kept in unmapped.
 */
import { EXTRA_TABLE_HEADINGS } from "./extra.js";
import { ACCOUNT_CODE_PARTS, ACCOUNT_COLUMN_LABEL, ACCOUNT_COLUMN_WORDS, ACCOUNT_SUBJECT_NAME, COLUMN_NUMBER_LABEL, SIDE_LABEL } from "./final-accounts.js";
import { FUNDS_CORNER_WORDS, FUNDS_HEADER_LABEL, FUNDS_HEADER_WORDS, FUNDS_ITEM_LABEL, FUNDS_ITEM_WORDS, FUNDS_REMARK_HEADINGS, FUNDS_SECTION_LABEL, itemKey } from "./funds.js";
import { GOALS_HEADER_LABEL, GOALS_HEADER_WORDS, GOALS_SECTION_LABEL } from "./goals.js";
import { IDENTITY_LABEL } from "./identity.js";
import { INDICATOR_HEADER_LABEL, INDICATOR_HEADER_WORDS, INDICATORS_SECTION_LABEL, LEVEL1, LEVEL1_VARIANTS, LEVEL2, LEVEL2_VARIANTS, TOTAL_LABEL } from "./indicators.js";
import { headerKey, labelKey } from "./label-key.js";
import { RESULT_HEADER_LABEL, RESULT_HEADER_WORDS, SEQ_LABEL, SUMMARY_HEADER_LABEL, SUMMARY_HEADER_WORDS, SUMMARY_MARK_WORDS } from "./lists.js";
import { MANAGEMENT_HEADER_LABEL, MANAGEMENT_HEADER_WORDS, MANAGEMENT_SECTION_LABEL } from "./management.js";
import { ROW_LABEL_WORDS } from "./row-labels.js";
import { AMOUNT_UNITS, PERCENT } from "./units.js";
import { IDEOGRAPH, everyWordingHasIdeograph, matchesWording, wordingText, type Wording, type WordTable } from "./wording.js";

const TABLES: ReadonlyArray<WordTable<unknown>> = [
  FUNDS_HEADER_WORDS,
  FUNDS_ITEM_WORDS,
  GOALS_HEADER_WORDS,
  INDICATOR_HEADER_WORDS,
  MANAGEMENT_HEADER_WORDS,
  ROW_LABEL_WORDS,
  SUMMARY_MARK_WORDS,
  SUMMARY_HEADER_WORDS,
  RESULT_HEADER_WORDS,
  ACCOUNT_COLUMN_WORDS,
];

/** Every whole label the vocabulary names: the tables' plain wordings and the sections' labels. */
const WHOLE_LABELS: ReadonlySet<string> = new Set<string>(
  [
    ...TABLES.flatMap((t) => t.flatMap(([w]) => (typeof w === "string" ? [w] : []))),
    ...Object.values(IDENTITY_LABEL),
    FUNDS_SECTION_LABEL,
    ...FUNDS_CORNER_WORDS,
    ...FUNDS_REMARK_HEADINGS,
    ...Object.values(FUNDS_HEADER_LABEL),
    ...Object.values(FUNDS_ITEM_LABEL),
    MANAGEMENT_SECTION_LABEL,
    ...Object.values(MANAGEMENT_HEADER_LABEL),
    GOALS_SECTION_LABEL,
    ...Object.values(GOALS_HEADER_LABEL),
    INDICATORS_SECTION_LABEL,
    ...Object.values(INDICATOR_HEADER_LABEL),
    ...LEVEL1,
    ...Object.keys(LEVEL2),
    ...Object.keys(LEVEL1_VARIANTS),
    ...Object.keys(LEVEL2_VARIANTS),
    TOTAL_LABEL,
    SEQ_LABEL,
    ...Object.values(SUMMARY_HEADER_LABEL),
    ...Object.values(RESULT_HEADER_LABEL),
    COLUMN_NUMBER_LABEL,
    ...Object.values(SIDE_LABEL),
    ...Object.values(ACCOUNT_COLUMN_LABEL),
    ACCOUNT_SUBJECT_NAME,
    ...EXTRA_TABLE_HEADINGS,
    ...ACCOUNT_CODE_PARTS,
  ].map((t) => labelKey(t)),
);

/** Data beside a label: a Latin letter or a digit (column marks such as `（A）` are gone from the key). */
const DATA_CHARACTER = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** A bracketed qualifier (brackets are folded to ASCII in a key). */
const QUALIFIER = /\([^()]{1,12}\)/g;

/** The partial wordings (prefix, suffix, contains, lead) of every table, in table order. */
const PARTIAL_WORDINGS: ReadonlyArray<{ readonly wording: Exclude<Wording, string>; readonly text: string }> = TABLES.flatMap((t) =>
  t.flatMap(([w]) => (typeof w === "string" ? [] : [{ wording: w, text: wordingText(w) }])),
);

/** Every label above holds an ideograph, so a key without one (a number, a dash) is none of them. */
const LABELS_NEED_IDEOGRAPH = everyWordingHasIdeograph(TABLES) && [...WHOLE_LABELS].every((label) => IDEOGRAPH.test(label));

function knownKey(key: string): boolean {
  if (key === "") return false;
  if (WHOLE_LABELS.has(key)) return true;
  for (const { wording, text } of PARTIAL_WORDINGS) {
    if (matchesWording(key, wording) && !DATA_CHARACTER.test(key.replace(text, "").replace(QUALIFIER, ""))) return true;
  }
  return false;
}

/** A cell that is only a bracketed unit: `(万元)`, `（%）`. */
const UNIT_ONLY = new RegExp(`^[（(]\\s*(?:${[...Object.keys(AMOUNT_UNITS), PERCENT].join("|")})\\s*[）)]$`);

/** Whether `text` (a cell's text) is a label or header wording the vocabulary knows. */
export function isKnownLabel(text: string): boolean {
  if (UNIT_ONLY.test(text.trim())) return true;
  const key = labelKey(text);
  if (LABELS_NEED_IDEOGRAPH && !IDEOGRAPH.test(key)) return false;
  const sub = itemKey(key);
  return knownKey(key) || knownKey(headerKey(text)) || (sub !== key && knownKey(sub));
}
