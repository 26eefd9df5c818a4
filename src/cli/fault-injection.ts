/**
 * Test-only: makes the parse of one file fail, so the tests can check that a failure costs only
 * that file. `PE_PARSE_TEST_FAULT=throw:NAME` throws while parsing any file whose path ends with
 * NAME (in a worker or on the main thread); `crash:NAME` ends the worker thread parsing it, as
 * running out of memory would (on the main thread it throws). Unset, it costs one comparison.
 */
import { createRequire } from "node:module";

const fault = /^(throw|crash):(.+)$/.exec(process.env.PE_PARSE_TEST_FAULT ?? "");

export function injectFault(file: string): void {
  if (!fault || !file.endsWith(fault[2] as string)) return;
  if (fault[1] === "crash" && !isMainThread()) process.exit(70);
  throw new Error(`injected fault (PE_PARSE_TEST_FAULT) in ${file}`);
}

/** Asked only when a fault is set: loading worker_threads at every start cost a one-file run ~5 %. */
function isMainThread(): boolean {
  const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  return threads.isMainThread;
}
