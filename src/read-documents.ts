/**
 * Bytes → documents: a stream of chunks (or a whole input already in memory) decoded and cut
 * into documents (DocumentSplitter), each with its first line number. No parsing here, so a
 * caller that parses elsewhere (the command's worker threads) loads no parser for it.
 */
import { StreamDecoder } from "./decode/stream-decoder.js";
import type { Diagnostic } from "./diagnostics/codes.js";
import { DocumentSplitter } from "./document/document-splitter.js";

export interface StreamOptions {
  readonly file: string;
  /** Force an encoding instead of detecting it. */
  readonly encoding?: string;
  /** Smallest document to cut (characters); default 32 Ki (document-splitter.ts). */
  readonly minChars?: number;
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
  const splitter = new DocumentSplitter(options.minChars);
  for await (const chunk of chunks instanceof Uint8Array ? [] : chunks) {
    const text = decoder.push(chunk);
    if (!decoder.ok) break;
    for (const doc of splitter.push(text)) yield { ...doc, encoding: decoder.encoding ?? "utf-8", diagnostics: [] };
  }
  const tail = chunks instanceof Uint8Array ? decoder.whole(chunks) : decoder.end();
  const last = decoder.ok ? splitter.push(tail).concat(splitter.end()) : [];
  if (last.length === 0) {
    yield { text: "", firstLine: 1, encoding: decoder.encoding ?? "utf-8", diagnostics: decoder.diagnostics };
    return;
  }
  for (let i = 0; i < last.length; i++) {
    const doc = last[i] as { text: string; firstLine: number };
    yield { ...doc, encoding: decoder.encoding ?? "utf-8", diagnostics: i === last.length - 1 ? decoder.diagnostics : [] };
  }
}

