/** The normalised options of a parse run: the CLI maps flags into this once, at the boundary. */
import { availableParallelism } from "node:os";
import { z } from "zod";
import type { Severity } from "../diagnostics/codes.js";
import { CSV_HEADER_LANGUAGES, CSV_TABLES } from "../emit/csv-tables.js";

/** Whether Node can decode `name`: checked once here, not by each file's decoder in a worker. */
function knownEncoding(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

export const ParseRunOptions = z
  .object({
    paths: z.array(z.string()),
    format: z.enum(["json", "ndjson", "csv"]).default("json"),
    table: z.enum(CSV_TABLES).default("projects"),
    output: z.string().optional(),
    outDir: z.string().optional(),
    split: z.boolean().default(false),
    force: z.boolean().default(false),
    bom: z.boolean().default(false),
    csvSafe: z.boolean().default(false),
    headers: z.enum(CSV_HEADER_LANGUAGES).default("en"),
    encoding: z
      .string()
      .refine(knownEncoding, { message: "--encoding: unknown encoding (try utf-8, gb18030, gbk, utf-16le, utf-16be)" })
      .optional(),
    quiet: z.boolean().default(false),
    verbose: z.boolean().default(false),
    strict: z.boolean().default(false),
    progress: z.boolean().default(true),
    jobs: z.coerce.number().int().min(1).max(256).default(Math.max(1, availableParallelism())),
  })
  .refine((o) => !o.split || o.outDir !== undefined, { message: "--split needs --out-dir DIR", path: ["split"] })
  .refine((o) => !(o.output && o.split), { message: "-o and --split cannot be used together", path: ["output"] });
export type ParseRunOptions = z.infer<typeof ParseRunOptions>;

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

/** The severities of diagnostics a run prints to stderr: none with --quiet, info only with --verbose. */
export function shownSeverities(options: Pick<ParseRunOptions, "quiet" | "verbose">): Severity[] {
  if (options.quiet) return [];
  return options.verbose ? ["error", "warning", "info"] : ["error", "warning"];
}
