/**
 * The main job: parse every input, stream records to stdout (or `-o FILE`, or one file per record
 * with `--out-dir DIR --split`), report diagnostics on stderr, and return the exit code.
 */
import { lstatSync, statSync, type Stats } from "node:fs";
import { mkdir, realpath } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import type { Diagnostic } from "../diagnostics/codes.js";
import { TABLE_OF_KIND, TABLES } from "../emit/csv-tables.js";
import { diagnosticsTableFormat, diagnosticsTableWriter } from "../emit/diagnostics-table.js";
import { jsonWriter } from "../emit/json.js";
import { ndjsonWriter } from "../emit/ndjson.js";
import { drained, type RecordWriter } from "../emit/record-writer.js";
import type { PeRecord } from "../schema/record.js";
import { watchedStream, writeFileAtomic, type OutputStream } from "./atomic-write.js";
import { collectInputs, type Input, type InputProblem } from "./collect-inputs.js";
import { describeFsError } from "./describe-fs-error.js";
import { diagnosticFormatter, escapeControls, useColour } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { shownSeverities, type ParseRunOptions } from "./options.js";
import { descriptorInfo, fileIdentity, inputIdentities, openOutput, OutputError, protectedInputs } from "./output-target.js";
import { createProgress } from "./progress.js";
import { parseInputs, type FileResult } from "./run-files.js";
import { summaryLine } from "./run-summary.js";
import { addTally, countDiagnostic, countKind, countOf, emptyTally } from "./run-tally.js";
import { splitFileName } from "./safe-file-name.js";

export const EXIT = { ok: 0, fileErrors: 1, usage: 2 } as const;

async function writerFor(options: ParseRunOptions, out: Writable): Promise<RecordWriter> {
  switch (options.format) {
    case "ndjson":
      return ndjsonWriter(out);
    case "csv": {
      const { csvWriter } = await import("../emit/csv.js"); // fast-csv only when CSV is asked for
      return csvWriter(out, { table: options.table, bom: options.bom, safe: options.csvSafe, headers: options.headers });
    }
    default:
      return jsonWriter(out);
  }
}

export async function parseCommand(options: ParseRunOptions, io: CliIo): Promise<number> {
  let exit: number = EXIT.ok;
  const fail = (code: number): void => {
    exit = Math.max(exit, code);
  };
  const colour = useColour(io.stderrIsTty, io.env);
  const format = await diagnosticFormatter(colour);
  const paths = options.paths.length > 0 ? options.paths : ["-"];
  if (options.paths.length === 0 && io.stdin.isTTY) {
    io.stderr.write("pe-parse: no input: give a file or directory, or pipe a dump into stdin (see --help)\n");
    return EXIT.usage;
  }
  // --silent: nothing on stderr but what stops the run before it starts (no input, an output refused).
  const stderr = options.silent ? null : io.stderr;
  const collected = await collectInputs(paths);
  const problems = collected.problems;
  // Records to a file on stdout that is also an input (`pe-parse dumps/ > dumps/all.txt`, or
  // `>> notice.txt`, which would read what it writes): that input is not read, as cat does.
  const toFile = options.output !== undefined && options.output !== "-";
  const stdoutInfo = options.split || toFile || io.stdout !== process.stdout ? undefined : descriptorInfo(1);
  const inputs = stdoutInfo?.isFile() ? withoutStdout(collected.inputs, fileIdentity(stdoutInfo), problems) : collected.inputs;
  const say = (message: string): void => void stderr?.write(`pe-parse: ${escapeControls(message)}\n`);
  for (const problem of problems) {
    say(`${problem.path}: ${problem.message}`);
    if (problem.lost) fail(EXIT.usage);
  }
  if (inputs.length === 0) {
    io.stderr.write("pe-parse: no input found: nothing to parse\n");
    return EXIT.usage;
  }

  // stdout closed early (`pe-parse … | head`): stop quietly.
  let closed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
  };
  io.stdout.on("error", onStdoutError);

  // Output files are opened before any parsing, so a bad path fails at once. None may be an input
  // (standard input's file included) nor another output of the run, however the path is spelt.
  const taken =
    toFile || options.split || options.diagnostics !== undefined
      ? protectedInputs(inputIdentities(inputs.flatMap((i) => (i.kind === "file" ? [i.path] : [])), inputs.some((i) => i.kind === "stdin")))
      : new Map<string, string>();
  let output: OutputStream | undefined;
  let diagnosticsOutput: OutputStream | undefined;
  let outDir: string | undefined;
  try {
    // No other output of the run may be the file (or pipe) the records go to on stdout.
    if (stdoutInfo) taken.set(fileIdentity(stdoutInfo), "is standard output, where the records go");
    if (toFile) output = (await openOutput(options.output as string, taken)).output;
    if (options.diagnostics !== undefined) {
      // `--diagnostics /dev/stdout` while the records go to a file: the table is written to stdout.
      diagnosticsOutput = (await openOutput(options.diagnostics, taken)).output ?? watchedStream(io.stdout, async () => undefined, async () => undefined, "finish");
    }
    if (options.split && options.outDir) {
      outDir = await makeFolder(options.outDir);
    }
  } catch (error) {
    await output?.abort();
    await diagnosticsOutput?.abort();
    if (!(error instanceof OutputError)) throw error;
    io.stderr.write(`pe-parse: ${escapeControls(error.message)}\n`);
    io.stdout.off("error", onStdoutError);
    return EXIT.usage;
  }
  const out: Writable = output?.stream ?? io.stdout;
  const writer = options.split ? undefined : await writerFor(options, out);
  const table = diagnosticsOutput
    ? diagnosticsTableWriter(diagnosticsOutput.stream, diagnosticsTableFormat(options.diagnostics as string) ?? "csv", { bom: options.bom })
    : undefined;
  const names = new Set<string>();

  const progress = createProgress(io, inputs.length, options);
  const log = (message: string): void => {
    if (stderr) progress.log(`pe-parse: ${escapeControls(message)}\n`);
  };
  const shown = shownSeverities(options);
  const ignored = new Set<string>(options.ignore);
  const visible = (d: Diagnostic): boolean => shown.includes(d.severity) && !ignored.has(d.code);
  // What the summary and the exit code count: records by kind, diagnostics by code.
  const tally = emptyTally();
  let files = 0;
  let empty = 0;
  let unreadable = 0;
  let fileRecords = 0;
  // A document's diagnostic lines go to stderr in one write: stderr to a file or pipe writes
  // synchronously, and a batch of thousands of files has tens of thousands of lines.
  const report = (file: string, diagnostics: readonly Diagnostic[], lines: string[]): void => {
    for (const d of diagnostics) {
      countDiagnostic(tally, d);
      if (visible(d)) lines.push(format(file, d) + "\n");
    }
  };

  const handle = async (result: FileResult): Promise<void> => {
    const lines: string[] = [];
    report(result.file, result.diagnostics, lines);
    for (const d of result.diagnostics) table?.write(result.file, d);
    for (const record of result.records) {
      countKind(tally, record.kind);
      report(result.file, record.diagnostics, lines);
    }
    table?.writeRecords(result.file, result.records);
    if (result.encoded) {
      // A worker sent the diagnostics shown (or, for --diagnostics, all) and a tally of the rest.
      addTally(tally, result.encoded.tally);
      if (result.encoded.all) {
        for (const { d, owner } of result.encoded.all) {
          if (visible(d)) lines.push(format(result.file, d) + "\n");
          table?.write(result.file, d, owner);
        }
      } else for (const d of result.encoded.shown) if (!ignored.has(d.code)) lines.push(format(result.file, d) + "\n");
    }
    if (lines.length > 0 && stderr) progress.log(lines.join(""));
    fileRecords += result.encoded?.count ?? result.records.length;
    if (result.last) {
      files++;
      if (fileRecords === 0) empty++;
      fileRecords = 0;
    }
    if (outDir !== undefined) {
      await writeSplit(result.file, result.records, options, outDir as string, names, taken, split, (m) => {
        log(m);
        fail(EXIT.usage);
      });
    } else if (writer && !closed) {
      if (tableRows) for (const r of result.records) if (tableRows(r).length === 0) outsideTable.set(r.kind, (outsideTable.get(r.kind) ?? 0) + 1);
      if (result.encoded && writer.writeEncoded) writer.writeEncoded(result.encoded.bytes, result.encoded.count);
      else writer.write(result.records);
      await drained(out);
    }
    if (diagnosticsOutput) await drained(diagnosticsOutput.stream);
    progress.tick(result);
  };
  const split = { skipped: 0 };
  // CSV: records the chosen table has no row for (summary rows in the projects table), by kind,
  // so an analyst given a header-only file learns which table holds them.
  const tableRows = options.format === "csv" && outDir === undefined ? TABLES[options.table].rows : undefined;
  const outsideTable = new Map<PeRecord["kind"], number>();

  // The file outputs of the run, put in place together: all of them whole, or none.
  const outputs: Array<{ name: string; out: OutputStream }> = [];
  if (output) outputs.push({ name: options.output as string, out: output });
  if (diagnosticsOutput) outputs.push({ name: options.diagnostics as string, out: diagnosticsOutput });
  const failedFile = (): { name: string; out: OutputStream } | undefined => outputs.find((f) => f.out.error() !== undefined);
  const stopped = (): boolean => closed || failedFile() !== undefined;
  let outputFailed = false;
  try {
    await parseInputs(inputs, io.stdin, options, handle, stopped, (path, error) => {
      log(`${path}: ${describeFsError(error)}`);
      unreadable++;
      fail(EXIT.usage);
    });
    // Records cut short by a failed output are not closed as if complete (no `]}` after them).
    // A CSV writer waits for its stream to take everything, which a failed output never does.
    if (writer && !closed && !failedFile()) await (output ? Promise.race([writer.end(), output.failed]) : writer.end());
    const flushed = await Promise.allSettled(outputs.map((f) => f.out.flush()));
    const broken = outputs.flatMap((f, i) => {
      const result = flushed[i] as PromiseSettledResult<void>;
      const error = f.out.error() ?? (result.status === "rejected" ? (result.reason as Error) : undefined);
      return error ? [new OutputError(f.name, describeFsError(error))] : [];
    });
    if (broken.length > 0) throw new AggregateError(broken);
    for (const f of outputs) {
      await f.out.publish().catch((error: unknown) => {
        throw new OutputError(f.name, describeFsError(error));
      });
    }
  } catch (error) {
    outputFailed = true;
    for (const f of outputs) await f.out.abort();
    // A write that failed (a full disk, a reader gone) names the path it failed on.
    const errors = error instanceof AggregateError ? (error.errors as unknown[]) : [error];
    for (const e of errors) {
      if (e instanceof OutputError) log(e.message);
      else if ((e as NodeJS.ErrnoException).code !== undefined) log(describeFsError(e));
      else throw e;
    }
    fail(EXIT.usage);
  } finally {
    progress.stop();
    io.stdout.off("error", onStdoutError);
  }

  // The exit code from the counts: errors always; warnings (but --ignore's) with --strict or
  // over --max-warnings.
  const warnings = countOf(tally, "warning", ignored);
  if (countOf(tally, "error") > 0) fail(EXIT.fileErrors);
  if (options.strict && warnings > 0) fail(EXIT.fileErrors);
  // Written after the progress bar is gone, so it is the run's last line.
  if (split.skipped > 0) say(`--split: ${split.skipped} of the records have no row in the ${options.table} table; no file written for them`);
  // A closing note, like the summary line: not under -q, nor after a failed output.
  if (outsideTable.size > 0 && !options.quiet && !closed && !outputFailed) {
    const kinds = [...outsideTable].map(([kind, n]) => `${n} ${kind}${TABLE_OF_KIND[kind] === options.table ? "" : ` (-t ${TABLE_OF_KIND[kind]})`}`);
    say(`csv: ${[...outsideTable.values()].reduce((a, b) => a + b, 0)} of the records have no row in the ${options.table} table: ${kinds.join(", ")}`);
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    fail(EXIT.fileErrors);
    say(`${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  }
  if (inputs.length > 1 && !options.quiet && !closed && !outputFailed) {
    say(summaryLine({ files, empty, unreadable, tally }, { ignore: ignored, verbose: options.verbose }));
  }
  return exit;
}

async function writeSplit(
  file: string,
  records: readonly PeRecord[],
  options: ParseRunOptions,
  outDir: string,
  names: Set<string>,
  taken: ReadonlyMap<string, string>,
  split: { skipped: number },
  problem: (message: string) => void,
): Promise<void> {
  const stem = file === "-" ? "stdin" : basename(file, extname(file));
  const extension = options.format === "ndjson" ? "ndjson" : options.format === "csv" ? "csv" : "json";
  let seq = 0;
  // A CSV table takes only some records (indicators: projects): the others would be header-only files.
  const rows = options.format === "csv" ? TABLES[options.table].rows : undefined;
  for (const record of records) {
    seq++;
    if (rows && rows(record).length === 0) {
      split.skipped++;
      continue;
    }
    const name = "name" in record ? record.name : "code" in record ? `${record.code}${record.title ?? ""}` : "";
    const fileName = splitFileName(stem, seq, name, extension, names);
    const target = join(outDir, fileName);
    // Names are sanitised, but check anyway: nothing is ever written outside --out-dir.
    if (!target.startsWith(outDir + sep)) {
      problem(`refused to write outside --out-dir: ${fileName}`);
      continue;
    }
    // An input, or the --diagnostics file, under this name: never replaced (a link to one is, as a link).
    const existing = lstatOrUndefined(target);
    const owner = taken.get(existing ? fileIdentity(existing) : `path:${target}`);
    if (owner !== undefined) {
      problem(`${target} ${owner}; not overwritten`);
      continue;
    }
    if (!options.force && existing) {
      problem(`${target} exists; not overwritten (use --force)`);
      continue;
    }
    try {
      await writeFileAtomic(target, await renderOne(record, options));
    } catch (error) {
      // A full disk fails every file after this one too: end the run here.
      throw new OutputError(target, describeFsError(error));
    }
  }
}

/**
 * Makes `--out-dir` (and its parents) and returns its real path; throws OutputError with the real
 * reason: Node's recursive mkdir says "no such file or directory" for a read-only or forbidden
 * parent, so the first missing folder is made alone to learn why, and a file in the way is named.
 */
async function makeFolder(dir: string): Promise<string> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new OutputError(dir, "exists and is not a folder");
    let missing = resolve(dir);
    while (dirname(missing) !== missing && statOrUndefined(dirname(missing)) === undefined) missing = dirname(missing);
    if (lstatOrUndefined(missing)?.isSymbolicLink()) throw new OutputError(dir, "broken symbolic link");
    const reason = await mkdir(missing).then(
      () => error,
      (real: unknown) => real,
    );
    throw new OutputError(dir, describeFsError(reason));
  }
  const real = await realpath(dir).catch((error: unknown) => {
    throw new OutputError(dir, describeFsError(error));
  });
  if (!statOrUndefined(real)?.isDirectory()) throw new OutputError(dir, "exists and is not a folder");
  return real;
}

/** The inputs but the one(s) that are the file standard output writes to, each said as a problem. */
function withoutStdout(inputs: readonly Input[], stdout: string, problems: InputProblem[]): Input[] {
  return inputs.filter((input) => {
    const info = input.kind === "stdin" ? descriptorInfo(0) : statOrUndefined(input.path);
    if (!info || fileIdentity(info) !== stdout) return true;
    problems.push({ path: input.kind === "stdin" ? "-" : input.path, message: "is standard output, where the records go; not read", lost: true });
    return false;
  });
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

async function renderOne(record: PeRecord, options: ParseRunOptions): Promise<string> {
  if (options.format === "ndjson") return JSON.stringify(record) + "\n";
  if (options.format === "json") return JSON.stringify(record, null, 2) + "\n";
  const { PassThrough } = await import("node:stream");
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const { csvWriter } = await import("../emit/csv.js");
  const writer = await csvWriter(sink, { table: options.table, bom: options.bom, safe: options.csvSafe, headers: options.headers });
  writer.write([record]);
  await writer.end();
  return Buffer.concat(chunks).toString("utf8");
}
