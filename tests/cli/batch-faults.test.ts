// A parse that fails on one file — a throw in a worker or on the main thread, a worker that dies —
// costs only that file: an error[internal] naming it, every other file's records intact and in
// order, exit 1. The failure is injected by the test-only PE_PARSE_TEST_FAULT (src/cli/fault-injection.ts).
import { describe, expect, it } from "vitest";
import { workerCount } from "../../src/cli/options.js";
import { runCli } from "./run-cli.js";

const STEMS = ["000_62e7df66abdd3e04", "001_2cec943835bed671", "002_8d8ab4ca45e1b48f", "003_565532f530cb80ee", "004_9b7fb85721d44591"];
const FILES = STEMS.map((s) => `fixtures/${s}.txt`);
const BAD = "fixtures/002_8d8ab4ca45e1b48f.txt";

const recordsOf = (stdout: string): string[] => stdout.split("\n").filter((l) => l !== "");

describe("a parse that fails on one file of a batch", () => {
  it.each([
    ["a throw in a worker", "throw", "2"],
    ["a worker that dies (as out of memory would end it)", "crash", "2"],
    ["a throw on the main thread (--jobs 1)", "throw", "1"],
  ])("%s costs only that file: error[internal] naming it, the rest in order, exit 1", async (_what, fault, jobs) => {
    const whole = await runCli(["-q", "-f", "ndjson", "-j", jobs, ...FILES]);
    const expected = recordsOf(whole.stdout).filter((r) => !r.includes(`"file":"${BAD}"`));
    const run = await runCli(["-f", "ndjson", "-j", jobs, ...FILES], { env: { PE_PARSE_TEST_FAULT: `${fault}:${BAD}` } });
    expect(run.code).toBe(1);
    expect(recordsOf(run.stdout)).toEqual(expected);
    const internal = run.stderr.split("\n").filter((l) => l.includes("[internal]"));
    expect(internal).toEqual([
      `${BAD}: error[internal]: pe-parse failed on this part of the file (Error: injected fault (PE_PARSE_TEST_FAULT) in ${BAD}), a pe-parse bug; its records are missing, the other files' are not`,
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("--jobs", () => {
  it("starts no more workers than files or cores, whatever N asks for", () => {
    expect(workerCount(256, 10, 2)).toEqual({ threads: 2, workers: 2, batch: true });
    expect(workerCount(256, 1, 8)).toEqual({ threads: 8, workers: 7, batch: false });
    expect(workerCount(8, 3, 16)).toEqual({ threads: 8, workers: 3, batch: true });
    expect(workerCount(1, 10, 8)).toEqual({ threads: 1, workers: 0, batch: false });
  });

  it("gives the same output with -j 256 as with -j 1", async () => {
    const one = await runCli(["-f", "ndjson", "-j", "1", ...FILES]);
    const many = await runCli(["-f", "ndjson", "-j", "256", ...FILES]);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    expect(many.code).toBe(one.code);
  });
});
