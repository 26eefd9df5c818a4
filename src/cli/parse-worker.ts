/**
 * The worker-thread side of `--jobs N`: parses a whole small file (read here, so the main thread
 * only writes), or one document of a long file. Answers with the records' JSON as UTF-8 bytes
 * when asked, moved to the main thread rather than copied: it then only writes them.
 */
import { readFileSync } from "node:fs";
import { move, transferableSymbol, valueSymbol } from "piscina";
import type { Diagnostic } from "../diagnostics/codes.js";
import { encodeRecords, type EncodedFormat } from "../emit/record-writer.js";
import { documentsOf, parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";

/** `encode`: answer with the records as bytes in this format (else as objects). */
export type WorkerTask =
  | { readonly kind: "piece"; readonly file: string; readonly piece: DocumentPiece; readonly encode?: EncodedFormat }
  | { readonly kind: "file"; readonly file: string; readonly encoding?: string; readonly encode?: EncodedFormat };

export interface WorkerAnswer {
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  /** The records, encoded (then `records` is empty), with each one's diagnostics for the report. */
  readonly encoded?: { readonly bytes: Uint8Array; readonly count: number; readonly diagnostics: Diagnostic[][] };
  readonly error?: { code?: string; message: string };
}

function answer(records: PeRecord[], diagnostics: Diagnostic[], encode: EncodedFormat | undefined): WorkerAnswer {
  if (!encode) return { records, diagnostics };
  const bytes = encodeRecords(records, encode);
  const value: WorkerAnswer = {
    records: [],
    diagnostics,
    encoded: { bytes, count: records.length, diagnostics: records.map((r) => r.diagnostics) },
  };
  // Piscina moves what a result lists as transferable: the bytes' buffer goes over uncopied.
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: value }) as unknown as WorkerAnswer;
}

export default async function parseInWorker(task: WorkerTask): Promise<WorkerAnswer> {
  if (task.kind === "piece") {
    const { records, diagnostics } = parsePiece(task.piece, task.file);
    return answer(records, diagnostics, task.encode);
  }
  let bytes: Buffer;
  try {
    // A worker does nothing else meanwhile: one blocking read beats readFile's four async steps.
    bytes = readFileSync(task.file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { records: [], diagnostics: [], error: { ...(e.code ? { code: e.code } : {}), message: e.message } };
  }
  // The same documents as the streaming path, so output is identical whichever thread reads.
  const records: PeRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const piece of documentsOf(bytes, { file: task.file, ...(task.encoding ? { encoding: task.encoding } : {}) })) {
    const result = parsePiece(piece, task.file);
    records.push(...result.records);
    diagnostics.push(...result.diagnostics);
  }
  return answer(records, diagnostics, task.encode);
}
