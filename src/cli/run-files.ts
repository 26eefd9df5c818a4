/**
 * Runs the parse over the inputs and hands each file's result on in input order, as soon as it
 * and all before it are done. With `--jobs 1` (or one file, or stdin) files are parsed in this
 * thread; with more, a piscina pool of worker threads parses them, a bounded window ahead, so
 * neither the batch nor its output is ever held in memory whole. Output is identical for any N.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { parseBytes } from "../parse-file.js";
import type { PeRecord } from "../schema/record.js";
import type { Input } from "./collect-inputs.js";
import type { ParseRunOptions } from "./options.js";
import type { WorkerAnswer, WorkerTask } from "./parse-worker.js";

export interface FileResult {
  readonly file: string;
  readonly records: PeRecord[];
  readonly diagnostics: Diagnostic[];
  readonly bytes: number;
}

export type ReadInput = (input: Input) => Promise<{ name: string; bytes: Uint8Array } | undefined>;

export async function parseInputs(
  inputs: readonly Input[],
  read: ReadInput,
  options: ParseRunOptions,
  handle: (result: FileResult) => Promise<void>,
  stopped: () => boolean,
  onReadError: (path: string, error: { code?: string; message: string }) => void,
): Promise<void> {
  const files = inputs.filter((i) => i.kind === "file").length;
  if (options.jobs > 1 && files > 1) return parseInPool(inputs, read, options, handle, stopped, onReadError);
  for (const input of inputs) {
    if (stopped()) return;
    const data = await read(input);
    if (!data) continue;
    const result = parseBytes(data.bytes, { file: data.name, ...(options.encoding ? { encoding: options.encoding } : {}) });
    await handle({ file: data.name, records: result.records, diagnostics: result.diagnostics, bytes: data.bytes.length });
  }
}

async function parseInPool(
  inputs: readonly Input[],
  read: ReadInput,
  options: ParseRunOptions,
  handle: (result: FileResult) => Promise<void>,
  stopped: () => boolean,
  onReadError: (path: string, error: { code?: string; message: string }) => void,
): Promise<void> {
  const { Piscina } = await import("piscina");
  const pool = new Piscina<WorkerTask, WorkerAnswer>({
    filename: new URL("./parse-worker.js", import.meta.url).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
  });
  const window = options.jobs * 4;
  const pending: Array<{ input: Input; answer?: Promise<WorkerAnswer> }> = [];
  let next = 0;
  const refill = (): void => {
    while (pending.length < window && next < inputs.length) {
      const input = inputs[next++] as Input;
      pending.push(
        input.kind === "file"
          ? { input, answer: pool.run({ path: input.path, ...(options.encoding ? { encoding: options.encoding } : {}) }) }
          : { input },
      );
    }
  };
  try {
    refill();
    while (pending.length > 0) {
      const head = pending.shift() as { input: Input; answer?: Promise<WorkerAnswer> };
      if (stopped()) break;
      if (!head.answer) {
        const data = await read(head.input);
        if (data) {
          const result = parseBytes(data.bytes, { file: data.name, ...(options.encoding ? { encoding: options.encoding } : {}) });
          await handle({ file: data.name, records: result.records, diagnostics: result.diagnostics, bytes: data.bytes.length });
        }
      } else {
        const answer = await head.answer;
        if (answer.ok) await handle(answer.result);
        else onReadError(head.input.kind === "file" ? head.input.path : "-", answer.error);
      }
      refill();
    }
  } finally {
    await pool.destroy();
  }
}
