/**
 * Validates a record against its zod schema. An invalid record is not thrown away: it is kept as
 * built, with one `schema-invalid` error per issue, the path dotted (`funds.lines[2].executed`).
 */
import { diagnostic } from "../diagnostics/codes.js";
import { RecordSchema, type PeRecord } from "./record.js";

export function dottedPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out;
}

/**
 * Records a thread validates before it uses zod's compiled fast path. zod compiles each object
 * schema into a function of its own (`new Function`) the first time it parses with it: for the
 * record schemas ~45 M instructions, 4 % of a one-file run; each record validated without it costs
 * ~0.7–1 M more (a 1,000-file worker's first 64 records +70 M, its first 256 +190 M). So the first
 * 64 records of a thread go without (a one-record dump never pays for the compiling), the rest with
 * it; either way a run pays at most about one compiling more than the better choice for its length.
 * The result is the same (tests/schema/validate-record.test.ts).
 */
export const RECORDS_BEFORE_COMPILING = 64;
let recordsValidated = 0;
const WITHOUT_COMPILING = { jitless: true } as const;

export function validateRecord(record: PeRecord): PeRecord {
  const compiled = recordsValidated++ >= RECORDS_BEFORE_COMPILING;
  const result = RecordSchema.safeParse(record, compiled ? undefined : WITHOUT_COMPILING);
  // The record as built, not zod's copy of it: the same data, one allocation fewer per record.
  if (result.success) return record;
  const issues = result.error.issues.map((issue) =>
    diagnostic("schema-invalid", { path: dottedPath(issue.path), issue: issue.message }, record.source.startLine),
  );
  return { ...record, diagnostics: [...record.diagnostics, ...issues] };
}
