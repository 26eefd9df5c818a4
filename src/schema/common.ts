/** The fields every record has: kind, source, diagnostics, unmapped (SPEC "Records"). */
import { z } from "zod";
import { diagnosticInfo } from "../diagnostics/codes.js";

const codes = Object.keys(diagnosticInfo) as [keyof typeof diagnosticInfo, ...Array<keyof typeof diagnosticInfo>];

export const Source = z.object({
  file: z.string().describe("the input file as given on the command line"),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  encoding: z.string().optional().describe("the detected (or forced) encoding of the file"),
});
export type Source = z.infer<typeof Source>;

export const DiagnosticSchema = z.object({
  code: z.enum(codes),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  line: z.number().int().positive().optional(),
});

export const UnmappedCell = z.object({
  line: z.number().int().positive(),
  text: z.string().min(1),
});
export type UnmappedCell = z.infer<typeof UnmappedCell>;

/** A labelled value a form states that no field takes (SPEC v2 `extra`), label as written. */
export const ExtraItem = z.object({
  label: z.string(),
  value: z.string(),
  line: z.number().int().positive(),
});
export type ExtraItem = z.infer<typeof ExtraItem>;

export const recordBase = {
  source: Source,
  diagnostics: z.array(DiagnosticSchema),
  unmapped: z.array(UnmappedCell),
};

export const nullableNumber = z.number().finite().nullable();

/**
 * Numbers by labels the source chose (a table's columns, a sub-header's levels). An object with a
 * catchall rather than z.record: the same check and the same JSON Schema (additionalProperties),
 * in half the time — z.record runs a string check on every key, which an object key always is.
 */
export const numbersByLabel = z.object({}).catchall(nullableNumber);
export const nullableString = z.string().nullable();
