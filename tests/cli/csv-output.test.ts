// CSV output as spreadsheets and shell tools take it: line ends, level columns, Chinese headers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const SEED = "fixtures/004_9b7fb85721d44591.txt";
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "pe-parse-csv-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("CSV line ends", () => {
  it("ends a CSV with a newline, so wc -l counts every row and cat keeps two files' rows apart", async () => {
    const run = await runCli(["--format", "csv", "--table", "indicators", "-q", SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(run.stdout.split("\n")).toHaveLength(1 + 10 + 1);
    const twice = run.stdout + run.stdout;
    expect(twice.split("\n").filter((l) => l.startsWith("file,"))).toHaveLength(2);
  });

  it("ends a header-only CSV with a newline too", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const run = await runCli(["--format", "csv", "--table", "results", "-q", join(dir, "empty.txt")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("file,line,table,seq,departmentCode,department,name,budget,score,grade\n");
  });
});
