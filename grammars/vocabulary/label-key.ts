/**
 * The comparison keys of label cells. Labels are compared by key, so `全年预 算数`,
 * `年度资金总额(万元):` and `年度资金总额（万元）：` all meet the wording a vocabulary table writes once.
 */
import { PERCENT } from "./units.js";

const FULLWIDTH: Readonly<Record<string, string>> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "％": "%",
};

const SPACES = /[ \u3000\t\u00a0]+/g;
const WIDE = /[（）：％]/g;
const COLON = 0x3a;

/** Characters labelKey changes; a text without any is its own key. */
const FOLDED = /[ \u3000\t\u00a0（）：％:(]/;
const BRACKETED_UNIT = /\((?:万元|元|%)\)/g;
/** Column letters and units a header writes in brackets: `全年预算数（A）`, `执行率（B/A）`, `(%)`. */
const COLUMN_MARK = /\([A-Za-z/×*%0-9]{1,8}\)/g;

/**
 * The comparison key of a label cell: white space removed, full-width brackets and colons folded,
 * trailing colons and a bracketed unit dropped. `年度资金总额（万元）：` → `年度资金总额`.
 */
export function labelKey(text: string): string {
  if (!FOLDED.test(text)) return text;
  // Native replaces: a character-by-character concatenation was the larger part of a parse's key work.
  let key = text.replace(SPACES, "").replace(WIDE, (ch) => FULLWIDTH[ch] as string);
  if (key.includes("(")) key = key.replace(BRACKETED_UNIT, "");
  let end = key.length;
  while (end > 0 && key.charCodeAt(end - 1) === COLON) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** The key of a column header: its label key without column letters or a trailing `%` (`执行率 %`). */
export function headerKey(text: string): string {
  const key = labelKey(text).replace(COLUMN_MARK, "");
  return key.endsWith(PERCENT) ? key.slice(0, -1) : key;
}

/** The value of a text written `label：value` (`label:value`), trimmed; undefined for any other text. */
export function valueAfterLabel(text: string, label: string): string | undefined {
  // Compared, not matched: a pattern with `\s*(.*)$` backtracks over long runs of odd spaces.
  if (!text.startsWith(label)) return undefined;
  const colon = text[label.length];
  return colon === ":" || colon === "：" ? text.slice(label.length + 1).trim() : undefined;
}
