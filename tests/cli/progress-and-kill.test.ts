// The progress bar (a terminal only) and atomic output (a killed run leaves no half-written file),
// run as a user would: under a pseudo-terminal from `script`, and killed with SIGKILL.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, root, runCli } from "./run-cli.js";

const FILES = ["fixtures/000_62e7df66abdd3e04.txt", "fixtures/001_2cec943835bed671.txt", "fixtures/002_8d8ab4ca45e1b48f.txt", "fixtures/003_565532f530cb80ee.txt"];
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const hasScript = ((): boolean => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("progress bar", () => {
  it.skipIf(!hasScript)("shows files done / total, records, warnings and time on a terminal", () => {
    const command = `node ${bin} ${FILES.join(" ")} > /dev/null`;
    const screen = execFileSync("script", ["-qec", command, "/dev/null"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } }).toString();
    expect(screen).toMatch(/\d+\/4 files \| \d+ records \| \d+ warnings \| \d+s/);
  });

  it("never appears in a pipe", async () => {
    const run = await runCli(FILES);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/files \|/);
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });
});

describe("atomic output", () => {
  it("leaves no file at -o's path when the run is killed with SIGKILL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pe-parse-kill-"));
    made.push(dir);
    const big = join(dir, "big.txt");
    const seed = readFileSync(join(root, "fixtures/003_565532f530cb80ee.txt"), "utf8");
    writeFileSync(big, Array(60).fill(seed).join("\n"));
    const out = join(dir, "out.ndjson");
    const child = spawn(process.execPath, [bin, "-q", "-j", "1", "--format", "ndjson", "-o", out, big], { cwd: root });
    // Kill it once it has begun writing its temporary file, well before it can finish.
    let underWay = false;
    for (let i = 0; i < 1200 && !(underWay = readdirSync(dir).some((n) => n.endsWith(".tmp"))); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    expect(underWay).toBe(true);
    await new Promise((r) => child.on("close", r));
    expect(existsSync(out)).toBe(false);
    // The complete run then writes the whole file.
    const done = await runCli(["-q", "-j", "1", "--format", "ndjson", "-o", out, big]);
    expect(done.code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n").filter((l) => l !== "").length).toBe(60 * 49);
  });
});
