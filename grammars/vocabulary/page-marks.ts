/**
 * The marks a PDF's pages leave on lines of their own: a page's number at its foot (`第 1 页，共 2 页`,
 * `第3页`, `共5页 第2页`, `- 2 -`, `— 12 —`) and a table's continuation at the next page's head (`续表`,
 * `（续表）`, `续上表`, `接上表`). Such a line is a page break, not text: read as text, it would end
 * the form whose rows run on over the page.
 */
const GAP = "[ \\u3000]*";
const NUMBER = `${GAP}\\d{1,4}${GAP}`;
/** Between the two halves of `第1页，共2页`: spaces, or a comma or slash with spaces after it. */
const JOIN = `${GAP}(?:[，,、/]${GAP})?`;
const DASH = "[-—–－―]";
const CONTINUED = "[（(]?(?:续表|续上表|接上表|续)[）)]?";

/** A whole line, trimmed. Each gap is followed by a fixed character, so a match is linear. */
const PAGE_MARK = new RegExp(`^(?:第${NUMBER}页(?:${JOIN}共${NUMBER}页)?|共${NUMBER}页${JOIN}第${NUMBER}页|${DASH}${NUMBER}${DASH}|${CONTINUED})$`);

/** Longer lines are never a page mark (the longest above, spaced out, is shorter). */
const PAGE_MARK_MAX_LENGTH = 30;

/** Whether a whole line (a TAB-less one) is a page's mark. */
export function isPageMarkLine(line: string): boolean {
  if (line.length > PAGE_MARK_MAX_LENGTH * 2) return false;
  const text = line.trim();
  return text.length > 0 && text.length <= PAGE_MARK_MAX_LENGTH && PAGE_MARK.test(text);
}

/** What a page mark's first character (after spaces) can be: the line lexer's cheap test. */
export const PAGE_MARK_FIRST = new Set(["第", "共", "-", "—", "–", "－", "―", "（", "(", "续", "接"]);
