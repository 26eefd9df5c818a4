// bin/pe-parse.js carries its node options on its first line. Linux reads at most 256 bytes of a
// `#!` line (BINPRM_BUF_SIZE) and cuts the rest, so one option too many leaves node a cut option
// (`node: bad option: --heap-growing-perce`) and the command dead for everyone who runs it as
// `npx pe-parse` — while `node bin/pe-parse.js` still works. Both are checked here.
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

  it("starts the command when the file itself is run", () => {
    const run = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
