/**
 * V8 settings for a parse run, each measured on the bench corpus (2 cores). The library sets
 * none of them; only the command does, for the work it runs.
 *
 * - A smaller inlining budget for the optimising compiler. A run spends its first second or so
 *   waiting for optimised code, and the recognisers are large functions that V8 compiles (and
 *   recompiles after deoptimisations) on one background thread: with the default budget that
 *   compiling took ~4 s of that thread in a 25 MB run. With this budget it takes ~2.7 s, the
 *   optimised code arrives sooner and runs as fast (25 MB file 3.33 s → 3.04 s; 2,000 files
 *   9.35 s → 8.7 s).
 * - Array builtins (`map`, `filter`, `sort`, spread …) called, not inlined, in optimised code.
 *   Inlined, each call site is specialised to the array shapes (element kinds) it has seen, and
 *   the first form whose array differs (an empty header, say) throws the whole recogniser back
 *   to the interpreter to be compiled again: ~50 such deoptimisations per worker, readIndicators
 *   alone compiled six times. Called, they take any array: compile work per worker fell from
 *   ~2.9 s to ~1.7 s and deoptimisations from ~50 to 7, for ~9 % slower steady-state code; on
 *   2 cores the folder run went 7.6 s → 6.5 s (the 100 MB file, one thread, unchanged).
 * - No loop peeling (TurboFan copies a loop's first iteration out of it, to hoist checks). About
 *   a sixth of a 2,000-file run's CPU (~1.9 s of 11) is TurboFan compiling, on the same two
 *   cores, and peeling enlarges every loop's graph; without it the run took ~2 % less wall and
 *   CPU time (7 of 8 alternating pairs, 5.55 s vs 5.68 s median), steady-state code no slower;
 *   the 100 MB file unchanged within this machine's noise.
 * - Optimising compiles done on the thread that asked for them, not queued for V8's background
 *   threads. With every core parsing, a background compile only takes a core from the other
 *   worker, and handing jobs over has its own cost: ~1.5 % less wall time on 2,000 files (10 of
 *   14 alternating pairs; 5.10 s vs 5.17 s median), the 100 MB file no slower. V8 reads this when
 *   an isolate starts, so it applies to the workers.
 * - For worker threads, a young generation from 16 MiB (V8 starts it at 1 MiB and grows it
 *   slowly): a parse makes many objects that live for one document, and they now die there
 *   instead of being copied (2,000 files 10.7 s → 9.8 s). It does not help the main thread's
 *   single-file parse, and heap sizes are read when an isolate is made, so it is set only before
 *   workers are started.
 *
 * Compiler flags are read when a function is compiled, so setting them at the start of a run
 * reaches everything the run compiles.
 */
import { setFlagsFromString } from "node:v8";

const COMPILER_FLAGS =
  "--max-inlined-bytecode-size-cumulative=300 --max-inlined-bytecode-size=100 --no-turbo-inline-array-builtins --no-turbo-loop-peeling" +
  " --no-concurrent-recompilation";
const WORKER_HEAP_FLAGS = "--min-semi-space-size=16 --max-semi-space-size=32";

let compilerTuned = false;

export function tuneCompiler(): void {
  if (compilerTuned) return;
  compilerTuned = true;
  setFlagsFromString(COMPILER_FLAGS);
}

/**
 * For one long input shared between this thread and workers: heaps grow by at most 2.5× after a
 * full collection (V8 allows up to 4× while collections are cheap). Two heaps parse at once here,
 * each piling up a parse's short-lived garbage; with V8's default growth a 100 MB file peaked at
 * 305–335 MB, with this at 280–285 MB, for ~2 % more time. Read by V8 at each collection, so it
 * takes effect on the running heap too.
 */
export function tuneSharedHeaps(): void {
  setFlagsFromString("--heap-growing-percent=150");
}

/** Call before creating worker threads: their heaps are sized when they start. */
export function tuneWorkerHeaps(): void {
  setFlagsFromString(WORKER_HEAP_FLAGS);
}
