/** The worker-thread side of `--jobs N`: parses one document piece of a file. */
import type { Diagnostic } from "../diagnostics/codes.js";
import { parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";

export interface WorkerTask {
  readonly file: string;
  readonly piece: DocumentPiece;
  /** Send back JSON text instead of records: copying text between threads is cheap, and the
   *  main thread then only writes. */
  readonly serialize: boolean;
}

export interface WorkerAnswer {
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly serialized?: string[];
  readonly recordDiagnostics?: Diagnostic[][];
}

export default function parseInWorker(task: WorkerTask): WorkerAnswer {
  const { records, diagnostics } = parsePiece(task.piece, task.file);
  if (!task.serialize) return { records, diagnostics };
  return {
    records: [],
    diagnostics,
    serialized: records.map((r) => JSON.stringify(r)),
    recordDiagnostics: records.map((r) => r.diagnostics),
  };
}
