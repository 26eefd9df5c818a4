/**
 * The normalised options of a parse run: the CLI maps flags into this once, at the boundary. The
 * schema also refuses what would do nothing (`-t` without CSV output, `--force` without
 * `--split`), infers `--format` from `-o`'s extension, and names the flag in every complaint
 * (optionErrors).
 */
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { z } from "zod";
import { diagnosticInfo, type Severity } from "../diagnostics/codes.js";
import { CSV_HEADER_LANGUAGES, CSV_TABLES } from "../emit/csv-tables.js";
import { diagnosticsTableFormat } from "../emit/diagnostics-table.js";

/** Whether Node can decode `name`: checked once here, not by each file's decoder in a worker. */
export function knownEncoding(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

export const FORMATS = ["json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];
export const MAX_JOBS = 256;

/** The format an output file's name asks for, if its extension is one pe-parse writes. */
export function formatOfPath(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".ndjson" || ext === ".jsonl" ? "ndjson" : ext === ".json" ? "json" : undefined;
}

/** A whole number written as digits only (`-j 0x10`, `-j 1e1` and `-j ""` are not numbers here). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\s*\d+\s*$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** `--ignore a,b --ignore c`, as commander collects it: codes split on commas. */
const codeList = z.array(z.string()).transform((lists) => lists.flatMap((l) => l.split(",")).map((c) => c.trim()).filter((c) => c !== ""));

/** What each option accepts, for the messages (`-j, --jobs: expected a whole number …`). */
const FLAGS = {
  paths: { flag: "paths", expected: "paths" },
  format: { flag: "-f, --format", expected: FORMATS.join(", ") },
  table: { flag: "-t, --table", expected: CSV_TABLES.join(", ") },
  headers: { flag: "--headers", expected: CSV_HEADER_LANGUAGES.join(" or ") },
  output: { flag: "-o, --output", expected: "a file name" },
  outDir: { flag: "--out-dir", expected: "a folder" },
  diagnostics: { flag: "--diagnostics", expected: "a file name ending in .csv, .ndjson or .jsonl" },
  encoding: { flag: "--encoding", expected: "an encoding Node knows (utf-8, gb18030, gbk, utf-16le, utf-16be, …)" },
  jobs: { flag: "-j, --jobs", expected: `a whole number from 1 to ${MAX_JOBS}` },
  maxWarnings: { flag: "--max-warnings", expected: "a whole number from 0 up" },
  ignore: { flag: "--ignore", expected: "diagnostic codes" },
} as const satisfies Record<string, { flag: string; expected: string }>;

const Flags = z.object({
  paths: z.array(z.string()),
  format: z.enum(FORMATS).optional(),
  table: z.enum(CSV_TABLES).optional(),
  output: z.string().optional(),
  outDir: z.string().optional(),
  split: z.boolean().default(false),
  force: z.boolean().default(false),
  bom: z.boolean().default(false),
  csvSafe: z.boolean().default(false),
  headers: z.enum(CSV_HEADER_LANGUAGES).optional(),
  encoding: z.string().refine(knownEncoding).optional(),
  quiet: z.boolean().default(false),
  silent: z.boolean().default(false),
  verbose: z.boolean().default(false),
  strict: z.boolean().default(false),
  progress: z.boolean().default(true),
  jobs: wholeNumber(1, MAX_JOBS).default(Math.max(1, availableParallelism())),
  ignore: codeList.default([]),
  maxWarnings: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  diagnostics: z.string().refine((p) => diagnosticsTableFormat(p) !== undefined).optional(),
});

const CODES: Readonly<Record<string, { severity: Severity }>> = diagnosticInfo;

export const ParseRunOptions = Flags.superRefine((o, ctx) => {
  // `params.worded`: the message names its flags already (optionErrors prints it as it is).
  const refuse = (message: string, key: string): void => void ctx.addIssue({ code: "custom", message, path: [key], params: { worded: true } });
  if (o.split && o.outDir === undefined) refuse("--split needs --out-dir DIR", "split");
  if (o.output !== undefined && o.split) refuse("-o and --split cannot be used together", "output");
  if (o.outDir !== undefined && !o.split) refuse("--out-dir has no effect without --split (one file per record in DIR)", "outDir");
  if (o.force && !o.split) refuse("--force has no effect without --split (-o always replaces its file)", "force");
  const fromName = o.output !== undefined && o.output !== "-" ? formatOfPath(o.output) : undefined;
  if (o.format !== undefined && fromName !== undefined && o.format !== fromName)
    refuse(`-f, --format ${o.format} contradicts -o ${o.output}, the name of a ${fromName} file`, "format");
  const csv = (o.format ?? fromName) === "csv";
  const csvOnly: Array<[unknown, string]> = [
    [o.table, "-t, --table"],
    [o.headers, "--headers"],
    [o.csvSafe || undefined, "--csv-safe"],
  ];
  for (const [value, flag] of csvOnly) if (value !== undefined && !csv) refuse(`${flag} has no effect without CSV output (-f csv, or -o FILE.csv)`, "format");
  if (o.bom && !csv && !(o.diagnostics !== undefined && diagnosticsTableFormat(o.diagnostics) === "csv"))
    refuse("--bom has no effect without CSV output (-f csv, -o FILE.csv or --diagnostics FILE.csv)", "bom");
  for (const code of Array.isArray(o.ignore) ? o.ignore : []) {
    const info = CODES[code];
    if (!info) refuse(`--ignore: unknown diagnostic code "${code}"`, "ignore");
    else if (info.severity === "error") refuse(`--ignore: ${code} is an error; errors cannot be ignored`, "ignore");
  }
  if (o.diagnostics !== undefined && o.output !== undefined && o.output !== "-" && o.diagnostics === o.output)
    refuse(`--diagnostics and -o name the same file: ${o.output}`, "diagnostics");
}).transform((o) => {
  const fromName = o.output !== undefined && o.output !== "-" ? formatOfPath(o.output) : undefined;
  return {
    ...o,
    format: o.format ?? fromName ?? ("json" as Format),
    table: o.table ?? ("projects" as const),
    headers: o.headers ?? ("en" as const),
    ignore: [...new Set(o.ignore)],
  };
});
export type ParseRunOptions = z.output<typeof ParseRunOptions>;

/**
 * The options' problems as `pe-parse:` lines naming the flag and the value given: a check of one
 * option says what it expects (`-j, --jobs: expected a whole number from 1 to 256, got "0"`),
 * a check across options already words its message so.
 */
export function optionErrors(error: z.ZodError, flags: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (issue.code === "custom" && (issue.params as { worded?: boolean } | undefined)?.worded) {
      lines.push(issue.message);
      continue;
    }
    const known = (FLAGS as Record<string, { flag: string; expected: string }>)[key];
    const value = flags[key];
    const given = Array.isArray(value) ? value.join(",") : String(value);
    lines.push(known ? `${known.flag}: expected ${known.expected}, got ${JSON.stringify(given)}` : `${key}: ${issue.message}`);
  }
  return [...new Set(lines)];
}

/**
 * Worker threads worth starting: no more than the cores (more only share them, each with its own
 * heap and start-up: `-j 256` on 10 files once took 47 s and 3.6 GB), and for a batch no more
 * than its files. One input shares its documents between this thread and the workers, so it
 * takes one worker fewer than the threads.
 */
export function workerCount(jobs: number, files: number, cores = availableParallelism()): { threads: number; workers: number; batch: boolean } {
  const threads = Math.max(1, Math.min(jobs, cores));
  const batch = threads > 1 && files > 1;
  return batch ? { threads, workers: Math.min(threads, files), batch } : { threads, workers: threads - 1, batch };
}

/**
 * The severities of diagnostics a run prints to stderr: none with --silent, errors only with
 * --quiet (an error is never hidden by -q), info too with --verbose. `--ignore` filters further.
 */
export function shownSeverities(options: Pick<ParseRunOptions, "quiet" | "verbose" | "silent">): Severity[] {
  if (options.silent) return [];
  if (options.quiet) return ["error"];
  return options.verbose ? ["error", "warning", "info"] : ["error", "warning"];
}
