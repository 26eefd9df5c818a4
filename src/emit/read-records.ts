/**
 * A records file's text → records. Accepts what pe-parse and jq write: `{"records":[…]}`, an
 * array of records, one record object (pretty-printed, as `--split` writes it) or NDJSON. Decided
 * by parsing — the whole text as JSON first, then line by line — never by its first characters,
 * so a pretty-printed record is not mistaken for NDJSON and silently read as nothing.
 */
import { RecordSchema, type PeRecord } from "../schema/record.js";
import { dottedPath } from "../schema/validate-record.js";

export type RecordsRead = { ok: true; records: PeRecord[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The records a parsed JSON value holds, or why it holds none. */
function recordValues(value: unknown): unknown[] | string {
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    if (Array.isArray(value.records)) return value.records;
    if ("kind" in value) return [value];
    return `a JSON object with neither "records" nor "kind"`;
  }
  return `a JSON ${value === null ? "null" : typeof value}, not records`;
}

function validated(values: readonly unknown[], where: (i: number) => string): RecordsRead {
  const records: PeRecord[] = [];
  for (let i = 0; i < values.length; i++) {
    const result = RecordSchema.safeParse(values[i]);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue && issue.path.length > 0 ? ` at ${dottedPath(issue.path)}` : "";
      return { ok: false, reason: `${where(i)} is not a pe-parse record${path}: ${issue?.message ?? "invalid"}` };
    }
    records.push(result.data);
  }
  return { ok: true, records };
}

export function readRecordsText(text: string): RecordsRead {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: true, records: [] };
  let whole: unknown;
  let wholeError: string | undefined;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    // V8 quotes the text around the error, newlines and all; the reason is enough.
    wholeError = (error as Error).message.split(/, "|\n/)[0];
  }
  if (wholeError === undefined) {
    const values = recordValues(whole);
    if (typeof values === "string") return { ok: false, reason: values };
    const single = isObject(whole) && !Array.isArray(whole.records);
    return validated(values, (i) => (single ? "the object" : `record ${i + 1}`));
  }
  // Not one JSON value: NDJSON, one record per non-blank line.
  const values: unknown[] = [];
  const lineOf: number[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, reason: `neither JSON (${wholeError}) nor NDJSON (line ${i + 1} is not a JSON value)` };
    }
    if (!isObject(value)) return { ok: false, reason: `NDJSON line ${i + 1} is not a record object` };
    values.push(value);
    lineOf.push(i + 1);
  }
  return validated(values, (i) => `NDJSON line ${lineOf[i]}`);
}
