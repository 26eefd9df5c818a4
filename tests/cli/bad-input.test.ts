// The bad-input corpus (fixtures/bad/): each case runs in a batch with a good file, whose records
// must still come out. The two huge cases are generated into a temporary directory.
import { mkdtempSync, writeFileSync } from "node:fs";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const GOOD = "fixtures/004_9b7fb85721d44591.txt";
const lines = (stdout: string): Array<Record<string, any>> =>
  stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, any>);

interface Case {
  file: string;
  what: string;
  exit: number;
  check?: (records: Array<Record<string, any>>, stderr: string) => void;
}

const CASES: Case[] = [
  { file: "fixtures/bad/empty.txt", what: "an empty file", exit: 0 },
  { file: "fixtures/bad/blank-lines.txt", what: "only blank lines", exit: 0 },
  {
    file: "fixtures/bad/binary.txt",
    what: "binary data with NUL bytes",
    exit: 1,
    check: (_r, stderr) => expect(stderr).toContain("fixtures/bad/binary.txt: error[not-a-text-dump]: not a text dump"),
  },
  {
    file: "fixtures/bad/invalid-bytes.txt",
    what: "bytes invalid in both UTF-8 and GB18030",
    exit: 0,
    check: (_r, stderr) => expect(stderr).toContain("warning[encoding-invalid]"),
  },
  {
    file: "fixtures/bad/wide-row.txt",
    what: "a 20,000-cell row",
    exit: 1,
    check: (_r, stderr) => expect(stderr).toContain("fixtures/bad/wide-row.txt:1: error[too-many-cells]"),
  },
  {
    file: "fixtures/bad/cut-off.txt",
    what: "a form cut off in the middle",
    exit: 0,
    check: (records, stderr) => {
      const partial = records.filter((r) => r.source.file === "fixtures/bad/cut-off.txt");
      expect(partial).toHaveLength(1);
      expect(partial[0]?.name).toBe("社保工作专项经费");
      expect(partial[0]?.indicators.length).toBeGreaterThan(0);
      expect(stderr).toContain("fixtures/bad/cut-off.txt:25: warning[section-missing]");
    },
  },
  { file: "fixtures/bad/shuffled-rows.txt", what: "a form with its rows in random order", exit: 0 },
  {
    file: "fixtures/bad/mixed-line-ends.txt",
    what: "mixed CRLF/LF/CR line ends",
    exit: 0,
    check: (records) => expect(records.filter((r) => r.source.file === "fixtures/bad/mixed-line-ends.txt")).toHaveLength(1),
  },
  {
    file: "fixtures/bad/utf16le.txt",
    what: "UTF-16",
    exit: 0,
    check: (records) => expect(records.find((r) => r.source.file === "fixtures/bad/utf16le.txt")?.name).toBe("社保工作专项经费"),
  },
];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("bad input, each in a batch with a good file", () => {
  for (const c of CASES) {
    it(`survives ${c.what} and still writes the good file's records`, async () => {
      const run = await runCli(["--format", "ndjson", c.file, GOOD]);
      expect(run.code).toBe(c.exit);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
      const records = lines(run.stdout);
      expect(records.filter((r) => r.source.file === GOOD)).toHaveLength(1);
      c.check?.(records, run.stderr);
    });
  }

  it("survives a 50 MB single line without hanging, reporting line-too-long", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pe-parse-bad-"));
    made.push(dir);
    const file = join(dir, "one-line.txt");
    writeFileSync(file, "项目名称\t".repeat(5_000_000) + "x".repeat(5_000_000));
    const run = await runCli(["--format", "ndjson", file, GOOD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:1: error[line-too-long]`);
    expect(lines(run.stdout).filter((r) => r.source.file === GOOD)).toHaveLength(1);
  });
});
