/**
 * Runs the parse over the inputs in order and hands each file's result on as soon as it, and all
 * before it, are done. Parsing happens in this thread for one job; `--jobs N` spreads files over
 * worker threads while keeping output order.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { parseBytes } from "../parse-file.js";
import type { PeRecord } from "../schema/record.js";
import type { Input } from "./collect-inputs.js";
import type { ParseRunOptions } from "./options.js";

export interface FileResult {
  readonly file: string;
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
}

export async function parseInputs(
  inputs: readonly Input[],
  read: (input: Input) => Promise<{ name: string; bytes: Uint8Array } | undefined>,
  options: ParseRunOptions,
  handle: (result: FileResult) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  for (const input of inputs) {
    if (stopped()) return;
    const data = await read(input);
    if (!data) continue;
    const result = parseBytes(data.bytes, { file: data.name, ...(options.encoding ? { encoding: options.encoding } : {}) });
    await handle({ file: data.name, records: result.records, diagnostics: result.diagnostics, bytes: data.bytes.length });
  }
}
