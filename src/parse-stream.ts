/**
 * Streaming entry points: bytes arriving in chunks are decoded, cut into documents
 * (DocumentSplitter) and parsed one by one, so memory stays bounded by a document, not a file.
 * `documentsOf` gives the documents (for a caller that parses them elsewhere, e.g. worker
 * threads); `parseStream` parses them here.
 */
import { FileVerdict } from "./file-verdict.js";
import { documentsOf, type DocumentPiece, type StreamOptions } from "./read-documents.js";
import { parseDocument, type ParseResult } from "./parse-text.js";

export { documentsOf, type DocumentPiece, type StreamOptions };

/**
 * Parses one piece: its records, with decoding diagnostics added to the document's. The file's
 * verdict (`no-form-recognised`) is left to the caller, who sees all its pieces (FileVerdict).
 */
export function parsePiece(piece: DocumentPiece, file: string): ParseResult {
  if (piece.text === "") return { records: [], diagnostics: [...piece.diagnostics], unmapped: [] };
  const result = parseDocument(piece.text, { file, encoding: piece.encoding, firstLine: piece.firstLine });
  return { ...result, diagnostics: [...result.diagnostics, ...piece.diagnostics] };
}

/** One result per document; the last carries the file's verdict. */
export async function* parseStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StreamOptions,
): AsyncGenerator<ParseResult> {
  const verdict = new FileVerdict();
  let held: ParseResult | undefined;
  for await (const piece of documentsOf(chunks, options)) {
    if (held) yield held;
    held = parsePiece(piece, options.file);
    verdict.add(held.evidence);
  }
  if (!held) return;
  const last = verdict.verdict();
  yield last ? { ...held, diagnostics: [...held.diagnostics, last] } : held;
}
