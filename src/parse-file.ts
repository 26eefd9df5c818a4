/**
 * The library's file entry point: reads a file, decodes it and parses it. A thin adapter over
 * `decodeBytes` and `parseText`; the only file-system access outside `src/cli/`.
 */
import { readFile } from "node:fs/promises";
import { decodeBytes } from "./decode/decode-bytes.js";
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

export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<ParseResult> {
  const bytes = await readFile(path);
  return parseBytes(bytes, { ...options, file: options.file ?? path });
}
