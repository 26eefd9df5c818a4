/**
 * Wraps a pure function of a cell text in a memo of fixed size. Cell texts repeat heavily (labels
 * on every form, `0`, `-`, `100%`), so each distinct text is read once while it stays in the memo.
 *
 * The memo is a table of four-entry buckets, a text's bucket chosen by a hash of its characters (of
 * its ends and middle when long): a lookup reads at most 16 characters and compares at most four
 * strings, where a Map would hash every character of each freshly cut cell and then compare it
 * (the memo was the largest single cost of a parse). A new text takes the bucket's first entry
 * and moves the others down one, so the table never grows; four texts that share a bucket all
 * stay, a fifth pushes out the oldest. (With two entries, the few buckets that three texts of a
 * batch share missed on every file that wrote them: 7× as many misses on the bench's folder.)
 *
 * Keys are stored as copies: a cell cut from a line is a view into the whole document's text
 * (V8 slices strings of 13 characters or more), and a long-lived memo holding views would keep
 * every document it ever saw in memory.
 */
export function boundedMemo<V>(compute: (text: string) => V, slots = 1 << 14): (text: string) => V {
  const size = Math.max(WAYS, 1 << Math.ceil(Math.log2(slots)));
  const mask = size - WAYS; // bucket start: a multiple of WAYS
  const keys = new Array<string | undefined>(size).fill(undefined);
  const values = new Array<V | undefined>(size).fill(undefined);
  return (text) => {
    const at = bucketOf(text) & mask;
    if (keys[at] === text) return values[at] as V;
    if (keys[at + 1] === text) return values[at + 1] as V;
    if (keys[at + 2] === text) return values[at + 2] as V;
    if (keys[at + 3] === text) return values[at + 3] as V;
    const key = text.length >= SLICED_MIN_LENGTH ? copyOf(text) : text;
    const value = compute(key);
    for (let i = at + WAYS - 1; i > at; i--) {
      keys[i] = keys[i - 1];
      values[i] = values[i - 1];
    }
    keys[at] = key;
    values[at] = value;
    return value;
  };
}

/** Entries per bucket (the lookup above compares this many). */
const WAYS = 4;

/** V8 cuts strings this long or longer as views into their parent (SlicedString::kMinLength). */
const SLICED_MIN_LENGTH = 13;

/** A flat copy of a string, sharing nothing with the text it was cut from. */
function copyOf(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A hash of a short text's characters, of a long one's length and ends and middle: cells that
 *  differ in one digit (`2080101`, `2080501`) fall into different buckets. */
function bucketOf(text: string): number {
  const n = text.length;
  let h = Math.imul(n, 0x9e3779b1);
  if (n <= 16) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 6; i++) h = Math.imul(h ^ text.charCodeAt(i) ^ (text.charCodeAt(n - 1 - i) << 16), 0x01000193);
    h = Math.imul(h ^ text.charCodeAt(n >> 1), 0x01000193);
  }
  // Murmur3's finaliser: every character's bits reach the low bits the bucket is chosen by.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) << 2;
}
