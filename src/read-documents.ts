/**
 * Bytes → documents: a stream of chunks (or a whole input already in memory) decoded and cut
 * into documents (DocumentSplitter), each with its first line number. No parsing here, so a
 * caller that parses elsewhere (the command's worker threads) loads no parser for it.
 */
import { StreamDecoder } from "./decode/stream-decoder.js";
import { diagnostic, type Diagnostic } from "./diagnostics/codes.js";
import { DocumentSplitter, type DocumentText } from "./document/document-splitter.js";

export interface StreamOptions {
  readonly file: string;
  /** Force an encoding instead of detecting it. */
  readonly encoding?: string;
  /** Smallest document to cut (characters); default 32 Ki (document-splitter.ts). */
  readonly minChars?: number;
  /** Where a run with no cut point is cut at a page break, and at a row (characters); defaults in document-splitter.ts. For tests. */
  readonly maxChars?: number;
  readonly maxTableChars?: number;
  /** The same bounds in lines (document-splitter.ts). For tests. */
  readonly maxLines?: number;
  readonly maxTableLines?: number;
}

export interface DocumentPiece {
  readonly text: string;
  readonly firstLine: number;
  readonly encoding: string;
  /** Decoding diagnostics, on the file's last piece. */
  readonly diagnostics: Diagnostic[];
}

/** The documents of a stream of chunks, or of a whole input already in memory (decoded in one pass). */
export async function* documentsOf(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array,
  options: StreamOptions,
): AsyncGenerator<DocumentPiece> {
  const decoder = new StreamDecoder(options.encoding);
  const splitter = new DocumentSplitter(options.minChars, options.maxChars, options.maxTableChars, options.maxLines, options.maxTableLines);
  for await (const chunk of chunks instanceof Uint8Array ? [] : chunks) {
    const text = decoder.push(chunk);
    if (!decoder.ok) break;
    for (const doc of splitter.push(text)) yield piece(doc, decoder.encoding ?? "utf-8", []);
  }
  const tail = chunks instanceof Uint8Array ? decoder.whole(chunks) : decoder.end();
  const last = decoder.ok ? splitter.push(tail).concat(splitter.end()) : [];
  if (last.length === 0) {
    yield { text: "", firstLine: 1, encoding: decoder.encoding ?? "utf-8", diagnostics: decoder.diagnostics };
    return;
  }
  for (let i = 0; i < last.length; i++) {
    const doc = last[i] as DocumentText;
    yield piece(doc, decoder.encoding ?? "utf-8", i === last.length - 1 ? decoder.diagnostics : []);
  }
}

/** A document as a piece; one cut inside a table carries the `table-cut` warning, on its last line. */
function piece(doc: DocumentText, encoding: string, diagnostics: Diagnostic[]): DocumentPiece {
  const { text, firstLine } = doc;
  if (!doc.continues) return { text, firstLine, encoding, diagnostics };
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  const last = firstLine + Math.max(lines - 1, 0);
  const cut = diagnostic("table-cut", { lines, chars: text.length, line: last + 1 }, last);
  return { text, firstLine, encoding, diagnostics: [cut, ...diagnostics] };
}

