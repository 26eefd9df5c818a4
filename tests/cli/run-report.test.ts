// What a run says about itself: the closing summary, noise control (--ignore, --max-warnings, -q,
// --silent) and the --diagnostics table, run against the binary.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, root, runCli } from "./run-cli.js";

const SEED = "fixtures/004_9b7fb85721d44591.txt";
const SMALL = [SEED, "fixtures/bad/empty.txt", "fixtures/bad/wide-row.txt", "fixtures/bad/cut-off.txt"];
const FIXTURES = ["000_62e7df66abdd3e04", "001_2cec943835bed671", "002_8d8ab4ca45e1b48f", "003_565532f530cb80ee", "004_9b7fb85721d44591"].map(
  (s) => `fixtures/${s}.txt`,
);
const SUMMARY = /^pe-parse: \d+ files?: /m;
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "pe-parse-report-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const ndjson = (text: string): Array<Record<string, any>> =>
  text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, any>);
const lastLine = (text: string): string => text.trimEnd().split("\n").at(-1) ?? "";
const hasScript = ((): boolean => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("the closing summary", () => {
  it("ends a run of several files with one line: files, records by kind, files with no record, warnings and errors by code", async () => {
    const run = await runCli(["-f", "ndjson", ...SMALL]);
    expect(run.code).toBe(1);
    expect(ndjson(run.stdout)).toHaveLength(2);
    expect(run.stderr).toBe(
      [
        `${SEED}:38: warning[cell-unplaced]: the cell 「.....」 fits no field of this indicator template row; kept in unmapped`,
        "fixtures/bad/wide-row.txt:1: error[too-many-cells]: row has 20000 cells, over the limit of 1000; the row is skipped",
        "fixtures/bad/cut-off.txt:25: warning[section-missing]: the form has no 总分 row: it may be cut off; the record is partial",
        "pe-parse: 4 files: 2 records (2 project); 2 files gave no record; 2 warnings (1 cell-unplaced, 1 section-missing); 1 error (1 too-many-cells)",
        "",
      ].join("\n"),
    );
  });

  it("counts the same with worker threads as on one thread, and agrees with the records and the lines printed", async () => {
    const one = await runCli(["-v", "-f", "ndjson", "-j", "1", ...FIXTURES]);
    const two = await runCli(["-v", "-f", "ndjson", "-j", "2", ...FIXTURES]);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const summary = lastLine(one.stderr);
    const records = ndjson(one.stdout);
    const kinds = new Map<string, number>();
    for (const r of records) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    expect(summary).toMatch(new RegExp(`^pe-parse: 5 files: ${records.length} records \\(`));
    for (const [kind, n] of kinds) expect(summary).toContain(`${n} ${kind}`);
    for (const severity of ["warning", "error", "info"]) {
      const printed = one.stderr.split("\n").filter((l) => l.includes(`: ${severity}[`)).length;
      expect(summary).toMatch(new RegExp(`; ${printed} ${severity}s?( \\(|;|$)`));
    }
    // The top code is named with its count.
    const byCode = new Map<string, number>();
    for (const r of records) for (const d of r.diagnostics) if (d.severity === "warning") byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    const [topCode, topCount] = [...byCode].sort((a, b) => b[1] - a[1])[0] as [string, number];
    expect(summary).toContain(`warnings (${topCount} ${topCode}`);
  });

  it("is left out with -q, and for a run of one file", async () => {
    const quiet = await runCli(["-q", "-f", "ndjson", ...SMALL]);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe("fixtures/bad/wide-row.txt:1: error[too-many-cells]: row has 20000 cells, over the limit of 1000; the row is skipped\n");
    const single = await runCli([SEED]);
    expect(single.code).toBe(0);
    expect(single.stderr).not.toMatch(SUMMARY);
  });

  it.skipIf(!hasScript)("comes after the progress bar is cleared, as the run's last line on a terminal", () => {
    const command = `node ${bin} ${FIXTURES.join(" ")} > /dev/null`;
    const screen = execFileSync("script", ["-qec", command, "/dev/null"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } }).toString();
    // The bar's last drawing (it is throttled, so it may not have drawn 5/5 before it is cleared).
    const bar = screen.lastIndexOf("/5 files |");
    const summary = screen.indexOf("pe-parse: 5 files: ");
    expect(bar).toBeGreaterThan(-1);
    expect(summary).toBeGreaterThan(bar);
    // Only the erase of the bar's line lies between them; nothing follows the summary.
    expect(screen.slice(summary)).toMatch(/^pe-parse: 5 files: [^\r\n]*\r?\n$/);
    expect(screen.slice(bar, summary)).toMatch(/\u001b\[0J$/);
  });
});

describe("noise control", () => {
  it("--ignore CODE[,CODE] hides those warnings from stderr, the summary and --strict's exit code", async () => {
    const strict = await runCli(["--strict", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect(strict.code).toBe(1);
    const run = await runCli(["--strict", "--ignore", "cell-unplaced,section-missing", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)).toHaveLength(2);
    expect(run.stderr).toBe("pe-parse: 2 files: 2 records (2 project); 0 warnings; 0 errors; 2 ignored (--ignore)\n");
    const repeated = await runCli(["--strict", "--ignore", "cell-unplaced", "--ignore", "section-missing", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect([repeated.code, repeated.stderr]).toEqual([0, run.stderr]);
  });

  it("refuses --ignore of an error code or an unknown code: exit 2, naming the code, nothing parsed", async () => {
    const error = await runCli(["--ignore", "too-many-cells", SEED]);
    expect([error.code, error.stdout, error.stderr]).toEqual([2, "", "pe-parse: --ignore: too-many-cells is an error; errors cannot be ignored\n"]);
    const unknown = await runCli(["--ignore", "cell-unplaced,no-such-code", SEED]);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([2, "", 'pe-parse: --ignore: unknown diagnostic code "no-such-code"\n']);
  });

  it("--max-warnings N exits 1 with a line saying so when there are more than N warnings, 0 at N", async () => {
    const over = await runCli(["--max-warnings", "1", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect(over.code).toBe(1);
    expect(ndjson(over.stdout)).toHaveLength(2);
    expect(over.stderr.split("\n").slice(-3)).toEqual([
      "pe-parse: 2 warnings, more than --max-warnings 1",
      "pe-parse: 2 files: 2 records (2 project); 2 warnings (1 cell-unplaced, 1 section-missing); 0 errors",
      "",
    ]);
    const at = await runCli(["--max-warnings", "2", "-q", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect([at.code, at.stderr]).toEqual([0, ""]);
    const ignored = await runCli(["--max-warnings", "1", "--ignore", "section-missing", "-q", "-f", "ndjson", SEED, "fixtures/bad/cut-off.txt"]);
    expect([ignored.code, ignored.stderr]).toEqual([0, ""]);
  });

  it("-q hides warnings but never errors; --silent prints nothing on stderr, the exit code still tells", async () => {
    const args = ["-f", "ndjson", SEED, "fixtures/bad/binary.txt"];
    const quiet = await runCli(["-q", ...args]);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(/^fixtures\/bad\/binary\.txt: error\[not-a-text-dump\]: not a text dump: [^\n]*\n$/);
    const silent = await runCli(["--silent", ...args, "no/such/file.txt"]);
    expect(silent.code).toBe(2);
    expect(silent.stderr).toBe("");
    expect(ndjson(silent.stdout)).toHaveLength(1);
    // A usage error is still said.
    const usage = await runCli(["--silent", "-j", "0", SEED]);
    expect([usage.code, usage.stdout, usage.stderr]).toEqual([2, "", 'pe-parse: -j, --jobs: expected a whole number from 1 to 256, got "0"\n']);
  });
});

describe("--diagnostics FILE", () => {
  const COLUMNS = "file,line,severity,code,recordKind,recordName,message,stated,computed";

  it("writes every diagnostic of the run as CSV, with --bom's BOM: file, line, severity, code, record kind and name, message", async () => {
    const dir = tmp();
    const table = join(dir, "diagnostics.csv");
    const run = await runCli(["-q", "--bom", "-f", "csv", "-o", join(dir, "projects.csv"), "--diagnostics", table, "fixtures/000_62e7df66abdd3e04.txt", SEED]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, "", ""]);
    const text = readFileSync(table, "utf8");
    const lines = text.split("\n");
    expect(lines[0]).toBe(`\uFEFF${COLUMNS}`);
    expect(lines[1]).toBe(
      "fixtures/000_62e7df66abdd3e04.txt,61,warning,balance-mismatch,summary-row,购买实习材料,结余 stated 0 but 预算 − 执行 = 86.6 − 85.0742 = 1.5258; kept as stated,,",
    );
    expect(lines).toContain(`${SEED},38,warning,cell-unplaced,project,社保工作专项经费,the cell 「.....」 fits no field of this indicator template row; kept in unmapped,,`);
    // Infos too, whatever -q and -v say: every diagnostic of every record.
    const json = await runCli(["-f", "ndjson", "fixtures/000_62e7df66abdd3e04.txt", SEED]);
    const all = ndjson(json.stdout).flatMap((r) => r.diagnostics);
    expect(text.endsWith("\n")).toBe(true);
    expect(lines.length - 2).toBe(all.length);
    expect(lines.filter((l) => l.includes(",info,")).length).toBe(all.filter((d) => d.severity === "info").length);
    expect(readdirSync(dir).sort()).toEqual(["diagnostics.csv", "projects.csv"]);
  });

  it("writes NDJSON for .ndjson and .jsonl, the same with worker threads as on one, a file's own diagnostics without a record", async () => {
    const dir = tmp();
    const inputs = [...FIXTURES, "fixtures/bad/invalid-bytes.txt"];
    const one = await runCli(["-q", "-j", "1", "--diagnostics", join(dir, "one.ndjson"), "-o", join(dir, "one.json"), ...inputs]);
    const two = await runCli(["-q", "-j", "2", "--diagnostics", join(dir, "two.jsonl"), "-o", join(dir, "two.json"), ...inputs]);
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, "", 0, ""]);
    const rows = readFileSync(join(dir, "one.ndjson"), "utf8");
    expect(readFileSync(join(dir, "two.jsonl"), "utf8")).toBe(rows);
    const table = ndjson(rows);
    expect(table[0]).toEqual({
      file: "fixtures/000_62e7df66abdd3e04.txt",
      line: 61,
      severity: "warning",
      code: "balance-mismatch",
      recordKind: "summary-row",
      recordName: "购买实习材料",
      message: "结余 stated 0 but 预算 − 执行 = 86.6 − 85.0742 = 1.5258; kept as stated",
      stated: null,
      computed: null,
    });
    expect(table.find((r) => r.code === "encoding-invalid")).toMatchObject({ file: "fixtures/bad/invalid-bytes.txt", recordKind: null, recordName: null });
    const records = (JSON.parse(readFileSync(join(dir, "one.json"), "utf8")) as { records: Array<Record<string, any>> }).records;
    expect(table.filter((r) => r.recordKind !== null)).toHaveLength(records.flatMap((r) => r.diagnostics).length);
    // Every record diagnostic names its record, whatever the kind.
    expect(table.filter((r) => r.recordKind !== null && !r.recordName)).toEqual([]);
    expect(new Set(table.map((r) => r.recordKind))).toEqual(new Set([null, ...records.filter((r) => r.diagnostics.length > 0).map((r) => r.kind)]));
  });

  it("refuses a name that is neither .csv nor .ndjson/.jsonl, and a path it cannot write, before parsing: exit 2", async () => {
    const bad = await runCli(["--diagnostics", "report.txt", SEED]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, "", 'pe-parse: --diagnostics: expected a file name ending in .csv, .ndjson or .jsonl, got "report.txt"\n']);
    const dir = tmp();
    const missing = join(dir, "no", "such", "d.csv");
    const run = await runCli(["--diagnostics", missing, SEED]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `pe-parse: ${missing}: no such file or directory\n`]);
    expect(existsSync(join(dir, "no"))).toBe(false);
  });
});

describe("commands that would do nothing", () => {
  it("names a folder with no .txt below it; with no input at all, exits 2 and writes nothing", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "empty", "sub"), { recursive: true });
    const none = await runCli([join(dir, "empty")]);
    expect([none.code, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toBe(`pe-parse: ${join(dir, "empty")}: no .txt file in this folder or below it\npe-parse: no input found: nothing to parse\n`);
    const some = await runCli(["-q", "-f", "ndjson", join(dir, "empty"), SEED]);
    expect(some.code).toBe(0);
    expect(ndjson(some.stdout)).toHaveLength(1);
    expect(some.stderr).toBe(`pe-parse: ${join(dir, "empty")}: no .txt file in this folder or below it\n`);
  });

  it.each([
    [["-t", "indicators"], "-t, --table has no effect without CSV output (-f csv, or -o FILE.csv)"],
    [["--headers", "zh"], "--headers has no effect without CSV output (-f csv, or -o FILE.csv)"],
    [["--csv-safe", "-f", "ndjson"], "--csv-safe has no effect without CSV output (-f csv, or -o FILE.csv)"],
    [["--bom", "-o", "x.json"], "--bom has no effect without CSV output (-f csv, -o FILE.csv or --diagnostics FILE.csv)"],
    [["--out-dir", "somewhere"], "--out-dir has no effect without --split (one file per record in DIR)"],
    [["--force", "-o", "x.json"], "--force has no effect without --split (-o always replaces its file)"],
    [["-f", "ndjson", "-o", "x.csv"], "-f, --format ndjson contradicts -o x.csv, the name of a csv file"],
  ])("refuses %j, naming the flag: exit 2, nothing written", async (args, message) => {
    const dir = tmp();
    const run = await runCli([...args, SEED], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `pe-parse: ${message}\n`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes the format from -o's extension when -f is not given: .csv, .ndjson, .jsonl, .json", async () => {
    const dir = tmp();
    const input = join(root, SEED);
    for (const name of ["r.csv", "r.ndjson", "r.jsonl", "r.json", "r.out"]) {
      const run = await runCli(["-q", "-o", join(dir, name), input]);
      expect([run.code, run.stderr]).toEqual([0, ""]);
    }
    expect(readFileSync(join(dir, "r.csv"), "utf8")).toMatch(/^file,startLine,endLine,form,/);
    expect(JSON.parse(readFileSync(join(dir, "r.ndjson"), "utf8").trim()).kind).toBe("project");
    expect(readFileSync(join(dir, "r.jsonl"), "utf8")).toBe(readFileSync(join(dir, "r.ndjson"), "utf8"));
    expect(readFileSync(join(dir, "r.json"), "utf8")).toMatch(/^\{"records":\[/);
    expect(readFileSync(join(dir, "r.out"), "utf8")).toBe(readFileSync(join(dir, "r.json"), "utf8"));
    // -t is then in effect.
    const table = await runCli(["-q", "-t", "indicators", "-o", join(dir, "i.csv"), input]);
    expect(table.code).toBe(0);
    expect(readFileSync(join(dir, "i.csv"), "utf8")).toMatch(/^file,startLine,year,project,/);
  });

  it("--split -f csv -t indicators writes files only for records with indicator rows and says how many it skipped", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const run = await runCli(["-q", "--split", "--out-dir", out, "-f", "csv", "-t", "indicators", "fixtures/000_62e7df66abdd3e04.txt", SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const summaryRows = readFileSync(join(root, "fixtures/000_62e7df66abdd3e04.expected.json"), "utf8");
    const skipped = (JSON.parse(summaryRows) as { records: unknown[] }).records.length;
    expect(run.stderr).toBe(`pe-parse: --split: ${skipped} of the records have no row in the indicators table; no file written for them\n`);
    expect(readdirSync(out)).toEqual(["004_9b7fb85721d44591-001-社保工作专项经费.csv"]);
  });
});

describe("option errors", () => {
  it.each([
    [["-j", "0"], '-j, --jobs: expected a whole number from 1 to 256, got "0"'],
    [["--jobs", "two"], '-j, --jobs: expected a whole number from 1 to 256, got "two"'],
    [["-j", "1.5"], '-j, --jobs: expected a whole number from 1 to 256, got "1.5"'],
    [["--max-warnings", "-1"], '--max-warnings: expected a whole number from 0 up, got "-1"'],
    [["--encoding", "klingon"], '--encoding: expected an encoding Node knows (utf-8, gb18030, gbk, utf-16le, utf-16be, …), got "klingon"'],
  ])("%j names the flag and the value: exit 2", async (args, message) => {
    const run = await runCli([...args, SEED]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `pe-parse: ${message}\n`]);
  });
});
