/**
 * `pe-parse explain FILE [--html OUT.html]`: the records of one dump beside the lines they came
 * from — per field the cell it was read from, every repair and unmapped cell — as text on stdout
 * or as one self-contained HTML page.
 */
import { readFile } from "node:fs/promises";
import { decodeBytes } from "../decode/decode-bytes.js";
import { explainHtml } from "../emit/explain-html.js";
import { explainRecords } from "../emit/explain-model.js";
import { explainText } from "../emit/explain-text.js";
import { dumpCells } from "../emit/provenance.js";
import { parseText } from "../parse-text.js";
import { writeFileAtomic } from "./atomic-write.js";
import { describeFsError } from "./describe-fs-error.js";
import type { CliIo } from "./io.js";

export interface ExplainOptions {
  readonly html?: string;
  readonly encoding?: string;
}

export async function explainCommand(file: string, options: ExplainOptions, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr.write(`pe-parse: ${file}: ${describeFsError(error)}\n`);
    return 2;
  }
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) {
    for (const d of decoded.diagnostics) io.stderr.write(`${file}: ${d.severity}[${d.code}]: ${d.message}\n`);
    return 1;
  }
  const { records } = parseText(decoded.text, { file, encoding: decoded.encoding });
  const cells = dumpCells(decoded.text);
  const explained = explainRecords(records, cells);
  if (options.html === undefined) {
    io.stdout.write(explainText(file, explained, cells));
    return 0;
  }
  try {
    await writeFileAtomic(options.html, explainHtml(file, decoded.text, explained, cells));
  } catch (error) {
    io.stderr.write(`pe-parse: ${options.html}: ${describeFsError(error)}\n`);
    return 2;
  }
  const repairs = explained.reduce((n, e) => n + e.provenance.repairs.length, 0);
  io.stderr.write(`pe-parse: wrote ${options.html}: ${explained.length} record${explained.length === 1 ? "" : "s"}, ${repairs} repairs and checks marked\n`);
  return 0;
}
