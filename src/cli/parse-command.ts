/**
 * The main job: parse every input, stream records to stdout (or `-o FILE`, or one file per record
 * with `--out-dir DIR --split`), report diagnostics on stderr, and return the exit code.
 */
import { lstatSync, type Stats } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import type { Diagnostic, Severity } from "../diagnostics/codes.js";
import { jsonWriter } from "../emit/json.js";
import { ndjsonWriter } from "../emit/ndjson.js";
import { drained, type RecordWriter } from "../emit/record-writer.js";
import type { PeRecord } from "../schema/record.js";
import { writeFileAtomic, type OutputStream } from "./atomic-write.js";
import { collectInputs } from "./collect-inputs.js";
import { describeFsError } from "./describe-fs-error.js";
import { diagnosticFormatter, escapeControls, useColour } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { shownSeverities, type ParseRunOptions } from "./options.js";
import { fileIdentity, inputIdentities, openOutput, OutputError } from "./output-target.js";
import { createProgress } from "./progress.js";
import { parseInputs, type FileResult } from "./run-files.js";
import { splitFileName } from "./safe-file-name.js";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

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
  const { inputs, problems } = await collectInputs(paths);
  const say = (stream: Writable, message: string): void => void stream.write(`pe-parse: ${escapeControls(message)}\n`);
  for (const problem of problems) {
    say(io.stderr, `${problem.path}: ${problem.message}`);
    if (problem.lost) fail(EXIT.usage);
  }

  // stdout closed early (`pe-parse … | head`): stop quietly.
  let closed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
  };
  io.stdout.on("error", onStdoutError);

  // Output files are opened before any parsing, so a bad path fails at once; none may be an input.
  const toFile = options.output !== undefined && options.output !== "-";
  const protectedInputs = toFile || options.split ? inputIdentities(inputs.flatMap((i) => (i.kind === "file" ? [i.path] : []))) : new Set<string>();
  let output: OutputStream | undefined;
  try {
    if (toFile) output = await openOutput(options.output as string, protectedInputs);
    if (options.split && options.outDir) {
      await mkdir(options.outDir, { recursive: true }).catch((error: unknown) => {
        throw new OutputError(options.outDir as string, describeFsError(error));
      });
    }
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    say(io.stderr, error.message);
    io.stdout.off("error", onStdoutError);
    return EXIT.usage;
  }
  const out: Writable = output?.stream ?? io.stdout;
  const writer = options.split ? undefined : await writerFor(options, out);
  const taken = new Set<string>();

  const progress = createProgress(io, inputs.length, options);
  const log = (message: string): void => progress.log(`pe-parse: ${escapeControls(message)}\n`);
  const shown = shownSeverities(options);
  const fails = (severity: Severity): boolean => severity === "error" || (options.strict && severity === "warning");
  // A document's diagnostic lines go to stderr in one write: stderr to a file or pipe writes
  // synchronously, and a batch of thousands of files has tens of thousands of lines.
  const report = (file: string, diagnostics: readonly Diagnostic[], lines: string[]): void => {
    for (const d of diagnostics) {
      if (fails(d.severity)) fail(EXIT.fileErrors);
      if (shown.includes(d.severity)) lines.push(format(file, d) + "\n");
    }
  };

  const handle = async (result: FileResult): Promise<void> => {
    const lines: string[] = [];
    report(result.file, result.diagnostics, lines);
    for (const record of result.records) report(result.file, record.diagnostics, lines);
    if (result.encoded) {
      // A worker sent only the diagnostics shown, and how many there are of each severity.
      const { counts } = result.encoded;
      if (SEVERITIES.some((severity) => counts[severity] > 0 && fails(severity))) fail(EXIT.fileErrors);
      for (const d of result.encoded.shown) lines.push(format(result.file, d) + "\n");
    }
    if (lines.length > 0) progress.log(lines.join(""));
    if (options.split && options.outDir) {
      await writeSplit(result.file, result.records, options, taken, protectedInputs, (m) => {
        log(m);
        fail(EXIT.usage);
      });
    } else if (writer && !closed) {
      if (result.encoded && writer.writeEncoded) writer.writeEncoded(result.encoded.bytes, result.encoded.count);
      else writer.write(result.records);
      await drained(out);
    }
    progress.tick(result);
  };

  const stopped = (): boolean => closed || output?.error() !== undefined;
  try {
    await parseInputs(inputs, io.stdin, options, handle, stopped, (path, error) => {
      log(`${path}: ${describeFsError(error)}`);
      fail(EXIT.usage);
    });
    // A CSV writer waits for its stream to take everything, which a failed output never does.
    if (writer && !closed) await (output ? Promise.race([writer.end(), output.failed]) : writer.end());
    if (output) await output.commit();
  } catch (error) {
    await output?.abort();
    // A write that failed (a full disk, a reader gone) names the path it failed on.
    if (error instanceof OutputError) log(error.message);
    else if (output && error === output.error()) log(`${options.output}: ${describeFsError(error)}`);
    else if ((error as NodeJS.ErrnoException).code !== undefined) log(describeFsError(error));
    else throw error;
    fail(EXIT.usage);
  } finally {
    progress.stop();
    io.stdout.off("error", onStdoutError);
  }
  return exit;
}

async function writeSplit(
  file: string,
  records: readonly PeRecord[],
  options: ParseRunOptions,
  taken: Set<string>,
  inputs: ReadonlySet<string>,
  problem: (message: string) => void,
): Promise<void> {
  const outDir = resolve(options.outDir as string);
  const stem = file === "-" ? "stdin" : basename(file, extname(file));
  const extension = options.format === "ndjson" ? "ndjson" : options.format === "csv" ? "csv" : "json";
  let seq = 0;
  for (const record of records) {
    seq++;
    const name = "name" in record ? record.name : "code" in record ? `${record.code}${record.title ?? ""}` : "";
    const fileName = splitFileName(stem, seq, name, extension, taken);
    const target = join(outDir, fileName);
    // Names are sanitised, but check anyway: nothing is ever written outside --out-dir.
    if (!target.startsWith(outDir + sep)) {
      problem(`refused to write outside --out-dir: ${fileName}`);
      continue;
    }
    const existing = lstatOrUndefined(target);
    if (existing && inputs.has(fileIdentity(existing))) {
      problem(`${target} is one of the inputs; not overwritten`);
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
