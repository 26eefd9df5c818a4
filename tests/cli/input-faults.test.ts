// Inputs that are not what they seem, run as a user would: devices and pipes, a stray NUL byte,
// folders with unreadable parts and symbolic links, control characters in cell text and file
// names, invisible format characters in --split names.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, isRoot, root, runCli, STACK_TRACE } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "pe-parse-in-"));
chmodSync(dir, 0o755); // read by an unprivileged user in the folder tests
afterAll(() => {
  chmodSync(join(dir, "tree", "locked"), 0o755);
  rmSync(dir, { recursive: true, force: true });
});
const SEED = "fixtures/003_565532f530cb80ee.txt";
const GOOD = "fixtures/004_9b7fb85721d44591.txt";
const records = (stdout: string): string[] => stdout.split("\n").filter((l) => l !== "");
const shell = (command: string): string =>
  execFileSync("bash", ["-c", command], { cwd: root, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] }).toString();
const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;

describe("devices and pipes", () => {
  it("refuses /dev/zero as not-a-text-dump from its first chunk (it is never read whole)", async () => {
    const run = await runCli(["-f", "ndjson", "/dev/zero", GOOD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("/dev/zero: error[not-a-text-dump]: not a text dump: it contains NUL bytes (binary data)\n");
    expect(records(run.stdout)).toHaveLength(1);
  });

  it("streams a <(…) pipe and gives the file's records", async () => {
    const expected = records((await runCli(["-q", "-f", "ndjson", SEED])).stdout).map((r) => r.replace(`"file":"${SEED}"`, '"file":"PIPE"'));
    const got = records(shell(`${node} -q -f ndjson <(cat ${SEED})`)).map((r) => r.replace(/"file":"\/dev\/fd\/\d+"/, '"file":"PIPE"'));
    expect(got).toEqual(expected);
  });
});

describe("one stray NUL byte after the first 64 KiB", () => {
  const bytes = readFileSync(join(root, SEED));
  const at = bytes.indexOf(0x0a, 70_000) + 1;
  const withNul = Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]);
  const path = join(dir, "stray-nul.txt");
  writeFileSync(path, withNul);

  it("costs nothing but a nul-bytes warning, and gives the same result as a path and on stdin", async () => {
    const clean = records((await runCli(["-q", "-f", "ndjson", SEED])).stdout);
    const byPath = await runCli(["-f", "ndjson", path]);
    const byStdin = await runCli(["-f", "ndjson", "-"], { input: withNul });
    expect(byPath.code).toBe(0);
    expect(byStdin.code).toBe(0);
    expect(records(byPath.stdout)).toHaveLength(clean.length);
    expect(records(byStdin.stdout)).toEqual(records(byPath.stdout).map((r) => r.replace(`"file":"${path}"`, '"file":"-"')));
    expect(byPath.stderr).toContain(`${path}: warning[nul-bytes]: 1 stray NUL bytes (too few for binary data); replaced with U+FFFD\n`);
    expect(byStdin.stderr.split(`${path}:`).join("-:")).toBe(byPath.stderr.split(`${path}:`).join("-:"));
  });
});

describe("input folders", () => {
  const tree = join(dir, "tree");
  mkdirSync(join(tree, "a"), { recursive: true });
  mkdirSync(join(tree, "locked"));
  mkdirSync(join(tree, "z"));
  copyFileSync(join(root, "fixtures/000_62e7df66abdd3e04.txt"), join(tree, "a", "000.txt"));
  copyFileSync(join(root, GOOD), join(tree, "locked", "004.txt"));
  copyFileSync(join(root, "fixtures/001_2cec943835bed671.txt"), join(tree, "z", "001.txt"));
  symlinkSync(join(root, "fixtures/002_8d8ab4ca45e1b48f.txt"), join(tree, "z", "linked.txt"));
  symlinkSync("../a", join(tree, "z", "again"));
  symlinkSync("..", join(tree, "a", "up"));
  symlinkSync("nowhere.txt", join(tree, "z", "broken.txt"));
  execFileSync("mkfifo", [join(tree, "z", "fifo.txt")]); // read, it would block the run: said, not read
  chmodSync(join(tree, "locked"), 0);
  // root reads a chmod-000 folder: run as nobody (setpriv) so the folder really is unreadable.
  const asNobody = isRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
  const canDrop = !isRoot || ((): boolean => {
    try {
      execFileSync(asNobody[0] as string, [...asNobody.slice(1), "true"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!canDrop)("reports an unreadable subfolder, exits 2, and still parses the rest, following links once", () => {
    if (!canDrop) console.warn("skipped: running as root without setpriv, a chmod-000 folder stays readable");
    let code = 0;
    let stdout = "";
    let stderr = "";
    try {
      stdout = execFileSync(asNobody[0] ?? process.execPath, [...asNobody.slice(1), ...(isRoot ? [process.execPath] : []), bin, "-q", "-f", "ndjson", tree], {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      }).toString();
    } catch (error) {
      const e = error as { status: number; stdout: Buffer; stderr: Buffer };
      code = e.status;
      stdout = e.stdout.toString();
      stderr = e.stderr.toString();
    }
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        `pe-parse: ${tree}/a/up: the same folder as ${tree}, already read; not read again`,
        `pe-parse: ${tree}/locked: permission denied`,
        `pe-parse: ${tree}/z/again: the same folder as ${tree}/a, already read; not read again`,
        `pe-parse: ${tree}/z/broken.txt: broken symbolic link`,
        `pe-parse: ${tree}/z/fifo.txt: not a regular file (a FIFO, socket or device); not read`,
        "",
      ].join("\n"),
    );
    const files = [...new Set(records(stdout).map((r) => (JSON.parse(r) as { source: { file: string } }).source.file))];
    expect(files).toEqual([`${tree}/a/000.txt`, `${tree}/z/001.txt`, `${tree}/z/linked.txt`]);
  });
});

describe("control characters on stderr", () => {
  it("writes escape sequences in cell text and a newline in a file name as visible escapes", async () => {
    const lines = readFileSync(join(root, SEED)).toString("utf8").split("\n");
    // 003 line 940 is a header row whose 年度总体目标 cell fits no field: its text is quoted in a warning.
    lines[939] = (lines[939] as string).replace("年度总体目标", "\u001b]0;owned\u0007\u001b[2K\b年度总体目标");
    const path = join(dir, "evil\nname.txt");
    writeFileSync(path, lines.join("\n"));
    const run = await runCli(["-f", "ndjson", path]);
    expect(run.code).toBe(0);
    const named = `${dir}/evil\\x0aname.txt`;
    expect(run.stderr).toContain(`${named}:940: warning[cell-unplaced]: the cell 「\\x1b]0;owned\\x07\\x1b[2K\\x08年度总体目标」 fits no field`);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.stderr.split("\n").filter((l) => l !== "").every((l) => l.startsWith(named))).toBe(true);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("--split names", () => {
  it("drop invisible format characters (U+202E, U+200B, U+200E, U+FEFF) from the source's name and the record's", async () => {
    const text = readFileSync(join(root, GOOD), "utf8").replace("社保工作专项经费", "社保\u202e工作\u200b专项\u200e经费\ufeff");
    const input = join(dir, "c\u202egpj\u200b\u200ef.txt");
    writeFileSync(input, text);
    const out = join(dir, "cf-out");
    const run = await runCli(["-q", input, "--split", "--out-dir", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(["cgpjf-001-社保工作专项经费.json"]);
  });
});

describe("standard input that is not a stream of text", () => {
  it("names a folder given as stdin (- < folder/) and exits 2, where Node gives an empty stream", () => {
    const said = shell(`${node} -q - < ${JSON.stringify(dir)} 2>&1 >/dev/null; echo "exit $?"`);
    expect(said).toBe("pe-parse: -: is a directory\nexit 2\n");
  });
});

describe("explain reads its dump as a stream", () => {
  it("stops a device at its first chunk and a pipe that never ends at a cap, with one line and no stack trace", () => {
    // `timeout` is a bound, not a measure: a run that reads the device or the pipe whole never ends, and must fail, not hang the suite.
    expect(shell(`timeout -s KILL 50 ${node} explain /dev/zero 2>&1; echo "exit $?"`)).toBe("/dev/zero: error[not-a-text-dump]: not a text dump: it contains NUL bytes (binary data)\nexit 1\n");
    const endless = shell(`timeout -s KILL 50 ${node} explain <(yes 项目名称) 2>&1; echo "exit $?"`);
    expect(endless).toMatch(/^pe-parse: \/dev\/fd\/\d+: more than 64 MiB; explain shows one notice at a time \(pe-parse gives the records of any size\)\nexit 2\n$/);
  });

  it("takes its own --encoding, and refuses one Node does not know", async () => {
    const utf16 = join(dir, "utf16-no-bom.txt");
    writeFileSync(utf16, Buffer.from(readFileSync(join(root, GOOD), "utf8"), "utf16le"));
    const read = await runCli(["explain", "--encoding", "utf-16le", utf16]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain("→ name = 社保工作专项经费\n");
    for (const args of [["explain", "--encoding", "klingon", GOOD], ["explain", GOOD, "--encoding", "klingon"]]) {
      const refused = await runCli(args);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toBe('pe-parse: --encoding: expected an encoding Node knows (utf-8, gb18030, gbk, utf-16le, utf-16be, …), got "klingon"\n');
    }
  });
});

describe("control characters on every terminal line, not only the parse's diagnostics", () => {
  const evil = "\u001b]0;owned\u0007\u001b[2K\u202e";
  const escaped = "\\x1b]0;owned\\x07\\x1b[2K\\u202e";
  it("are escaped in explain's text and messages, check --add's messages and a usage error", async () => {
    const path = join(dir, `explain${evil}.txt`);
    const lines = readFileSync(join(root, GOOD), "utf8").split("\n");
    lines[8] = (lines[8] as string).replace("社保工作专项经费", `社保工作专项经费${evil}`);
    writeFileSync(path, lines.join("\n"));
    const text = await runCli(["explain", path]);
    expect(text.stdout).toContain(`${dir}/explain${escaped}.txt: 1 record\n`);
    expect(text.stdout).toContain(`「社保工作专项经费${escaped}」 → name = 社保工作专项经费${escaped}\n`);
    const page = await runCli(["explain", path, "--html", join(dir, `page${evil}.html`)]);
    expect(page.stderr).toBe(`pe-parse: wrote ${dir}/page${escaped}.html: 1 record, 3 repairs and checks marked\n`);
    const binary = join(dir, `binary${evil}.txt`);
    writeFileSync(binary, Buffer.alloc(4096));
    expect((await runCli(["explain", binary])).stderr).toBe(`${dir}/binary${escaped}.txt: error[not-a-text-dump]: not a text dump: it contains NUL bytes (binary data)\n`);
    expect((await runCli(["check", "--add", `a${evil}b`])).stderr).toContain(`pe-parse: a${escaped}b: a fixture must be named X.txt`);
    expect((await runCli([`--bo${evil}m`])).stderr).toContain(`error: unknown option '--bo${escaped}m'`);
    for (const run of [text, page]) expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });
});
