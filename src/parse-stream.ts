/**
 * Streaming entry points: bytes arriving in chunks are decoded, cut into documents
 * (DocumentSplitter) and parsed one by one, so memory stays bounded by a document, not a file.
 * `documentsOf` gives the documents (for a caller that parses them elsewhere, e.g. worker
 * threads); `parseStream` parses them here.
 */
import { documentsOf, type DocumentPiece, type StreamOptions } from "./read-documents.js";
import { parseText, type ParseResult } from "./parse-text.js";

export { documentsOf, type DocumentPiece, type StreamOptions };

/** Parses one piece: its records, with decoding diagnostics added to the document's. */
export function parsePiece(piece: DocumentPiece, file: string): ParseResult {
  if (piece.text === "") return { records: [], diagnostics: [...piece.diagnostics], unmapped: [] };
  const result = parseText(piece.text, { file, encoding: piece.encoding, firstLine: piece.firstLine });
  return { ...result, diagnostics: [...result.diagnostics, ...piece.diagnostics] };
}

export async function* parseStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StreamOptions,
): AsyncGenerator<ParseResult> {
  for await (const piece of documentsOf(chunks, options)) yield parsePiece(piece, options.file);
}
