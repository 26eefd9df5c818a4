#!/usr/bin/env -S node --max-inlined-bytecode-size-cumulative=300 --max-inlined-bytecode-size=100 --no-turbo-inline-array-builtins --no-concurrent-recompilation --min-semi-space-size=16 --max-semi-space-size=32 --heap-growing-percent=150
// The pe-parse command: a shim over run(), loaded from the single-file bundle the build writes.
// The V8 options on the first line are node's own command-line options, read when the process
// starts and inherited by its worker threads; docs/performance.md says what each one gains. Run as
// `node bin/pe-parse.js`, the command works the same without them, only slower.
import { describeFsError, processIo, run } from "../dist/pe-parse.mjs";

// stderr is best effort: losing it (its reader gone, a full disk) never costs stdout.
process.stderr.on("error", () => undefined);
process.stdout.on("error", (error) => {
  // A reader that goes away (`pe-parse … | head`) is not an error: stop, quietly.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  // Anything else (`> /dev/full`) loses records: say so, and exit as for a refused write.
  process.stderr.write(`pe-parse: stdout: ${describeFsError(error)}\n`);
  process.exit(2);
});

process.exitCode = await run(process.argv.slice(2), processIo());
