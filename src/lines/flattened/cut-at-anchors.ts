/**
 * Glued text (`年度资金总额:202010100.00%10`) cut at the vocabulary's labels, the one handle a line
 * without TABs or spaces offers; and the small scans the cutting needs.
 */
import { FLATTENED_ANCHORS } from "../../../grammars/vocabulary/index.js";
import { trimWhere } from "../normalize-text.js";

export interface Segment {
  readonly text: string;
  readonly anchor: boolean;
}

/** The first characters of the anchors: most positions of a line start none. */
const ANCHOR_STARTS = new Set(FLATTENED_ANCHORS.map((w) => w[0]));

/** The line cut at every anchor word, longest first at each position. */
export function cutAtAnchors(text: string): Segment[] {
  const out: Segment[] = [];
  let value = "";
  for (let i = 0; i < text.length; ) {
    const word = ANCHOR_STARTS.has(text[i]) ? FLATTENED_ANCHORS.find((w) => text.startsWith(w, i)) : undefined;
    if (word === undefined) {
      value += text[i];
      i++;
      continue;
    }
    if (value !== "") out.push({ text: value, anchor: false });
    value = "";
    out.push({ text: word, anchor: true });
    i += word.length;
  }
  if (value !== "") out.push({ text: value, anchor: false });
  return out;
}

/** `text` without colons at either end. */
export function trimColons(text: string): string {
  return trimWhere(text, (ch) => ch === ":" || ch === "：");
}

/** The digits `text` ends with (a scan: /\d+$/ is quadratic on long digit runs). */
export function trailingDigits(text: string): string {
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return text.slice(start);
}
/** A bracketed unit or note after a label: `(万元)`. */
export const BRACKETED = /^[（(][^（）()]{1,6}[）)]$/;
