// The command line as users and scripts meet it: real processes, files, pipes and exit codes.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, root, runCli } from "./run-cli.js";

const SEED = "fixtures/004_9b7fb85721d44591.txt";
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "pe-parse-cli-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const records = (stdout: string): Array<Record<string, any>> => (JSON.parse(stdout) as { records: Array<Record<string, any>> }).records;
const ndjson = (stdout: string): Array<Record<string, any>> =>
  stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, any>);
const withoutSource = (r: Record<string, any>): Record<string, any> => {
  const { source: _s, ...rest } = r;
  return rest;
};

describe("pe-parse FILE", () => {
  it("writes the records of a dump as JSON to stdout and its warnings as file:line: severity[code] to stderr", async () => {
    const run = await runCli([SEED]);
    expect(run.code).toBe(0);
    const rs = records(run.stdout);
    expect(rs).toHaveLength(1);
    expect(rs[0]?.name).toBe("社保工作专项经费");
    expect(rs[0]?.source).toEqual({ file: SEED, startLine: 5, endLine: 45, encoding: "utf-8" });
    expect(run.stderr).toMatch(/^fixtures\/004_9b7fb85721d44591\.txt:38: warning\[cell-unplaced\]: /m);
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  it("writes one JSON record per line with --format ndjson", async () => {
    const run = await runCli(["--format", "ndjson", "-q", "fixtures/002_8d8ab4ca45e1b48f.txt"]);
    expect(run.code).toBe(0);
    const rs = ndjson(run.stdout);
    expect(rs).toHaveLength(94);
    expect(rs.every((r) => r.kind === "result-row")).toBe(true);
    expect(run.stderr).toBe("");
  });

  it("reads every *.txt below a directory, recursively and in sorted order", async () => {
    const dir = tmp();
    execFileSync("mkdir", ["-p", join(dir, "b"), join(dir, "a")]);
    copyFileSync(join(root, "fixtures/002_8d8ab4ca45e1b48f.txt"), join(dir, "b", "z.txt"));
    copyFileSync(join(root, SEED), join(dir, "a", "y.txt"));
    writeFileSync(join(dir, "notes.md"), "项目名称\tx\n");
    const run = await runCli(["--format", "ndjson", "-q", dir]);
    expect(run.code).toBe(0);
    const files = [...new Set(ndjson(run.stdout).map((r) => r.source.file))];
    expect(files).toEqual([join(dir, "a", "y.txt"), join(dir, "b", "z.txt")]);
  });

  it("reads standard input for - and when no path is given with piped input", async () => {
    const text = readFileSync(join(root, SEED));
    for (const args of [["-"], []]) {
      const run = await runCli(["--format", "ndjson", "-q", ...args], { input: text });
      expect(run.code).toBe(0);
      const rs = ndjson(run.stdout);
      expect(rs).toHaveLength(1);
      expect(rs[0]?.source.file).toBe("-");
    }
  });

  it("names a missing path on stderr, exits 2 and still parses the other paths", async () => {
    const run = await runCli(["-q", "--format", "ndjson", "no/such/file.txt", SEED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pe-parse: no/such/file.txt: no such file or directory");
    expect(ndjson(run.stdout)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("detects GB18030, UTF-16 and BOM encodings, records them in source, and gives the same records", async () => {
    const plain = ndjson((await runCli(["--format", "ndjson", "-q", SEED])).stdout).map(withoutSource);
    for (const [file, encoding] of [
      ["fixtures/bad/gb18030.txt", "gb18030"],
      ["fixtures/bad/utf16le.txt", "utf-16le"],
      ["fixtures/bad/utf16be.txt", "utf-16be"],
      ["fixtures/bad/utf8-bom.txt", "utf-8"],
      ["fixtures/bad/mixed-line-ends.txt", "utf-8"],
    ] as const) {
      const run = await runCli(["--format", "ndjson", "-q", file]);
      expect(run.code, file).toBe(0);
      const rs = ndjson(run.stdout);
      expect(rs[0]?.source.encoding, file).toBe(encoding);
      expect(rs.map(withoutSource), file).toEqual(plain);
    }
  });

  it("forces an encoding with --encoding", async () => {
    const run = await runCli(["--format", "ndjson", "-q", "--encoding", "gb18030", "fixtures/bad/gb18030.txt"]);
    expect(ndjson(run.stdout)[0]?.source.encoding).toBe("gb18030");
    const wrong = await runCli(["--format", "ndjson", "--encoding", "utf-16le", SEED]);
    expect(ndjson(wrong.stdout)).toHaveLength(0);
  });

  it("gives the same output for any --jobs", async () => {
    const one = await runCli(["--format", "ndjson", "-q", "--jobs", "1", "fixtures/000_62e7df66abdd3e04.txt", "fixtures/001_2cec943835bed671.txt", "fixtures/002_8d8ab4ca45e1b48f.txt", SEED]);
    const two = await runCli(["--format", "ndjson", "-q", "--jobs", "2", "fixtures/000_62e7df66abdd3e04.txt", "fixtures/001_2cec943835bed671.txt", "fixtures/002_8d8ab4ca45e1b48f.txt", SEED]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(ndjson(one.stdout)).toHaveLength(127 + 24 + 94 + 1);
  });

  it("gives the same output for any --jobs when one long input is shared with workers", async () => {
    // Past ~4 Mi characters of one input, its documents are shared between the main thread and
    // `--jobs − 1` workers; output order and content must not change, in bytes or in records.
    const dir = tmp();
    const seeds = readdirSync(join(root, "fixtures")).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort();
    const set = seeds.map((f) => readFileSync(join(root, "fixtures", f), "utf8").replace(/\n*$/, "\n\n")).join("");
    const long = join(dir, "long.txt");
    writeFileSync(long, set.repeat(Math.ceil((9 << 20) / Buffer.byteLength(set))));
    for (const format of [["--format", "ndjson"], ["--format", "csv", "--table", "indicators"]]) {
      const one = await runCli([...format, "-q", "--jobs", "1", long]);
      const two = await runCli([...format, "-q", "--jobs", "2", long]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout.length).toBeGreaterThan(1 << 20);
      expect(two.stdout).toBe(one.stdout);
    }
  });
});

describe("output options", () => {
  it("writes a CSV table with --format csv --table, its header first, a BOM with --bom", async () => {
    const run = await runCli(["--format", "csv", "--table", "indicators", "--bom", "-q", SEED]);
    expect(run.code).toBe(0);
    expect([...run.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = run.stdout.slice(1).trim().split("\n");
    expect(lines[0]).toBe("file,startLine,year,project,department,implementer,level1,level2,name,target,actual,weight,score,deviation,remark");
    expect(lines).toHaveLength(1 + 10);
    expect(lines[1]).toContain("产出指标,数量指标,失业动态监测企业数,40家,40家,10,10,,");
  });

  it("prints each CSV table with its own columns", async () => {
    const heads: Record<string, string> = {};
    for (const table of ["projects", "funds", "summary", "results", "final-accounts"]) {
      const run = await runCli(["--format", "csv", "--table", table, "-q", "fixtures/003_565532f530cb80ee.txt", "fixtures/000_62e7df66abdd3e04.txt", "fixtures/002_8d8ab4ca45e1b48f.txt"]);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split("\n");
      heads[table] = lines[0] as string;
      expect(lines.length, table).toBeGreaterThan(5);
    }
    expect(heads.results).toBe("file,line,table,seq,departmentCode,department,name,budget,score,grade,executed,executionRate,initialBudget");
    expect(heads["final-accounts"]).toBe("file,code,title,entity,year,unit,side,rowCode,name,lineNo,column,value");
  });

  it("defuses formula-like CSV cells with --csv-safe but leaves plain numbers alone", async () => {
    const dir = tmp();
    const text = readFileSync(join(root, SEED), "utf8").replace("社保工作专项经费\t", "=HYPERLINK(\"x\")\t");
    writeFileSync(join(dir, "f.txt"), text);
    const run = await runCli(["--format", "csv", "--csv-safe", "-q", join(dir, "f.txt")]);
    expect(run.stdout).toContain(`"'=HYPERLINK(""x"")"`);
    const plain = await runCli(["--format", "csv", "-q", join(dir, "f.txt")]);
    expect(plain.stdout).toContain(`"=HYPERLINK(""x"")"`);
  });

  it("writes to a file with -o, leaving no temporary file behind", async () => {
    const dir = tmp();
    const out = join(dir, "out.json");
    const run = await runCli(["-q", "-o", out, SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(records(readFileSync(out, "utf8"))).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("splits records into safe file names under --out-dir and refuses to overwrite without --force", async () => {
    const dir = tmp();
    const first = await runCli(["-q", "--out-dir", dir, "--split", "fixtures/001_2cec943835bed671.txt"]);
    expect(first.code).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(24);
    expect(names[0]).toBe("001_2cec943835bed671-001-劳务派遣人员经费（人社局）.json");
    expect(names.every((n) => !n.includes("/") && !n.startsWith(".") && Buffer.byteLength(n) <= 160)).toBe(true);
    const again = await runCli(["-q", "--out-dir", dir, "--split", "fixtures/001_2cec943835bed671.txt"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists; not overwritten (use --force)");
    const forced = await runCli(["-q", "--out-dir", dir, "--split", "--force", "fixtures/001_2cec943835bed671.txt"]);
    expect(forced.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(24);
  });

  it("keeps --split names inside --out-dir whatever the project name says", async () => {
    const dir = tmp();
    const src = join(dir, "evil.txt");
    const text = readFileSync(join(root, SEED), "utf8").replace("社保工作专项经费\t", "../../etc/passwd\u0007 CON:\t");
    writeFileSync(src, text);
    const out = join(dir, "out");
    const run = await runCli(["-q", "--out-dir", out, "--split", src]);
    expect(run.code).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(1);
    expect(names[0]).not.toMatch(/[/\\:\u0007]|\.\./);
    expect(existsSync(join(dir, "etc"))).toBe(false);
  });
});

describe("diagnostics and exit codes", () => {
  it("silences diagnostics with --quiet", async () => {
    const run = await runCli(["-q", SEED]);
    expect(run.stderr).toBe("");
  });

  it("exits 1 under --strict when a file has warnings", async () => {
    expect((await runCli([SEED])).code).toBe(0);
    expect((await runCli(["--strict", "-q", SEED])).code).toBe(1);
  });

  it("reports the same diagnostics and exit codes when workers parse the files", async () => {
    // Workers send the main thread only the diagnostics it shows, with counts of the rest.
    const files = ["fixtures/001_2cec943835bed671.txt", "fixtures/003_565532f530cb80ee.txt", SEED];
    for (const flags of [[], ["--verbose"], ["--strict", "-q"], ["--strict"]]) {
      const one = await runCli(["--format", "ndjson", "--no-progress", ...flags, "--jobs", "1", ...files]);
      const two = await runCli(["--format", "ndjson", "--no-progress", ...flags, "--jobs", "2", ...files]);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
    }
    const verbose = await runCli(["--format", "ndjson", "--verbose", "--jobs", "2", ...files]);
    expect(verbose.stderr).toMatch(/info/);
    expect(verbose.stderr).toMatch(/warning/);
    expect((await runCli(["--format", "ndjson", "--strict", "-q", "--jobs", "2", ...files])).code).toBe(1);
  });

  it("colours diagnostics only when asked, never with NO_COLOR", async () => {
    const coloured = await runCli([SEED], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(coloured.stderr).toMatch(/\u001b\[/);
    const plain = await runCli([SEED], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(plain.stderr).not.toMatch(/\u001b\[/);
  });

  it("reports a usage error with exit 2 and no stack trace", async () => {
    const run = await runCli(["--format", "xml", SEED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("xml");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const split = await runCli(["--split", SEED]);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain("--split needs --out-dir DIR");
  });

  it("lists every option with examples in --help and prints the version with --version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--format", "--table", "--output", "--out-dir", "--split", "--force", "--bom", "--csv-safe", "--encoding", "--quiet", "--silent", "--verbose", "--ignore", "--strict", "--max-warnings", "--diagnostics", "--no-progress", "--jobs", "--version", "Examples:", "Exit codes:"]) {
      expect(help.stdout).toContain(option);
    }
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version);
  });

  it("ends quietly when stdout is closed early (pe-parse … | head)", () => {
    const out = execFileSync("bash", ["-c", `node ${bin} --format ndjson fixtures/003_565532f530cb80ee.txt fixtures/001_2cec943835bed671.txt 2>/tmp/pe-parse-head.err | head -c 100 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: root, env: { ...process.env, NO_COLOR: "1" } }).toString();
    expect(Number(out.trim())).toBe(0);
    expect(readFileSync("/tmp/pe-parse-head.err", "utf8")).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe("subcommands", () => {
  it("prints a JSON Schema that every record pe-parse writes satisfies", async () => {
    const { default: Ajv2020 } = await import("ajv/dist/2020.js");
    const run = await runCli(["schema"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as object;
    expect(readFileSync(join(root, "schema/records.schema.json"), "utf8")).toBe(run.stdout);
    const validate = new (Ajv2020 as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } })({ strict: false }).compile(schema);
    const all = await runCli(["--format", "ndjson", "-q", "fixtures/000_62e7df66abdd3e04.txt", "fixtures/001_2cec943835bed671.txt", "fixtures/002_8d8ab4ca45e1b48f.txt", "fixtures/003_565532f530cb80ee.txt", SEED]);
    const rs = ndjson(all.stdout);
    expect(rs.length).toBe(295);
    for (const r of rs) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  it("renders records back to a dump that parses to the same records", async () => {
    const dir = tmp();
    const json = join(dir, "r.ndjson");
    writeFileSync(json, (await runCli(["--format", "ndjson", "-q", "fixtures/003_565532f530cb80ee.txt"])).stdout);
    const rendered = await runCli(["render", json]);
    expect(rendered.code).toBe(0);
    const again = await runCli(["--format", "ndjson", "-q", "-"], { input: rendered.stdout });
    const strip = (r: Record<string, any>): Record<string, any> => {
      const { source: _s, diagnostics: _d, unmapped: _u, ...rest } = r;
      return rest;
    };
    expect(ndjson(again.stdout).map(strip)).toEqual(ndjson(readFileSync(json, "utf8")).map(strip));
  });

  it("checks the fixtures, and reports a changed golden field by record and path with exit 1", async () => {
    const ok = await runCli(["check", "fixtures"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("5 passed, 0 failed");
    const dir = tmp();
    copyFileSync(join(root, SEED), join(dir, "x.txt"));
    const golden = JSON.parse(readFileSync(join(root, "fixtures/004_9b7fb85721d44591.expected.json"), "utf8")) as { records: Array<Record<string, any>> };
    golden.records[0]!.name = "改过的名称";
    for (const r of golden.records) r.source.file = "x.txt";
    writeFileSync(join(dir, "x.expected.json"), JSON.stringify(golden));
    const bad = await runCli(["check", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("record 0 name");
    expect(bad.stdout).toContain('expected "改过的名称"');
    expect(bad.stdout).toContain('got      "社保工作专项经费"');
    const update = await runCli(["check", dir, "--update"]);
    expect(update.code).toBe(0);
    expect((await runCli(["check", dir])).code).toBe(0);
  });
});
