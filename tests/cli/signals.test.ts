// A run stopped by SIGINT, SIGTERM or SIGHUP: no temporary file left beside -o or in the --split
// folder, the terminal's cursor shown again, and the run dies by the signal (a shell's 130, 143, 129).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, root } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "pe-parse-signal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = readFileSync(join(root, "fixtures/003_565532f530cb80ee.txt"), "utf8");
const big = join(dir, "big.txt");
writeFileSync(big, Array(60).fill(seed).join("\n"));
const SHELL_CODE = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

const temporaries = (folder: string): string[] => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

/** Waits until `ready` holds (the run is under way), then sends the signal; resolves on exit. */
async function interrupt(args: string[], signal: NodeJS.Signals, ready: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; wasUnderWay: boolean }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, sig) => resolve({ code, signal: sig })));
  // Polled until the run is under way (a slow machine waits longer; a fast one not at all).
  let wasUnderWay = false;
  for (let i = 0; i < 3000 && !(wasUnderWay = ready()); i++) await new Promise((r) => setTimeout(r, 10));
  child.kill(signal);
  return { ...(await exited), stderr, wasUnderWay };
}

describe.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("%s during a run", (signal) => {
  it("leaves no temporary file beside -o or --diagnostics and dies by the signal", async () => {
    const out = join(dir, `out-${signal}.ndjson`);
    // Under way: its temporary file has taken records.
    const run = await interrupt(["-q", "-j", "1", "-f", "ndjson", "-o", out, "--diagnostics", join(dir, `table-${signal}.csv`), big], signal, () =>
      temporaries(dir).some((n) => statSync(join(dir, n)).size > 0),
    );
    // Stopped mid-run, not before it began: otherwise no temporary file proves nothing.
    expect(run.wasUnderWay).toBe(true);
    expect(run.signal ?? run.code).toBe(run.signal ? signal : SHELL_CODE[signal]);
    expect(run.stderr).toBe("");
    expect(temporaries(dir)).toEqual([]);
    expect(readdirSync(dir)).not.toContain(`out-${signal}.ndjson`);
    expect(readdirSync(dir)).not.toContain(`table-${signal}.csv`);
  });

  it("does the same when the run was started again under tuned node options (a long run, src/cli/relaunch.ts)", async () => {
    const out = join(dir, `relaunched-${signal}.ndjson`);
    // No -j 1: a 10 MB dump is a long run, so the command runs it in a second node process.
    const run = await interrupt(["-q", "-f", "ndjson", "-o", out, big], signal, () => temporaries(dir).some((n) => statSync(join(dir, n)).size > 0));
    expect(run.wasUnderWay).toBe(true);
    expect(run.signal ?? run.code).toBe(run.signal ? signal : SHELL_CODE[signal]);
    expect(run.stderr).toBe("");
    expect(temporaries(dir)).toEqual([]);
    expect(readdirSync(dir)).not.toContain(`relaunched-${signal}.ndjson`);
  });

  it("leaves no temporary file in the --split folder", async () => {
    const out = join(dir, `split-${signal}`);
    const files = Array.from({ length: 40 }, (_, i) => join(root, `fixtures/00${i % 5}_${["62e7df66abdd3e04", "2cec943835bed671", "8d8ab4ca45e1b48f", "565532f530cb80ee", "9b7fb85721d44591"][i % 5]}.txt`));
    const run = await interrupt(["-q", "-j", "1", "--split", "--force", "--out-dir", out, ...files], signal, () => {
      try {
        return readdirSync(out).length > 20;
      } catch {
        return false;
      }
    });
    expect(run.wasUnderWay).toBe(true);
    expect(run.signal ?? run.code).toBe(run.signal ? signal : SHELL_CODE[signal]);
    expect(temporaries(out)).toEqual([]);
  });
});

const hasScript = ((): boolean => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("the progress bar on a terminal", () => {
  it.skipIf(!hasScript)("shows the cursor again when the run is stopped by SIGTERM", () => {
    const files = Array.from({ length: 6 }, (_, i) => {
      const path = join(dir, `part-${i}.txt`);
      writeFileSync(path, Array(30).fill(seed).join("\n"));
      return path;
    });
    const out = join(dir, "bar.ndjson");
    // The shell starts the run in the background and stops it once records are being written.
    const command = [
      `${process.execPath} ${bin} -j 1 -f ndjson -o ${out} ${files.join(" ")} & p=$!`,
      `for i in $(seq 400); do [ -n "$(find ${dir} -name '.bar.ndjson.*.tmp' -size +0)" ] && break; sleep 0.01; done`,
      `sleep 0.3; kill -TERM $p; wait $p; echo "exit $?"`,
    ].join("; ");
    const screen = execFileSync("script", ["-qec", command, "/dev/null"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } }).toString();
    expect(screen).toContain("exit 143");
    const hidden = screen.lastIndexOf("\u001b[?25l");
    expect(hidden).toBeGreaterThan(-1);
    expect(screen.indexOf("\u001b[?25h", hidden)).toBeGreaterThan(hidden);
    expect(temporaries(dir)).toEqual([]);
  });
});
