/** `pe-parse render FILE`: records (a records file, NDJSON, one record or an array) back to a canonical dump text. */
import { readFile } from "node:fs/promises";
import { readRecordsText } from "../emit/read-records.js";
import { renderRecords } from "../emit/render.js";
import { describeFsError } from "./describe-fs-error.js";
import { escapeControls } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";

export async function renderCommand(file: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = file === "-" ? await new Response(io.stdin as unknown as ReadableStream).text() : await readFile(file, "utf8");
  } catch (error) {
    io.stderr.write(`pe-parse: ${escapeControls(file)}: ${describeFsError(error)}\n`);
    return 2;
  }
  const read = readRecordsText(text);
  if (!read.ok) {
    io.stderr.write(
      `pe-parse: ${escapeControls(`${file}: not a records file: ${read.reason}`)}\n` +
        `  (render takes {"records":[…]}, NDJSON, one record object or an array of records, as pe-parse writes them)\n`,
    );
    return 2;
  }
  // Nothing to render is said, not shown as an empty success.
  if (read.records.length === 0) io.stderr.write(`pe-parse: ${escapeControls(file)}: no records to render\n`);
  io.stdout.write(renderRecords(read.records));
  return 0;
}
