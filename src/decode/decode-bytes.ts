/**
 * Bytes → text, all at once: the StreamDecoder (stream-decoder.ts) fed the whole buffer. Detects
 * the encoding without being told — a BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else GB18030
 * (which covers GBK and GB2312, the usual encodings of government downloads) — and decodes with
 * Node's own TextDecoder (valid UTF-8 through utf8-decoder.ts, which gives the same text); CRLF
 * and lone CR become LF. Binary input (NUL bytes dense in its first 64 KiB, outside UTF-16) is
 * refused with a `not-a-text-dump` error; a stray NUL is replaced and reported (stream-decoder.ts).
 * Nothing later sees any of this.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { StreamDecoder } from "./stream-decoder.js";

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: Diagnostic[];
  /** False when the bytes are not a text dump at all; `text` is then empty. */
  readonly ok: boolean;
}

/** Normalises line ends: CRLF and CR → LF. */
export function normalizeLineEnds(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const decoder = new StreamDecoder(forced);
  const text = decoder.push(bytes) + decoder.end();
  return { text: decoder.ok ? text : "", encoding: decoder.encoding ?? "utf-8", diagnostics: decoder.diagnostics, ok: decoder.ok };
}
