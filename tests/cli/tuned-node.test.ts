// Which runs are started again under node with tuned V8 options (src/cli/tuned-node.ts), and the
// relaunch itself (src/cli/relaunch.ts): arguments, exit status and signals pass through it.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputBytesOnDisk, LONG_RUN_BYTES, OUTPUT_PATH_OPTIONS, wantsTunedNode } from "../../src/cli/tuned-node.js";
import { root } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "pe-parse-tuned-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1_000_000;
/** Sizes by path, as inputBytes would find them on disk. */
const sizes: Record<string, number> = { "big.txt": 9 * MB, "small.txt": 5_000, "mid.txt": 3 * MB, "old-output.json": 50 * MB, folder: 100 * MB };
const fake = (paths: readonly string[]): number => paths.reduce((sum, p) => sum + (sizes[p] ?? 0), 0);

describe("wantsTunedNode", () => {
  it.each([
    { args: ["small.txt"], tuned: false, why: "a short file" },
    { args: ["big.txt"], tuned: true, why: "a long file" },
    { args: ["folder"], tuned: true, why: "a folder of many files" },
    { args: ["mid.txt", "mid.txt"], tuned: true, why: "files adding up to a long run" },
    { args: ["small.txt", "-o", "old-output.json"], tuned: false, why: "-o's file is not an input" },
    { args: ["small.txt", "--output", "old-output.json"], tuned: false, why: "--output's file is not an input" },
    { args: ["small.txt", "--split", "--out-dir", "folder"], tuned: false, why: "--out-dir's folder is not an input" },
    { args: ["big.txt", "-j", "1"], tuned: false, why: "-j 1: one thread" },
    { args: ["-j1", "big.txt"], tuned: false, why: "-j1" },
    { args: ["--jobs=1", "folder"], tuned: false, why: "--jobs=1" },
    { args: ["--jobs", "2", "folder"], tuned: true, why: "--jobs 2" },
    { args: ["-q", "--", "big.txt"], tuned: true, why: "a path after --" },
    { args: ["-"], tuned: false, why: "stdin: its length is unknown" },
    { args: [], tuned: false, why: "no path" },
    { args: ["schema"], tuned: false, why: "a sub-command" },
  ])("$why → $tuned", ({ args, tuned }) => {
    expect(wantsTunedNode(args, [], 2, fake)).toBe(tuned);
  });

  it("leaves a node started with options of its own as it is (the user's --inspect, or the relaunch itself)", () => {
    expect(wantsTunedNode(["big.txt"], ["--inspect"], 2, fake)).toBe(false);
    expect(wantsTunedNode(["big.txt"], ["--max-semi-space-size=32"], 2, fake)).toBe(false);
  });

  it("does not relaunch on one core: there is no idle core for the untuned compiling to lose", () => {
    expect(wantsTunedNode(["big.txt"], [], 1, fake)).toBe(false);
  });

  it("skips the value of every option of the command that names a path it writes", () => {
    // Each `<file>`, `<dir>`, `<out>` or `<files...>` option of src/cli/run.ts, so a new one cannot be missed.
    const source = readFileSync(join(root, "src/cli/run.ts"), "utf8");
    const pathOptions = [...source.matchAll(/"(?:(-\w), )?(--[\w-]+) <(?:file|dir|out|files\.\.\.)>"/g)].flatMap((m) => [m[1], m[2]]).filter((o) => o !== undefined);
    expect(pathOptions.length).toBeGreaterThan(4);
    expect([...OUTPUT_PATH_OPTIONS].sort()).toEqual([...new Set(pathOptions)].sort());
  });
});

describe("inputBytesOnDisk", () => {
  const tree = join(dir, "tree");
  mkdirSync(join(tree, "sub"), { recursive: true });
  writeFileSync(join(tree, "a.txt"), "x".repeat(1000));
  writeFileSync(join(tree, "sub", "b.TXT"), "x".repeat(500));
  writeFileSync(join(tree, "notes.md"), "x".repeat(7000));
  const given = join(dir, "dump.dat");
  writeFileSync(given, "x".repeat(300));

  it("counts the *.txt below a folder and any file given by name", () => {
    expect(inputBytesOnDisk([tree], LONG_RUN_BYTES)).toBe(1500);
    expect(inputBytesOnDisk([tree, given], LONG_RUN_BYTES)).toBe(1800);
  });

  it("stops once the limit is reached", () => {
    expect(inputBytesOnDisk([given, tree], 200)).toBe(300);
  });

  it("counts nothing for a path that is not there", () => {
    expect(inputBytesOnDisk([join(dir, "missing.txt")], LONG_RUN_BYTES)).toBe(0);
  });
});

describe("relaunch", () => {
  const launch = join(root, "dist/pe-parse-launch.mjs");
  const child = join(dir, "child.mjs");
  writeFileSync(
    child,
    [
      'import { writeSync } from "node:fs";',
      "writeSync(1, JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2) }) + '\\n');",
      'if (process.argv[2] === "wait") setInterval(() => {}, 1000); else process.exit(Number(process.argv[2]));',
    ].join("\n"),
  );
  const start = (args: string[]) =>
    spawn(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(launch)}); await m.relaunch(["--max-semi-space-size=32"], ${JSON.stringify(child)}, ${JSON.stringify(args)});`], {
      stdio: ["ignore", "pipe", "inherit"],
    });

  it("runs the script under the options given, with the arguments, and exits as it exits", async () => {
    const run = start(["3", "ä b"]);
    let out = "";
    run.stdout.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise((resolve) => run.on("close", resolve));
    expect(code).toBe(3);
    expect(JSON.parse(out)).toEqual({ execArgv: ["--max-semi-space-size=32"], args: ["3", "ä b"] });
  });

  it("passes a signal on and dies by it, as the run it started did", async () => {
    const run = start(["wait"]);
    // Once the child has said it is running, the parent is waiting on it.
    await new Promise((resolve) => run.stdout.once("data", resolve));
    run.kill("SIGTERM");
    const signal = await new Promise((resolve) => run.on("close", (_code, sig) => resolve(sig)));
    expect(signal).toBe("SIGTERM");
  });
});
