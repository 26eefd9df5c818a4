/** `pe-parse render FILE`: records (JSON or NDJSON) back to a canonical dump text. */
import { readFile } from "node:fs/promises";
import { renderRecords } from "../emit/render.js";
import { RecordSchema, type PeRecord } from "../schema/record.js";
import { describeFsError } from "./describe-fs-error.js";
import { escapeControls } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";

export function readRecordsText(text: string): PeRecord[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const parsed: unknown[] = trimmed.startsWith("{\"records\"") || trimmed.startsWith("{\n") || trimmed.startsWith("[")
    ? (() => {
        const value = JSON.parse(trimmed) as unknown;
        return Array.isArray(value) ? value : ((value as { records?: unknown[] }).records ?? []);
      })()
    : trimmed.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown);
  return parsed.map((r) => RecordSchema.parse(r));
}

export async function renderCommand(file: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = file === "-" ? await new Response(io.stdin as unknown as ReadableStream).text() : await readFile(file, "utf8");
  } catch (error) {
    io.stderr.write(`pe-parse: ${escapeControls(file)}: ${describeFsError(error)}\n`);
    return 2;
  }
  let records: PeRecord[];
  try {
    records = readRecordsText(text);
  } catch (error) {
    io.stderr.write(`pe-parse: ${escapeControls(`${file}: not a records file (${(error as Error).message.split("\n")[0]})`)}\n`);
    return 2;
  }
  io.stdout.write(renderRecords(records));
  return 0;
}
