// `pe-parse render` takes every shape of records pe-parse and jq write, and says when it cannot.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runCli } from "./run-cli.js";

const SEED = "fixtures/003_565532f530cb80ee.txt";
let dir: string;
let records: unknown[];
let canonical: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pe-parse-render-"));
  records = (JSON.parse(readFileSync(join(root, "fixtures/003_565532f530cb80ee.expected.json"), "utf8")) as { records: unknown[] }).records;
  writeFileSync(join(dir, "all.json"), JSON.stringify({ records }, null, 2));
  const all = await runCli(["render", join(dir, "all.json")]);
  expect(all.code).toBe(0);
  canonical = all.stdout;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("pe-parse render", () => {
  it("renders an NDJSON file, an array of records and a compact records file the same as a records file", async () => {
    expect(canonical.length).toBeGreaterThan(1000);
    const ndjson = write("r.ndjson", records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const array = write("r-array.json", JSON.stringify(records, null, 2));
    const compact = write("r-compact.json", JSON.stringify({ records }));
    for (const file of [ndjson, array, compact]) {
      const run = await runCli(["render", file]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(run.stdout).toBe(canonical);
    }
  });

  it("renders one pretty-printed record, as --split and jq '.records[0]' write it", async () => {
    const out = join(dir, "split");
    const split = await runCli(["-q", "--out-dir", out, "--split", "fixtures/004_9b7fb85721d44591.txt"]);
    expect(split.code).toBe(0);
    const [name] = (await import("node:fs")).readdirSync(out);
    const run = await runCli(["render", join(out, name as string)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("项目名称\t社保工作专项经费");
    const one = write("one.json", JSON.stringify(records[0], null, 2) + "\n");
    const piped = await runCli(["render", "-"], { input: readFileSync(one) });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    expect(canonical.startsWith(piped.stdout.trimEnd())).toBe(true);
  });

  it("refuses a file that holds no records with a clear message and exit 2, printing nothing", async () => {
    const cases: Array<[string, string, RegExp]> = [
      ["prose.txt", "项目名称\t社保工作专项经费\n", /not a records file: neither JSON \(.*\) nor NDJSON \(line 1 is not a JSON value\)/],
      ["other.json", JSON.stringify({ name: "x" }, null, 2), /not a records file: a JSON object with neither "records" nor "kind"/],
      ["number.json", "42\n", /not a records file: a JSON number, not records/],
      ["bad-record.json", JSON.stringify({ kind: "project", name: 3 }, null, 2), /not a records file: the object is not a pe-parse record at /],
      ["bad-line.ndjson", JSON.stringify(records[0]) + "\n{\"kind\":\"nope\"}\n", /not a records file: NDJSON line 2 is not a pe-parse record/],
    ];
    for (const [name, text, message] of cases) {
      const run = await runCli(["render", write(name, text)]);
      expect(run.code, name).toBe(2);
      expect(run.stdout, name).toBe("");
      expect(run.stderr, name).toMatch(message);
      expect(run.stderr, name).not.toMatch(/\n\s+at /);
    }
  });

  it("says so on stderr when a records file holds no records", async () => {
    const run = await runCli(["render", write("none.json", '{"records":[]}\n')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: ${join(dir, "none.json")}: no records to render\n`);
  });
});
