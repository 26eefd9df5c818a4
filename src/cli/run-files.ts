/**
 * Runs the parse over the inputs: each file (or stdin) is read as a stream, decoded and cut into
 * documents (src/parse-stream.ts); each document is parsed here (`--jobs 1`) or on a piscina pool
 * of worker threads, a bounded window ahead; results are handed on strictly in input order, so
 * output is identical for any N and neither a file nor the batch is ever held in memory whole.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Readable } from "node:stream";
import type { Diagnostic } from "../diagnostics/codes.js";
import { documentsOf, parsePiece, type DocumentPiece } from "../parse-stream.js";
import type { PeRecord } from "../schema/record.js";
import type { Input } from "./collect-inputs.js";
import type { ParseRunOptions } from "./options.js";
import type { WorkerAnswer, WorkerTask } from "./parse-worker.js";
import { tuneCompiler, tuneWorkerHeaps } from "./v8-tuning.js";

/** The records of one document of a file; `last` marks the file's final document. */
export interface FileResult {
  readonly file: string;
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
  readonly last: boolean;
  /** The records as UTF-8 JSON text, when a worker encoded them (then `records` is empty). */
  readonly encoded?: WorkerAnswer["encoded"];
}

interface Job {
  readonly file: string;
  readonly piece?: DocumentPiece;
  /** A whole small file for a worker to read and parse. */
  readonly whole?: boolean;
  readonly error?: { code?: string; message: string };
  readonly last: boolean;
  answer?: Promise<WorkerAnswer> | WorkerAnswer;
}

/** Files up to this size go to a worker whole; longer ones are streamed here, document by document. */
const WHOLE_FILE_BYTES = 4 << 20;

/** The documents of every input, in order, with read errors as jobs of their own. */
async function* jobsOf(inputs: readonly Input[], stdin: Readable, options: ParseRunOptions, parallel: boolean): AsyncGenerator<Job> {
  for (const input of inputs) {
    const file = input.kind === "stdin" ? "-" : input.path;
    // A synchronous stat: microseconds, where an awaited one costs this thread a round trip per file.
    let small = false;
    if (input.kind === "file") {
      try {
        small = statSync(input.path).size <= WHOLE_FILE_BYTES;
      } catch {
        small = true; // unreadable: the read reports it
      }
    }
    if (parallel && small) {
      yield { file, whole: true, last: true };
      continue;
    }
    try {
      // A small file is read in one call and decoded in one pass; a long one (or stdin) streamed.
      const source: AsyncIterable<Uint8Array> | Uint8Array =
        input.kind === "stdin" ? stdin : small ? readFileSync(input.path) : createReadStream(input.path, { highWaterMark: 1 << 20 });
      let previous: DocumentPiece | undefined;
      for await (const piece of documentsOf(source, { file, ...(options.encoding ? { encoding: options.encoding } : {}) })) {
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
  tuneCompiler();
  // The pool is started only once a second document is waiting: a one-document run (the common
  // single small file) never pays for starting worker threads.
  let pool: Pool | undefined;
  // Results are handed on in order, so a slow file at the head of the queue would leave workers
  // idle behind it: keep enough work in flight to cover it (results of small files are small).
  const window = (options.jobs > 1 ? options.jobs : 1) * 16;
  const pending: Job[] = [];
  const parallel = options.jobs > 1 && inputs.length > 1;
  const jobs = jobsOf(inputs, stdin, options, parallel);
  let exhausted = false;
  // Several files spread over `--jobs` workers. One file, however long, is parsed here, in
  // documents that keep its memory flat. Measured on two cores for a 100 MB file: one worker
  // parsing while this thread reads and writes is no faster; two are ~18 % faster but peak at
  // 380–450 MB against ~200 MB here (each worker holds its own heap and compiled code).
  const encode = options.format !== "csv" && !options.split ? options.format : undefined;
  const start = async (job: Job): Promise<Job> => {
    const piece = job.piece;
    if (job.whole) {
      pool ??= await createPool(options.jobs);
      job.answer = pool.run({ kind: "file", file: job.file, ...(options.encoding ? { encoding: options.encoding } : {}), ...(encode ? { encode } : {}) });
    } else if (piece && parallel && piece.text.length <= MAX_WORKER_CHARS) {
      pool ??= await createPool(options.jobs);
      // A worker that fails (out of memory on a freak document) leaves the document to this thread.
      job.answer = pool.run({ kind: "piece", file: job.file, piece, ...(encode ? { encode } : {}) }).catch(() => parsePiece(piece, job.file));
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
      const answer: WorkerAnswer = job.answer ? await job.answer : parsePiece(job.piece as DocumentPiece, job.file);
      if (answer.error) {
        onReadError(job.file, answer.error);
        continue;
      }
      await handle({
        file: job.file,
        records: answer.records,
        diagnostics: answer.diagnostics,
        bytes: job.piece?.text.length ?? 0,
        last: job.last,
        ...(answer.encoded ? { encoded: answer.encoded } : {}),
      });
    }
  } finally {
    await jobs.return(undefined);
    await pool?.destroy();
  }
}

/** Documents longer than this (characters) are parsed in the main thread, whose heap is not capped. */
const MAX_WORKER_CHARS = 4 << 20;

/**
 * The worker module, found from the package root: this code runs both from dist/src/cli and from
 * the single-file bundle dist/pe-parse.mjs, and the worker is always dist/src/cli/parse-worker.js.
 */
function workerUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve("pe-parse/package.json");
  return pathToFileURL(join(dirname(packageJson), "dist", "src", "cli", "parse-worker.js")).href;
}

interface Pool {
  run(task: WorkerTask): Promise<WorkerAnswer>;
  destroy(): Promise<void>;
}

async function createPool(threads: number): Promise<Pool> {
  const { Piscina } = await import("piscina");
  tuneWorkerHeaps();
  const pool = new Piscina<WorkerTask, WorkerAnswer>({
    filename: workerUrl(),
    minThreads: threads,
    maxThreads: threads,
    // A worker holds a few tasks of its own, so it never waits on the main thread between two.
    concurrentTasksPerWorker: 4,
    // No resourceLimits: a capped old generation made the workers collect often (folder run 25%
    // slower; capped at 96 MiB, a 100 MB file parsed on two workers took 11 s instead of 8).
  });
  return { run: (task) => pool.run(task), destroy: () => pool.destroy() };
}
