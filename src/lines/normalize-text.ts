/**
 * Cell text normalisation (SPEC "Text"): trim; white space next to a CJK character is a
 * line-wrap artefact and is removed; other runs collapse to one space.
 *   `全年预 算数` → `全年预算数`   `10148 人` → `10148人`   `LPR + 150BP` keeps its spaces (no CJK beside them)
 */

/** CJK ideographs, CJK punctuation and full-width forms: where a wrapped line leaves a space. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2014 ||
    code === 0x2026
  );
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c;
}

export function normalizeText(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  // Fast path: most cells hold no inner white space.
  let hasSpace = false;
  for (let i = start; i < end; i++) {
    if (isSpace(raw.charCodeAt(i))) {
      hasSpace = true;
      break;
    }
  }
  if (!hasSpace) return start === 0 && end === raw.length ? raw : raw.slice(start, end);
  let out = "";
  let i = start;
  while (i < end) {
    const code = raw.charCodeAt(i);
    if (!isSpace(code)) {
      out += raw[i];
      i++;
      continue;
    }
    let j = i;
    while (j < end && isSpace(raw.charCodeAt(j))) j++;
    const before = raw.charCodeAt(i - 1);
    const after = raw.charCodeAt(j);
    if (!isCjk(before) && !isCjk(after)) out += " ";
    i = j;
  }
  return out;
}

/**
 * `text` without the characters `junk` accepts at either end. A scan: the patterns that do the
 * same (/^[:：]+|[:：]+$/g, /^[. ]+|[. ]+$/g) are quadratic on long runs of those characters.
 */
export function trimWhere(text: string, junk: (ch: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && junk(text[start] as string)) start++;
  while (end > start && junk(text[end - 1] as string)) end--;
  return text.slice(start, end);
}
