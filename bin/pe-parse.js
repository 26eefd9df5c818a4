#!/usr/bin/env node
// The pe-parse command: a shim over run(), loaded from the single-file bundle the build writes.
// A long run (a batch, a long dump) is started again under node with tuned V8 options, a short one
// runs here without them: src/cli/tuned-node.ts says why, docs/performance.md what each gains.
import { fileURLToPath } from "node:url";
import { relaunch, TUNED_NODE_OPTIONS, wantsTunedNode } from "../dist/pe-parse-launch.mjs";

const args = process.argv.slice(2);
// Returns only if node could not be started again; the run then goes on here, untuned.
if (wantsTunedNode(args, process.execArgv)) await relaunch(TUNED_NODE_OPTIONS, fileURLToPath(import.meta.url), args);

const { describeFsError, processIo, run } = await import("../dist/pe-parse.mjs");

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
