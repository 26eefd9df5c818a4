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

export function validateRecord(record: PeRecord): PeRecord {
  const result = RecordSchema.safeParse(record);
  // The record as built, not zod's copy of it: the same data, one allocation fewer per record.
  if (result.success) return record;
  const issues = result.error.issues.map((issue) =>
    diagnostic("schema-invalid", { path: dottedPath(issue.path), issue: issue.message }, record.source.startLine),
  );
  return { ...record, diagnostics: [...record.diagnostics, ...issues] };
}
