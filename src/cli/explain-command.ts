/**
 * `pe-parse explain FILE [--html OUT.html]`: the records of one dump beside the lines they came
 * from — per field the cell it was read from, every repair and unmapped cell — as text on stdout
 * or as one self-contained HTML page.
 */
import { createReadStream } from "node:fs";
import { StreamDecoder } from "../decode/stream-decoder.js";
import { explainHtml } from "../emit/explain-html.js";
import { explainRecords } from "../emit/explain-model.js";
import { explainText } from "../emit/explain-text.js";
import { dumpCells } from "../emit/provenance.js";
import { parseText } from "../parse-text.js";
import { describeFsError } from "./describe-fs-error.js";
import { diagnosticFormatter, escapeControls, escapeLines, useColour } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { knownEncoding } from "./options.js";
import { OutputError, writeOutputFile } from "./output-target.js";

export interface ExplainOptions {
  readonly html?: string;
  readonly encoding?: string;
}

/** explain holds the dump, its records and the page in memory: a bigger input is refused, not read whole. */
const MAX_EXPLAIN_BYTES = 64 << 20;

/** The dump decoded, read as a stream: a device or a pipe (`/dev/zero`) stops at binary data or at the cap. */
async function readDump(file: string, encoding: string | undefined): Promise<{ text: string; encoding: string; ok: boolean; decoder: StreamDecoder } | { tooBig: true }> {
  const decoder = new StreamDecoder(encoding);
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_EXPLAIN_BYTES) return { tooBig: true };
    parts.push(decoder.push(chunk as Buffer));
    if (!decoder.ok) break;
  }
  if (decoder.ok) parts.push(decoder.end());
  return { text: decoder.ok ? parts.join("") : "", encoding: decoder.encoding ?? "utf-8", ok: decoder.ok, decoder };
}

export async function explainCommand(file: string, options: ExplainOptions, io: CliIo): Promise<number> {
  const say = (message: string): void => void io.stderr.write(`pe-parse: ${escapeControls(message)}\n`);
  if (options.encoding !== undefined && !knownEncoding(options.encoding)) {
    say(`--encoding: expected an encoding Node knows (utf-8, gb18030, gbk, utf-16le, utf-16be, …), got "${options.encoding}"`);
    return 2;
  }
  let read;
  try {
    read = await readDump(file, options.encoding);
  } catch (error) {
    say(`${file}: ${describeFsError(error)}`);
    return 2;
  }
  if ("tooBig" in read) {
    say(`${file}: more than ${MAX_EXPLAIN_BYTES >> 20} MiB; explain shows one notice at a time (pe-parse gives the records of any size)`);
    return 2;
  }
  const format = await diagnosticFormatter(useColour(io.stderrIsTty, io.env));
  if (!read.ok) {
    for (const d of read.decoder.diagnostics) io.stderr.write(format(file, d) + "\n");
    return 1;
  }
  const { records } = parseText(read.text, { file, encoding: read.encoding });
  const cells = dumpCells(read.text);
  const explained = explainRecords(records, cells);
  if (options.html === undefined) {
    // Cell text is shown on a terminal: its control characters as escapes, like every message.
    io.stdout.write(escapeLines(explainText(file, explained, cells)));
    return 0;
  }
  try {
    await writeOutputFile(options.html, explainHtml(file, read.text, explained, cells), [file], io.stdout);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    say(error.message);
    return 2;
  }
  const repairs = explained.reduce((n, e) => n + e.provenance.repairs.length, 0);
  say(`wrote ${options.html}: ${explained.length} record${explained.length === 1 ? "" : "s"}, ${repairs} repairs and checks marked`);
  return 0;
}
