/**
 * The worker-thread side of `--jobs N`: parses a whole small file (read here, so the main thread
 * only writes), or one document of a long file. Answers with JSON text when asked: copying text
 * between threads is cheap, and the main thread then has nothing left to serialise.
 */
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/codes.js";
import { documentsOf, parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";

export type WorkerTask =
  | { readonly kind: "piece"; readonly file: string; readonly piece: DocumentPiece; readonly serialize: boolean }
  | { readonly kind: "file"; readonly file: string; readonly encoding?: string; readonly serialize: boolean };

export interface WorkerAnswer {
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly serialized?: string[];
  readonly recordDiagnostics?: Diagnostic[][];
  readonly error?: { code?: string; message: string };
}

function answer(records: PeRecord[], diagnostics: Diagnostic[], serialize: boolean): WorkerAnswer {
  if (!serialize) return { records, diagnostics };
  return {
    records: [],
    diagnostics,
    serialized: records.map((r) => JSON.stringify(r)),
    recordDiagnostics: records.map((r) => r.diagnostics),
  };
}

export default async function parseInWorker(task: WorkerTask): Promise<WorkerAnswer> {
  if (task.kind === "piece") {
    const { records, diagnostics } = parsePiece(task.piece, task.file);
    return answer(records, diagnostics, task.serialize);
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
  return answer(records, diagnostics, task.serialize);
}
