/**
 * Runs the parse over the inputs: each file (or stdin) is read as a stream, decoded and cut into
 * documents (src/parse-stream.ts); each document is parsed here (`--jobs 1`) or on a piscina pool
 * of worker threads, a bounded window ahead; results are handed on strictly in input order, so
 * output is identical for any N and neither a file nor the batch is ever held in memory whole.
 */
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import type { Diagnostic } from "../diagnostics/codes.js";
import { documentsOf, parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";
import type { Input } from "./collect-inputs.js";
import type { ParseRunOptions } from "./options.js";
import type { WorkerAnswer, WorkerTask } from "./parse-worker.js";

/** The records of one document of a file; `last` marks the file's final document. */
export interface FileResult {
  readonly file: string;
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
  readonly last: boolean;
  /** The records as JSON text, when a worker serialised them (then `records` is empty). */
  readonly serialized?: string[];
  readonly recordDiagnostics?: Diagnostic[][];
}

interface Job {
  readonly file: string;
  readonly piece?: DocumentPiece;
  readonly error?: { code?: string; message: string };
  readonly last: boolean;
  answer?: Promise<WorkerAnswer> | WorkerAnswer;
}

/** The documents of every input, in order, with read errors as jobs of their own. */
async function* jobsOf(inputs: readonly Input[], stdin: Readable, options: ParseRunOptions): AsyncGenerator<Job> {
  for (const input of inputs) {
    const file = input.kind === "stdin" ? "-" : input.path;
    const stream: AsyncIterable<Uint8Array> = input.kind === "stdin" ? stdin : createReadStream(input.path, { highWaterMark: 1 << 20 });
    try {
      let previous: DocumentPiece | undefined;
      for await (const piece of documentsOf(stream, { file, ...(options.encoding ? { encoding: options.encoding } : {}) })) {
        if (previous) yield { file, piece: previous, last: false };
        previous = piece;
      }
      if (previous) yield { file, piece: previous, last: true };
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      yield { file, error: { ...(e.code ? { code: e.code } : {}), message: e.message }, last: true };
    }
  }
}

export async function parseInputs(
  inputs: readonly Input[],
  stdin: Readable,
  options: ParseRunOptions,
  handle: (result: FileResult) => Promise<void>,
  stopped: () => boolean,
  onReadError: (path: string, error: { code?: string; message: string }) => void,
): Promise<void> {
  // The pool is started only once a second document is waiting: a one-document run (the common
  // single small file) never pays for starting worker threads.
  let pool: Pool | undefined;
  const window = (options.jobs > 1 ? options.jobs : 1) * 4;
  const pending: Job[] = [];
  const jobs = jobsOf(inputs, stdin, options);
  let exhausted = false;
  const start = async (job: Job): Promise<Job> => {
    if (job.piece && options.jobs > 1 && pending.length > 0) {
      pool ??= await createPool(options.jobs);
      job.answer = pool.run({ file: job.file, piece: job.piece, serialize: options.format !== "csv" && !options.split });
    }
    return job;
  };
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await jobs.next();
        if (next.done) exhausted = true;
        else pending.push(await start(next.value));
      }
      const job = pending.shift();
      if (!job || stopped()) break;
      if (job.error) {
        onReadError(job.file, job.error);
        continue;
      }
      const piece = job.piece as DocumentPiece;
      const answer: WorkerAnswer = job.answer ? await job.answer : parsePiece(piece, job.file);
      await handle({
        file: job.file,
        records: answer.records,
        diagnostics: answer.diagnostics,
        bytes: piece.text.length,
        last: job.last,
        ...(answer.serialized ? { serialized: answer.serialized, recordDiagnostics: answer.recordDiagnostics ?? [] } : {}),
      });
    }
  } finally {
    await jobs.return(undefined);
    await pool?.destroy();
  }
}

interface Pool {
  run(task: WorkerTask): Promise<WorkerAnswer>;
  destroy(): Promise<void>;
}

async function createPool(threads: number): Promise<Pool> {
  const { Piscina } = await import("piscina");
  const pool = new Piscina<WorkerTask, WorkerAnswer>({
    filename: new URL("./parse-worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return { run: (task) => pool.run(task), destroy: () => pool.destroy() };
}
