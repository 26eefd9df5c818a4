/**
 * Which runs get V8's tuned options, and which options. They pay only when every core parses: a
 * batch of files on worker threads, or one long dump shared with them. Then they make the run
 * 1.3–1.4× faster (docs/performance.md). On a short run they cost: any V8 option that differs
 * from node's defaults makes node compile its own modules from source instead of from the cache
 * it ships (~15 ms of a one-file run), and compiling optimised code on the parsing thread, rather
 * than on an idle core, makes a 2 MB file ~12 % slower. So the command starts without them and,
 * when the arguments name a long run, starts node again with them (src/cli/relaunch.ts).
 *
 * The decision reads only the arguments and the sizes of the paths they name, before the command's
 * own code is loaded. It decides speed, never output: a wrong guess is a slower run, not a
 * different one.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/** node's own options for a long run; each is measured in docs/performance.md. */
export const TUNED_NODE_OPTIONS = [
  "--max-inlined-bytecode-size-cumulative=300",
  "--max-inlined-bytecode-size=100",
  "--no-turbo-inline-array-builtins",
  "--no-concurrent-recompilation",
  "--min-semi-space-size=16",
  "--max-semi-space-size=32",
  "--heap-growing-percent=100",
  "--initial-old-space-size=64",
] as const;

/**
 * Input bytes from which a run is long. One input is shared with worker threads after 1 Mi
 * characters (~3 MB of Chinese text): a 2 MB file ran faster untuned (1.17 s against 1.33 s), an
 * 8 MB one tuned (2.07 s against 2.94 s).
 */
export const LONG_RUN_BYTES = 4_000_000;

/** Entries a folder walk looks at before it takes the folder for a long run. */
const WALK_LIMIT = 5_000;

/** Options whose value is a path that is not an input (an output, a folder to write to). */
export const OUTPUT_PATH_OPTIONS: readonly string[] = ["-o", "--output", "--out-dir", "--diagnostics", "--html", "--add"];

/** The sizes of the paths given, summed until they reach `limit`: a folder's *.txt files below it. */
export type InputBytes = (paths: readonly string[], limit: number) => number;

/** Whether a run with these arguments is long enough for TUNED_NODE_OPTIONS. */
export function wantsTunedNode(
  args: readonly string[],
  execArgv: readonly string[],
  cores: number = availableParallelism(),
  inputBytes: InputBytes = inputBytesOnDisk,
): boolean {
  // Options given to node by hand (--inspect, these options themselves) are the user's: run as told.
  if (execArgv.length > 0 || cores < 2) return false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (OUTPUT_PATH_OPTIONS.includes(arg)) {
      i++;
      continue;
    }
    if (isOneJob(arg, args[i + 1])) return false;
    if (!arg.startsWith("-")) paths.push(arg);
  }
  return paths.length > 0 && inputBytes(paths, LONG_RUN_BYTES) >= LONG_RUN_BYTES;
}

/** `-j 1`, `-j1`, `--jobs 1`, `--jobs=1`: one thread, and an idle core for V8's own compiling. */
function isOneJob(arg: string, next: string | undefined): boolean {
  if (arg === "-j" || arg === "--jobs") return next !== undefined && Number(next) <= 1;
  const m = /^(?:-j|--jobs=)(\d+)$/.exec(arg);
  return m !== null && Number(m[1]) <= 1;
}

/** InputBytes from the file system; a path that cannot be read counts nothing. */
export function inputBytesOnDisk(paths: readonly string[], limit: number): number {
  let total = 0;
  let visited = 0;
  // A file given counts whatever its name; below a folder, only the *.txt the run reads.
  const stack = paths.map((path) => ({ path, given: true })).reverse();
  while (stack.length > 0 && total < limit) {
    const { path, given } = stack.pop() as { path: string; given: boolean };
    if (++visited > WALK_LIMIT) return limit;
    try {
      const stat = statSync(path);
      if (stat.isFile()) {
        if (given || path.toLowerCase().endsWith(".txt")) total += stat.size;
      } else if (stat.isDirectory()) {
        for (const name of readdirSync(path)) stack.push({ path: join(path, name), given: false });
      }
    } catch {
      // not there or not readable: the run itself reports it
    }
  }
  return total;
}
