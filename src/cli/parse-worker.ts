/** The worker-thread side of `--jobs N`: reads and parses one file, returns its results. */
import { readFile } from "node:fs/promises";
import { parseBytes } from "../parse-file.js";
import type { FileResult } from "./run-files.js";

export interface WorkerTask {
  readonly path: string;
  readonly encoding?: string;
}

export type WorkerAnswer = { ok: true; result: FileResult } | { ok: false; error: { code?: string; message: string } };

export default async function parseInWorker(task: WorkerTask): Promise<WorkerAnswer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(task.path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, error: { ...(e.code ? { code: e.code } : {}), message: e.message } };
  }
  const result = parseBytes(bytes, { file: task.path, ...(task.encoding ? { encoding: task.encoding } : {}) });
  return { ok: true, result: { file: task.path, records: result.records, diagnostics: result.diagnostics, bytes: bytes.length } };
}
