// Never silent: what pe-parse cannot read still reaches the output (a `table` record) with a
// warning on stderr by default, and a file with form words but no form read says so.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCli } from "./run-cli.js";

const records = (stdout: string): Array<Record<string, any>> =>
  stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, any>);

const UNKNOWN_TABLE = "甲\t乙\t丙\n1\t2\t3\n4\t5\t6\n";

describe("a table no recogniser claims", () => {
  it("gives a table record and a warning on stderr, exit 0", async () => {
    const run = await runCli(["-f", "ndjson", "-"], { input: UNKNOWN_TABLE });
    expect(run.code).toBe(0);
    const [table, ...rest] = records(run.stdout);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({
      kind: "table",
      header: [["甲", "乙", "丙"]],
      rows: [
        { line: 2, cells: ["1", "2", "3"] },
        { line: 3, cells: ["4", "5", "6"] },
      ],
      unmapped: [],
    });
    expect(run.stderr).toBe(
      "-:1: warning[table-unrecognised]: a table of 3 rows matches no known form (no recogniser matches the header 甲 / 乙 / 丙); its cells are kept in a table record\n",
    );
  });

  it("counts the warning for --strict: exit 1", async () => {
    const run = await runCli(["-f", "ndjson", "--strict", "-"], { input: UNKNOWN_TABLE });
    expect(run.code).toBe(1);
    expect(records(run.stdout)).toHaveLength(1);
  });

  it("writes its cells as the long-format tables CSV", async () => {
    const run = await runCli(["-f", "csv", "-t", "tables", "-q", "-"], { input: UNKNOWN_TABLE });
    expect(run.stdout.split("\n").slice(0, 3)).toEqual(["file,startLine,title,part,row,line,cell,text", "-,1,,header,1,,1,甲", "-,1,,header,1,,2,乙"]);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("-,1,,row,2,3,3,6");
  });

  it("is skipped by the projects table", async () => {
    const run = await runCli(["-f", "csv", "-q", "-"], { input: UNKNOWN_TABLE });
    expect(run.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });
});

describe("a file with text but no table", () => {
  const PROSE = "关于公开2022年度部门预算的说明\n\n根据有关规定，现将情况说明如下。\n";

  it("says why it gave no record on stderr by default, exit 0; --strict counts it", async () => {
    const run = await runCli(["-f", "ndjson", "-"], { input: PROSE });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^-: warning\[no-table\]: no record: the file's 2 lines of text hold no table/);
    expect((await runCli(["-f", "ndjson", "--strict", "-"], { input: PROSE })).code).toBe(1);
  });

  it("stays quiet on a file of blank lines", async () => {
    const run = await runCli(["-f", "ndjson", "-"], { input: "\n \n\t\n" });
    expect(run.stderr).toBe("");
  });
});

describe("a zero-width space inside 项目名称", () => {
  it("does not lose the name's cells: they reach the output, and the file says no form was read", async () => {
    const dump = "某项目支出绩效自评表\n项目\u200b名称\t社保工作专项经费\n主管部门\t某局\t实施单位\t某中心\n";
    const run = await runCli(["-f", "ndjson", "-"], { input: dump });
    expect(run.code).toBe(0);
    const cells = records(run.stdout).flatMap((r) => [...(r.header ?? []).flat(), ...(r.rows ?? []).flatMap((x: { cells: string[] }) => x.cells), ...r.unmapped.map((u: { text: string }) => u.text), r.name]);
    expect(cells).toEqual(expect.arrayContaining(["项目\u200b名称", "社保工作专项经费", "某局", "某中心"]));
    expect(run.stderr).toContain("-:1: warning[no-form-recognised]: saw 自评表 (line 1), 项目名称 (line 2) but read no form");
  });
});

describe("the real notices of other provinces (fixtures/real, copies of ../shared/real)", () => {
  const dir = join(root, "fixtures/real");
  const files = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => join(dir, n));

  it("each gives a record or a warning, never an empty silent result (any -j)", async () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const jobs of ["1", "2"]) {
      const run = await runCli(["-f", "ndjson", "-j", jobs, ...files]);
      const got = records(run.stdout);
      for (const file of files) {
        const mine = got.filter((r) => r.source.file === file);
        const warned = run.stderr.split("\n").some((l) => l.startsWith(`${file}:`) && /(warning|error)\[/.test(l));
        expect(mine.length > 0 || warned, `${file} with -j ${jobs}`).toBe(true);
        // A file that yields only table records (or none) is told so, once.
        const verdicts = run.stderr.split("\n").filter((l) => l.startsWith(`${file}:`) && l.includes("warning[no-form-recognised]"));
        expect(verdicts.length, file).toBe(mine.every((r) => r.kind === "table") ? 1 : 0);
      }
    }
  });
});
