#!/usr/bin/env node
// The pe-parse command: a shim over run(), loaded from the single-file bundle the build writes.
import { processIo, run } from "../dist/pe-parse.mjs";

// A reader that goes away (`pe-parse … | head`) is not an error: stop, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), processIo());
