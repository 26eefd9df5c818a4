/**
 * One document parsed so that a throw (a pe-parse bug) costs only that document: its records
 * are replaced by an `internal` error naming the file, and the batch goes on. Used on both the
 * main thread and the workers; the parser is passed in, as the main thread loads it lazily. Cells
 * the parse left in no record are added as one `table` record, so the output never drops them.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import type { ParseResult } from "../parse-text.js";
import type { DocumentPiece } from "../read-documents.js";
import { unclaimedTable } from "../forms/unclaimed-table.js";
import { injectFault } from "./fault-injection.js";

export function internalError(error: unknown): Diagnostic {
  const reason = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
  return diagnostic("internal", { reason });
}

export function parseGuarded(parsePiece: (piece: DocumentPiece, file: string) => ParseResult, piece: DocumentPiece, file: string): ParseResult {
  try {
    injectFault(file);
    const result = parsePiece(piece, file);
    // The command writes records, not the document's unmapped list: cells left there (the
    // audit's safety net) go out as a table record of their own.
    const unclaimed = unclaimedTable(result.unmapped, file, piece.encoding);
    return unclaimed ? { ...result, records: [...result.records, unclaimed], unmapped: [] } : result;
  } catch (error) {
    return { records: [], diagnostics: [...piece.diagnostics, internalError(error)], unmapped: [] };
  }
}
