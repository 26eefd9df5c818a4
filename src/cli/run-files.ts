/**
 * Runs the parse over the inputs: each file (or stdin) is read as a stream, decoded and cut into
 * documents (src/read-documents.ts); each document is parsed here (`--jobs 1`) or on a piscina pool
 * of worker threads, a bounded window ahead; results are handed on strictly in input order, so
 * output is identical for any N and neither a file nor the batch is ever held in memory whole.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Readable } from "node:stream";
import type { Diagnostic } from "../diagnostics/codes.js";
import { FileVerdict } from "../file-verdict.js";
import type { ParseResult } from "../parse-text.js";
import { documentsOf, type DocumentPiece } from "../read-documents.js";
import type { PeRecord } from "../schema/record.js";
import type { Input } from "./collect-inputs.js";
import { shownSeverities, workerCount, type ParseRunOptions } from "./options.js";
import { descriptorInfo } from "./output-target.js";
import { internalError, parseGuarded } from "./parse-guarded.js";
import type { EncodeRequest, WorkerAnswer, WorkerTask } from "./parse-worker.js";

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
  /** The worker's answer has arrived. */
  settled?: boolean;
  /** Parsed by this thread ahead of its turn, while the head of the queue was with a worker. */
  parsed?: WorkerAnswer;
}

/** Files up to this size go to a worker whole; longer ones are streamed here, document by document. */
const WHOLE_FILE_BYTES = 4 << 20;

/** The documents of every input, in order, with read errors as jobs of their own. */
async function* jobsOf(inputs: readonly Input[], stdin: Readable, options: ParseRunOptions, parallel: boolean): AsyncGenerator<Job> {
  for (const input of inputs) {
    const file = input.kind === "stdin" ? "-" : input.path;
    // A synchronous stat: microseconds, where an awaited one costs this thread a round trip per file.
    // Only a regular file has a size to trust: a device (`/dev/zero`), a FIFO or a `<(…)` pipe
    // reports 0 and may never end, so it is streamed, in bounded memory, like stdin.
    let small = false;
    if (input.kind === "file") {
      try {
        const info = statSync(input.path);
        small = info.isFile() && info.size <= WHOLE_FILE_BYTES;
      } catch {
        small = true; // unreadable: the read reports it
      }
    }
    if (parallel && small) {
      yield { file, whole: true, last: true };
      continue;
    }
    if (input.kind === "stdin" && (stdin as { fd?: unknown }).fd === 0 && descriptorInfo(0)?.isDirectory()) {
      // `pe-parse - < folder/`: Node gives an empty stream for it; say what it is instead.
      yield { file, error: { code: "EISDIR", message: "is a directory" }, last: true };
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
  // The pool is started only when a worker has work: with several files at the first, with one
  // input once it has shown itself long (SHARE_AFTER_CHARS), so a short file never pays for it.
  let pool: Pool | undefined;
  // Results are handed on in order, so a slow file at the head of the queue would leave workers
  // idle behind it: keep enough work in flight to cover it (results of small files are small).
  const { threads, workers, batch } = workerCount(options.jobs, inputs.length);
  const window = threads * 16;
  const pending: Job[] = [];
  const jobs = jobsOf(inputs, stdin, options, batch);
  let exhausted = false;
  // Several files: `--jobs` workers parse them, this thread reads and writes. One input (a long
  // dump, stdin): this thread reads it and shares its documents with `--jobs − 1` workers, parsing
  // one itself whenever the workers hold enough, so it keeps one heap fewer than `--jobs` workers
  // would (a 100 MB file on two cores: 9.1 s on this thread alone, 6.4 s shared with one worker;
  // 2 workers and an idle main thread took 7.6 s and peaked near 400 MB).
  const workerCapacity = workers * TASKS_PER_WORKER;
  let inWorkers = 0;
  let charsSeen = 0;
  const encode: EncodeRequest | undefined =
    options.format !== "csv" && !options.split
      ? { format: options.format, show: shownSeverities(options), ...(options.diagnostics !== undefined ? { all: true } : {}) }
      : undefined;
  const start = async (job: Job): Promise<Job> => {
    const piece = job.piece;
    if (piece) charsSeen += piece.text.length;
    if (job.whole) {
      pool ??= await createPool(workers);
      // A worker that fails (a throw, a crash, out of memory) takes the other tasks it held with
      // it: the file is parsed again here, where a failure costs only its own documents.
      job.answer = pool
        .run({ kind: "file", file: job.file, ...(options.encoding ? { encoding: options.encoding } : {}), ...(encode ? { encode } : {}) })
        .catch(() => parseFileHere(job.file, options.encoding));
    } else if (piece && mayShare(piece) && (batch || inWorkers < workerCapacity)) {
      await share(job, piece);
    }
    return job;
  };
  const mayShare = (piece: DocumentPiece): boolean =>
    workers > 0 && piece.text.length <= MAX_WORKER_CHARS && (batch || charsSeen > SHARE_AFTER_CHARS);
  const share = async (job: Job, piece: DocumentPiece): Promise<void> => {
    pool ??= await createPool(workers);
    inWorkers++;
    // A worker that fails (out of memory on a freak document) leaves the document to this thread.
    const answer = pool.run({ kind: "piece", file: job.file, piece, ...(encode ? { encode } : {}) }).catch(() => parseHere(piece, job.file));
    job.answer = answer.then((result) => {
      inWorkers--;
      job.settled = true;
      return result;
    });
  };
  // A document is left to this thread when it is read while the workers hold enough; a worker
  // that has freed up since takes the next such document no thread has begun. Assigned only when
  // read, the workers waited on this thread's own parses: a 50 MB dump's worker idled 15–30 % of
  // the run.
  const topUpWorkers = async (): Promise<void> => {
    for (const job of pending) {
      if (inWorkers >= workerCapacity) return;
      if (job.piece && !job.answer && !job.parsed && mayShare(job.piece)) await share(job, job.piece);
    }
  };
  // The file being handed on: its documents' evidence, for its verdict once its last is in.
  let verdict = new FileVerdict();
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await jobs.next();
        if (next.done) exhausted = true;
        else pending.push(await start(next.value));
      }
      await topUpWorkers();
      const job = pending[0];
      if (!job || stopped()) break;
      if (inWorkers > 0 && !job.settled && !job.parsed) {
        // Let the workers' finished answers in first (they arrive as messages, which this thread
        // reads only between tasks), so a freed worker gets the next document now, not after the
        // parse this thread is about to do.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (pending.length < window && !exhausted) continue;
      }
      if (job.answer && !job.settled) {
        // The head is still with a worker: parse one of this thread's documents meanwhile.
        const own = pending.find((j) => j.piece && !j.answer && !j.parsed);
        if (own) {
          own.parsed = await parseHere(own.piece as DocumentPiece, own.file);
          continue;
        }
      }
      pending.shift();
      if (job.error) {
        verdict = new FileVerdict();
        onReadError(job.file, job.error);
        continue;
      }
      const answer: WorkerAnswer = job.parsed ?? (job.answer ? await job.answer : await parseHere(job.piece as DocumentPiece, job.file));
      if (answer.error) {
        verdict = new FileVerdict();
        onReadError(job.file, answer.error);
        continue;
      }
      // A file-level diagnostic (`no-form-recognised`) is decided over the whole file, on its last document.
      verdict.add(answer.evidence);
      let diagnostics = answer.diagnostics;
      if (job.last) {
        const last = verdict.verdict();
        if (last) diagnostics = [...diagnostics, last];
        verdict = new FileVerdict();
      }
      await handle({
        file: job.file,
        records: answer.records,
        diagnostics,
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

/**
 * Parses a document on this thread (a throw costs only the document: parse-guarded.ts). The
 * parser (grammars, zod schemas) is loaded on first use: a batch whose files all go to workers
 * never loads it here, and its workers start that much sooner.
 */
async function parseHere(piece: DocumentPiece, file: string): Promise<ParseResult> {
  parser ??= import("../parse-stream.js");
  return parseGuarded((await parser).parsePiece, piece, file);
}
let parser: Promise<typeof import("../parse-stream.js")> | undefined;

/** A whole file parsed on this thread, after the worker parsing it failed. */
async function parseFileHere(file: string, encoding: string | undefined): Promise<WorkerAnswer> {
  const records: PeRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const verdict = new FileVerdict();
  try {
    for await (const piece of documentsOf(readFileSync(file), { file, ...(encoding ? { encoding } : {}) })) {
      const result = await parseHere(piece, file);
      records.push(...result.records);
      diagnostics.push(...result.diagnostics);
      verdict.add(result.evidence);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== undefined) return { records: [], diagnostics: [], error: { code: e.code, message: e.message } };
    diagnostics.push(internalError(error));
  }
  return { records, diagnostics, evidence: verdict.evidence() };
}

/** Characters of one input after which its documents are shared with workers (~2.5 MB of text). */
const SHARE_AFTER_CHARS = 1 << 20;

/**
 * Tasks a worker holds at once, so it never waits on the main thread between two. Three, not four:
 * piscina reads each task's message on arrival, so a worker held the documents after the one it
 * parses as strings in its heap, and with three of them waiting they outlived its young
 * collections: in about one 100 MB run in four its old generation grew ~10 MB/s to a full
 * collection and the run peaked near 310 MiB instead of 270 (16 of 16 runs stayed low with three).
 * Two made the run 1.13× slower (the worker waited).
 */
const TASKS_PER_WORKER = 3;

/** Documents longer than this (characters) are parsed in the main thread, whose heap is not capped. */
const MAX_WORKER_CHARS = 4 << 20;

/**
 * The worker module, found from the package root: this code runs both from dist/src/cli and from
 * the command's bundle (dist/pe-parse.mjs and its dist/chunks), and the worker is always the
 * bundle the build writes beside it, dist/pe-parse-worker.mjs (scripts/bundle.mjs).
 */
function workerUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve("pe-parse/package.json");
  return pathToFileURL(join(dirname(packageJson), "dist", "pe-parse-worker.mjs")).href;
}

interface Pool {
  run(task: WorkerTask): Promise<WorkerAnswer>;
  destroy(): Promise<void>;
}

async function createPool(threads: number): Promise<Pool> {
  const { Piscina } = await import("piscina");
  const pool = new Piscina<WorkerTask, WorkerAnswer>({
    filename: workerUrl(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // No resourceLimits: a capped old generation made the workers collect often (folder run 25%
    // slower; capped at 96 MiB, a 100 MB file parsed on two workers took 11 s instead of 8).
  });
  return { run: (task) => pool.run(task), destroy: () => pool.destroy() };
}
