/** The worker-thread side of `--jobs N`: parses one document piece of a file. */
import type { Diagnostic } from "../diagnostics/codes.js";
import { parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";

export interface WorkerTask {
  readonly file: string;
  readonly piece: DocumentPiece;
}

export interface WorkerAnswer {
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
}

export default function parseInWorker(task: WorkerTask): WorkerAnswer {
  const { records, diagnostics } = parsePiece(task.piece, task.file);
  return { records, diagnostics };
}
