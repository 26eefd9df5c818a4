/**
 * The library's file entry point: reads a file, decodes it and parses it. A thin adapter over
 * `decodeBytes` and `parseText`; the only file-system access outside `src/cli/`.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { decodeBytes } from "./decode/decode-bytes.js";
import { parseStream } from "./parse-stream.js";
import { parseText, type ParseResult } from "./parse-text.js";

export interface ParseFileOptions {
  /** Force an encoding instead of detecting it (`gb18030`, `utf-8`, `utf-16le`, …). */
  readonly encoding?: string;
  /** The name written into `source.file`; defaults to the path as given. */
  readonly file?: string;
}

export function parseBytes(bytes: Uint8Array, options: ParseFileOptions & { file: string }): ParseResult {
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return { records: [], diagnostics: decoded.diagnostics, unmapped: [] };
  const result = parseText(decoded.text, { file: options.file, encoding: decoded.encoding });
  return { ...result, diagnostics: [...decoded.diagnostics, ...result.diagnostics] };
}

/**
 * A regular file is read whole; anything else (a device, a FIFO, `/dev/stdin`) may never end, so
 * it is read as a stream, document by document: `/dev/zero` stops at its first chunk as binary.
 */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<ParseResult> {
  const file = options.file ?? path;
  if ((await stat(path)).isFile()) return parseBytes(await readFile(path), { ...options, file });
  const merged: ParseResult = { records: [], diagnostics: [], unmapped: [] };
  const stream = { file, ...(options.encoding ? { encoding: options.encoding } : {}) };
  for await (const result of parseStream(createReadStream(path, { highWaterMark: 1 << 20 }), stream)) {
    merged.records.push(...result.records);
    merged.diagnostics.push(...result.diagnostics);
    merged.unmapped.push(...result.unmapped);
  }
  return merged;
}
