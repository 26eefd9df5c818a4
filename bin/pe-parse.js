#!/usr/bin/env node
// The pe-parse command: a shim over run(), loaded from the single-file bundle the build writes.
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
