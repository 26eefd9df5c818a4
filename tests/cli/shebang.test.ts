// bin/pe-parse.js is run through its `#!` line by `npx pe-parse`. Linux reads at most 256 bytes of
// that line (BINPRM_BUF_SIZE) and cuts the rest: node options put there once left node a cut option
// (`node: bad option: --heap-growing-perce`) and the command dead for everyone who ran it so, while
// `node bin/pe-parse.js` still worked. The options now go to a second node, for long runs only
// (src/cli/tuned-node.ts); the line carries none, and both ways of running are checked here.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

const bin = `${root}/bin/pe-parse.js`;
const firstLine = readFileSync(bin, "utf8").split("\n")[0] as string;

describe("bin/pe-parse.js's first line", () => {
  it("fits the kernel's 256-byte #! buffer with its newline", () => {
    expect(Buffer.byteLength(`${firstLine}\n`)).toBeLessThanOrEqual(256);
  });

  it("carries no node options: a short run starts with node's defaults", () => {
    expect(firstLine).toBe("#!/usr/bin/env node");
  });

  it("starts the command when the file itself is run", () => {
    const run = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
