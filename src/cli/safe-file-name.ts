/**
 * File names for `--split`: made from the source file, the record's sequence number and its
 * project name, safe on every OS: no path separators or `..`, no control or reserved characters,
 * no invisible format characters (U+202E would show `gpj.exe` as `exe.jpg`, U+200B hides in a
 * name), no Windows device names, at most 150 bytes of UTF-8. Collisions get `-2`, `-3`, ….
 */
import { trimWhere } from "../lines/normalize-text.js";

const FORMAT_CHARACTER = /^\p{Cf}$/u;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_BYTES = 150;

export function sanitizeNamePart(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) continue;
    if (code >= 0xad && FORMAT_CHARACTER.test(ch)) continue;
    if ('/\\:*?"<>|'.includes(ch)) {
      out += "_";
      continue;
    }
    out += ch;
  }
  return trimDotsAndSpaces(out.replace(/\s+/g, " ").replace(/\.{2,}/g, "."));
}

/** Leading and trailing dots and spaces removed. */
function trimDotsAndSpaces(text: string): string {
  return trimWhere(text, (ch) => ch === "." || ch === " ");
}

function truncateBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

export function splitFileName(sourceStem: string, seq: number, name: string, extension: string, taken: Set<string>): string {
  const stem = sanitizeNamePart(sourceStem) || "stdin";
  const title = sanitizeNamePart(name);
  let base = truncateBytes([stem, String(seq).padStart(3, "0"), title].filter((p) => p !== "").join("-"), MAX_BYTES);
  base = trimDotsAndSpaces(base);
  if (RESERVED.test(base) || base === "") base = `_${base}`;
  let candidate = `${base}.${extension}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}.${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
