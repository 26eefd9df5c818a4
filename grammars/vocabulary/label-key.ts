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
  let key = "";
  for (const ch of text) {
    if (ch === " " || ch === "\u3000" || ch === "\t" || ch === "\u00a0") continue;
    key += FULLWIDTH[ch] ?? ch;
  }
  key = key.replace(BRACKETED_UNIT, "");
  while (key.endsWith(":")) key = key.slice(0, -1);
  return key;
}

/** The key of a column header: its label key without column letters or a trailing `%` (`执行率 %`). */
export function headerKey(text: string): string {
  const key = labelKey(text).replace(COLUMN_MARK, "");
  return key.endsWith(PERCENT) ? key.slice(0, -1) : key;
}
