/**
 * The worker-thread side of `--jobs N`: parses a whole small file (read here, so the main thread
 * only writes), or one document of a long file. Answers with the records' JSON as UTF-8 bytes
 * when asked, moved to the main thread rather than copied: it then only writes them.
 */
import { readFileSync } from "node:fs";
import { move, transferableSymbol, valueSymbol } from "piscina";
import type { Diagnostic, Severity } from "../diagnostics/codes.js";
import { recordOwner, type DiagnosticOwner } from "../emit/diagnostics-table.js";
import { encodeRecords, type EncodedFormat } from "../emit/record-writer.js";
import { FileVerdict, type FormEvidence } from "../file-verdict.js";
import { parsePiece } from "../parse-stream.js";
import { documentsOf, type DocumentPiece } from "../read-documents.js";
import type { PeRecord } from "../schema/record.js";
import { parseGuarded } from "./parse-guarded.js";
import { countDiagnostic, countKind, emptyTally, type Tally } from "./run-tally.js";

/** How to answer with encoded records: the format, and the severities of record diagnostics the
 *  main thread shows (the rest it only counts); `all`: every record diagnostic, with its record's
 *  kind and name (for `--diagnostics FILE`). */
export interface EncodeRequest {
  readonly format: EncodedFormat;
  readonly show: readonly Severity[];
  readonly all?: boolean;
}

/** `encode`: answer with the records as bytes (else as objects). */
export type WorkerTask =
  | { readonly kind: "piece"; readonly file: string; readonly piece: DocumentPiece; readonly encode?: EncodeRequest }
  | { readonly kind: "file"; readonly file: string; readonly encoding?: string; readonly encode?: EncodeRequest };

/** Records already turned into bytes, with what the main thread needs of their diagnostics. */
export interface EncodedRecords {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** The records' diagnostics of the severities asked for, in record order. */
  readonly shown: Diagnostic[];
  /** How many of the records' diagnostics there are of each severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** The records by kind and their diagnostics by code, for the run's summary and exit code. */
  readonly tally: Tally;
  /** With `all`: every record diagnostic and its record (then `shown` is empty). */
  readonly all?: Array<{ readonly d: Diagnostic; readonly owner: DiagnosticOwner }>;
}

export interface WorkerAnswer {
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  /** The records, encoded (then `records` is empty). */
  readonly encoded?: EncodedRecords;
  readonly error?: { code?: string; message: string };
  /** What the document (or the whole file) showed, for the file's verdict on the main thread. */
  readonly evidence?: FormEvidence;
}

/** Only the diagnostics the main thread will show cross over, and counts of the rest by code:
 *  copying every record's (a third of records carry one) cost both threads ~3 % of a batch run.
 *  Every one crosses only when the run writes them all (`--diagnostics FILE`). */
function summarise(records: readonly PeRecord[], request: EncodeRequest): Pick<EncodedRecords, "shown" | "counts" | "tally" | "all"> {
  const counts = { error: 0, warning: 0, info: 0 };
  const tally = emptyTally();
  const shown: Diagnostic[] = [];
  const all: Array<{ d: Diagnostic; owner: DiagnosticOwner }> | undefined = request.all ? [] : undefined;
  for (const record of records) {
    countKind(tally, record.kind);
    if (record.diagnostics.length === 0) continue;
    const owner = all ? recordOwner(record) : undefined;
    for (const d of record.diagnostics) {
      counts[d.severity]++;
      countDiagnostic(tally, d);
      if (all) all.push({ d, owner: owner as DiagnosticOwner });
      else if (request.show.includes(d.severity)) shown.push(d);
    }
  }
  return { shown, counts, tally, ...(all ? { all } : {}) };
}

function answer(records: PeRecord[], diagnostics: Diagnostic[], evidence: FormEvidence | undefined, encode: EncodeRequest | undefined): WorkerAnswer {
  if (!encode) return evidence ? { records, diagnostics, evidence } : { records, diagnostics };
  const bytes = encodeRecords(records, encode.format);
  const value: WorkerAnswer = {
    records: [],
    diagnostics,
    ...(evidence ? { evidence } : {}),
    encoded: { bytes, count: records.length, ...summarise(records, encode) },
  };
  // Piscina moves what a result lists as transferable: the bytes' buffer goes over uncopied.
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: value }) as unknown as WorkerAnswer;
}

export default async function parseInWorker(task: WorkerTask): Promise<WorkerAnswer> {
  if (task.kind === "piece") {
    const { records, diagnostics, evidence } = parseGuarded(parsePiece, task.piece, task.file);
    return answer(records, diagnostics, evidence, task.encode);
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
  const verdict = new FileVerdict();
  for await (const piece of documentsOf(bytes, { file: task.file, ...(task.encoding ? { encoding: task.encoding } : {}) })) {
    const result = parseGuarded(parsePiece, piece, task.file);
    records.push(...result.records);
    diagnostics.push(...result.diagnostics);
    verdict.add(result.evidence);
  }
  return answer(records, diagnostics, verdict.evidence(), task.encode);
}
