/**
 * Incremental bytes → text for files read in chunks: the same detection as `decodeBytes` (BOM,
 * UTF-16, strict UTF-8, GB18030), made on the first 64 KiB, then a streaming decoder (for UTF-8
 * the faster Utf8Decoder, with TextDecoder's output; TextDecoder for the rest). Line ends are
 * normalised to LF across chunk boundaries. Invalid sequences anywhere are counted and
 * reported once, at the end.
 *
 * NUL bytes: binary data is told by their density, never by one of them. Outside UTF-16, input
 * whose first 64 KiB (or whole, if shorter) hold more than one NUL per KiB is `not-a-text-dump`
 * and nothing of it is decoded — so `/dev/zero` stops after its first chunk. Fewer NULs (a
 * scraper's stray byte) are replaced with U+FFFD wherever they are and counted in one `nul-bytes`
 * warning: the rest of the file is parsed. The decision looks at the same 64 KiB whether the
 * input comes whole (a file) or in chunks (stdin, a pipe), so both give the same result.
 */
import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import { completeEnd, decodeValidUtf8, Utf8Decoder } from "./utf8-decoder.js";

const SNIFF_BYTES = 64 * 1024;

/** More NULs than one per this many bytes of the sniffed start make the input binary. */
const BYTES_PER_BINARY_NUL = 1024;

/** Whether the bytes hold a NUL: one memchr over a Buffer view, where the text would need a scan. */
function hasNul(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
}

function countNuls(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) n++;
  return n;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function looksUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return "utf-16le";
  if (even > half * 0.3 && odd < half * 0.05) return "utf-16be";
  return undefined;
}

/** The text when the bytes decode without error in `encoding`, else undefined. */
function decodeCleanly(bytes: Uint8Array, encoding: string, final: boolean): string | undefined {
  if (encoding === "utf-8" && final) {
    const bomless = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const text = decodeValidUtf8(bomless);
    if (text !== undefined) return text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: !final });
  } catch {
    return undefined;
  }
}

/** Whether the bytes, maybe cut inside a character at the end, are valid in `encoding`. */
function validStart(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === "utf-8") {
    // Most inputs are valid UTF-8: check that fast (the bytes are decoded once, afterwards).
    const end = completeEnd(bytes);
    if (isUtf8(bytes.subarray(0, end)) && decodeCleanly(bytes.subarray(end), encoding, false) !== undefined) return true;
  }
  return decodeCleanly(bytes, encoding, false) !== undefined;
}

/** A streaming decoder for `encoding`: for UTF-8 the faster Utf8Decoder, which decodes alike. */
function decoderFor(encoding: string): Pick<TextDecoder, "decode"> {
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  return decoder.encoding === "utf-8" ? new Utf8Decoder() : decoder;
}

export class StreamDecoder {
  /** The detected (or forced) encoding, once known. */
  encoding: string | undefined;
  /** False when the bytes are not a text dump (dense NUL bytes outside UTF-16). */
  ok = true;
  readonly diagnostics: Diagnostic[] = [];
  private decoder: Pick<TextDecoder, "decode"> | undefined;
  private sniffed: Uint8Array[] = [];
  private sniffedBytes = 0;
  private heldCR = false;
  private replacements = 0;
  private nuls = 0;
  /** In UTF-16 a NUL byte is half of a character: look for U+0000 in the text instead. */
  private utf16 = false;

  constructor(private readonly forced?: string) {}

  /** Takes the next chunk; returns the text it completes (possibly empty). */
  push(bytes: Uint8Array): string {
    if (!this.ok) return "";
    if (this.decoder) return this.lineEnds(this.decoder.decode(bytes, { stream: true }), this.utf16 || hasNul(bytes));
    this.sniffed.push(bytes);
    this.sniffedBytes += bytes.length;
    if (this.sniffedBytes < SNIFF_BYTES) return "";
    return this.start(false);
  }

  /** Decodes a whole input given at once (no chunks before it): detected and decoded in one pass. */
  whole(bytes: Uint8Array): string {
    this.sniffed.push(bytes);
    this.sniffedBytes += bytes.length;
    return this.end();
  }

  /** Ends the input; returns the remaining text. */
  end(): string {
    if (!this.ok) return "";
    let text = this.decoder ? this.lineEnds(this.decoder.decode(), this.utf16) : this.start(true);
    if (this.heldCR) {
      text += "\n";
      this.heldCR = false;
    }
    if (this.replacements > 0) {
      this.diagnostics.push(diagnostic("encoding-invalid", { count: this.replacements, encoding: this.encoding }));
    }
    if (this.nuls > 0) this.diagnostics.push(diagnostic("nul-bytes", { count: this.nuls }));
    return text;
  }

  private start(final: boolean): string {
    const bytes = concat(this.sniffed);
    this.sniffed = [];
    let encoding = this.forced;
    if (!encoding) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8";
      else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
      else encoding = looksUtf16(bytes);
      if (!encoding) {
        const start = bytes.subarray(0, SNIFF_BYTES);
        if (countNuls(start) * BYTES_PER_BINARY_NUL > start.length) {
          this.ok = false;
          this.encoding = "binary";
          this.diagnostics.push(diagnostic("not-a-text-dump", { reason: "it contains NUL bytes (binary data)" }));
          return "";
        }
        for (const candidate of ["utf-8", "gb18030"]) {
          if (!final) {
            if (!validStart(bytes, candidate)) continue;
            encoding = candidate;
            break;
          }
          const clean = decodeCleanly(bytes, candidate, final);
          if (clean === undefined) continue;
          // A whole small file decoded cleanly is done: no second pass over the same bytes.
          this.encoding = candidate;
          this.decoder = decoderFor(candidate);
          return this.lineEnds(clean, hasNul(bytes));
        }
        if (!encoding) {
          const bad = (e: string): number => new TextDecoder(e).decode(bytes).split("\uFFFD").length;
          encoding = bad("gb18030") < bad("utf-8") ? "gb18030" : "utf-8";
        }
      }
    }
    this.encoding = encoding;
    this.decoder = decoderFor(encoding);
    this.utf16 = this.decoder instanceof TextDecoder && this.decoder.encoding.startsWith("utf-16");
    const text = this.decoder.decode(bytes, { stream: !final });
    return this.lineEnds(final ? text + this.decoder.decode() : text, this.utf16 || hasNul(bytes));
  }

  /**
   * CRLF and lone CR → LF; a CR at the end of a piece waits for the next one. Stray NULs (when
   * `nuls` says the bytes may hold one) become U+FFFD, counted apart from invalid sequences.
   */
  private lineEnds(text: string, nuls: boolean): string {
    for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) this.replacements++;
    if (nuls && text.indexOf("\0") !== -1) {
      text = text.replace(/\0/g, () => {
        this.nuls++;
        return "\uFFFD";
      });
    }
    if (this.heldCR) {
      text = "\r" + text;
      this.heldCR = false;
    }
    if (text.endsWith("\r")) {
      this.heldCR = true;
      text = text.slice(0, -1);
    }
    return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
  }
}
