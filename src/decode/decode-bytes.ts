/**
 * Bytes → text. Detects the encoding without being told: a BOM (UTF-8, UTF-16LE/BE), else strict
 * UTF-8, else GB18030 (which covers GBK and GB2312, the usual encodings of government downloads).
 * Decoding uses Node's own WHATWG TextDecoder. CRLF and lone CR become LF. Nothing later sees any
 * of this. Binary input (NUL bytes outside UTF-16) is refused with a `not-a-text-dump` error.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";

export type EncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export const ENCODINGS: readonly string[] = ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312", "big5"];

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: Diagnostic[];
  /** False when the bytes are not a text dump at all; `text` is then empty. */
  readonly ok: boolean;
}

function utf16WithoutBom(bytes: Uint8Array): EncodingName | undefined {
  // ASCII-heavy UTF-16 puts NUL in every other byte; CJK-heavy UTF-16 does not, so only the
  // ASCII case is recognised without a BOM.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.3 && evenNul < half * 0.05) return "utf-16le";
  if (evenNul > half * 0.3 && oddNul < half * 0.05) return "utf-16be";
  return undefined;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

/** Normalises line ends: CRLF and CR → LF. */
export function normalizeLineEnds(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const done = (text: string, encoding: string): Decoded => ({
    text: normalizeLineEnds(text),
    encoding,
    diagnostics,
    ok: true,
  });
  if (forced) {
    const text = decodeWith(bytes, forced, false);
    const bad = countReplacements(text);
    if (bad > 0) diagnostics.push(diagnostic("encoding-invalid", { count: bad, encoding: forced }));
    return done(text, forced);
  }
  // A BOM settles the encoding; invalid sequences after it are replaced and counted.
  const lenient = (encoding: string): Decoded => {
    const text = decodeWith(bytes, encoding, false);
    const bad = countReplacements(text);
    if (bad > 0) diagnostics.push(diagnostic("encoding-invalid", { count: bad, encoding }));
    return done(text, encoding);
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lenient("utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return lenient("utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return lenient("utf-16be");
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return lenient(utf16);
  if (bytes.indexOf(0) !== -1) {
    diagnostics.push(diagnostic("not-a-text-dump", { reason: "it contains NUL bytes (binary data)" }));
    return { text: "", encoding: "binary", diagnostics, ok: false };
  }
  try {
    return done(decodeWith(bytes, "utf-8", true), "utf-8");
  } catch {
    // not UTF-8: try GB18030 below
  }
  try {
    return done(decodeWith(bytes, "gb18030", true), "gb18030");
  } catch {
    // invalid in both: decode leniently with whichever loses fewer bytes
  }
  const asUtf8 = decodeWith(bytes, "utf-8", false);
  const asGb = decodeWith(bytes, "gb18030", false);
  const badUtf8 = countReplacements(asUtf8);
  const badGb = countReplacements(asGb);
  const [text, encoding, bad] = badGb < badUtf8 ? [asGb, "gb18030", badGb] : [asUtf8, "utf-8", badUtf8];
  diagnostics.push(diagnostic("encoding-invalid", { count: bad, encoding }));
  return done(text, encoding);
}
