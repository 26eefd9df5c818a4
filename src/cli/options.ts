/** The normalised options of a parse run: the CLI maps flags into this once, at the boundary. */
import { availableParallelism } from "node:os";
import { z } from "zod";
import type { Severity } from "../diagnostics/codes.js";
import { CSV_HEADER_LANGUAGES, CSV_TABLES } from "../emit/csv-tables.js";

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
    encoding: z.string().optional(),
    quiet: z.boolean().default(false),
    verbose: z.boolean().default(false),
    strict: z.boolean().default(false),
    progress: z.boolean().default(true),
    jobs: z.coerce.number().int().min(1).max(256).default(Math.max(1, availableParallelism())),
  })
  .refine((o) => !o.split || o.outDir !== undefined, { message: "--split needs --out-dir DIR", path: ["split"] })
  .refine((o) => !(o.output && o.split), { message: "-o and --split cannot be used together", path: ["output"] });
export type ParseRunOptions = z.infer<typeof ParseRunOptions>;

/** The severities of diagnostics a run prints to stderr: none with --quiet, info only with --verbose. */
export function shownSeverities(options: Pick<ParseRunOptions, "quiet" | "verbose">): Severity[] {
  if (options.quiet) return [];
  return options.verbose ? ["error", "warning", "info"] : ["error", "warning"];
}
