// Output under real faults, run as a user would: a full disk, stdout and stderr on /dev/full or
// closed early, folders that are missing or read-only, devices, FIFOs, /dev/fd pipes and links
// given to -o, and an output that is one of the inputs. Every failure is one line, no stack trace.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, createReadStream, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, isRoot, root, runCli, runCliWith, STACK_TRACE } from "./run-cli.js";

const GOOD = "fixtures/004_9b7fb85721d44591.txt";
const NAME = "社保工作专项经费"; // the one record of GOOD
const ALL = ["000_62e7df66abdd3e04", "001_2cec943835bed671", "002_8d8ab4ca45e1b48f", "003_565532f530cb80ee", "004_9b7fb85721d44591"].map((s) => `fixtures/${s}.txt`);
const dir = mkdtempSync(join(tmpdir(), "pe-parse-out-"));
const mounts: string[] = [];

/** A 64 KiB tmpfs (a disk that fills up), or undefined where this process may not mount. */
function smallDisk(name: string, options = "size=64k"): string | undefined {
  if (!isRoot) return undefined;
  const at = join(dir, name);
  mkdirSync(at);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  mounts.push(at);
  return at;
}
let full: string | undefined;
let readOnly: string | undefined;
beforeAll(() => {
  full = smallDisk("full");
  readOnly = smallDisk("ro", "ro,size=64k");
});
afterAll(() => {
  for (const at of mounts) execFileSync("umount", [at]);
  rmSync(dir, { recursive: true, force: true });
});
const NEEDS_ROOT = "needs root to mount a small tmpfs (CI runs as root)";

describe("a full disk under -o", () => {
  it.each(["json", "ndjson", "csv"])("aborts --format %s: exit 2, one line naming the path, the old file untouched, no temporary file", async (format) => {
    if (!full) return void console.warn(`skipped: ${NEEDS_ROOT}`);
    const target = join(full, `out.${format}`);
    writeFileSync(target, "previous output\n");
    const run = await runCli(["-q", "--format", format, ...(format === "csv" ? ["--table", "indicators"] : []), ...ALL, "-o", target]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: ${target}: no space left on device\n`);
    expect(readFileSync(target, "utf8")).toBe("previous output\n");
    expect(readdirSync(full).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    rmSync(target);
  });

  it("stops --split at the first file that does not fit, naming it, and leaves no temporary file", async () => {
    if (!full) return void console.warn(`skipped: ${NEEDS_ROOT}`);
    const out = join(full, "split");
    const run = await runCli(["-q", ...ALL, "--split", "--out-dir", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^pe-parse: ${out}/[^\\n]+\\.json: no space left on device\\n$`));
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    rmSync(out, { recursive: true });
  });
});

describe("stdout and stderr that fail", () => {
  it("reports stdout on /dev/full in one line and exits 2", async () => {
    const fd = openSync("/dev/full", "w");
    const run = await runCliWith([GOOD], { stdout: fd });
    closeSync(fd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pe-parse: stdout: no space left on device\n$/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("keeps stdout complete and the exit code when stderr is /dev/full", async () => {
    const expected = await runCli(["-f", "ndjson", ...ALL]);
    const fd = openSync("/dev/full", "w");
    const run = await runCliWith(["-f", "ndjson", ...ALL], { stderr: fd });
    closeSync(fd);
    expect(run.stdout).toBe(expected.stdout);
    expect(run.code).toBe(expected.code);
  });

  it("keeps stdout complete and the exit code when stderr's reader goes away (2> >(head -c1))", async () => {
    const expected = await runCli(["-f", "ndjson", "-j", "1", ...ALL]);
    for (const jobs of ["1", "2"]) {
      const run = await runCliWith(["-f", "ndjson", "-j", jobs, ...ALL], { stderr: { closeAfter: 1 } });
      expect(run.stdout).toBe(expected.stdout);
      expect(run.code).toBe(expected.code);
    }
  });
});

describe("-o targets", () => {
  it("names a missing folder in one line and exits 2 before parsing", async () => {
    const target = join(dir, "no-such-folder", "out.json");
    const run = await runCli([GOOD, "-o", target]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: ${target}: no such file or directory\n`);
  });

  it("names a read-only folder in one line and exits 2", async () => {
    if (!readOnly) return void console.warn(`skipped: ${NEEDS_ROOT}`);
    const target = join(readOnly, "out.json");
    const run = await runCli(["-q", GOOD, "-o", target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pe-parse: ${target}: read-only file system\n`);
  });

  it("writes a /dev/fd pipe path directly (-o >(cat > FILE))", async () => {
    const expected = await runCli(["-q", GOOD]);
    const file = join(dir, "through-pipe.json");
    const shell = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} -q ${GOOD} -o >(cat > ${JSON.stringify(file)}); echo "exit $?"`;
    const said = execFileSync("bash", ["-c", shell], { cwd: root, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] }).toString();
    expect(said).toBe("exit 0\n");
    for (let i = 0; i < 100 && (!existsSync(file) || readFileSync(file, "utf8") !== expected.stdout); i++) await new Promise((r) => setTimeout(r, 20));
    expect(readFileSync(file, "utf8")).toBe(expected.stdout);
  });

  it("writes a FIFO directly, leaving it a FIFO", async () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const expected = await runCli(["-q", GOOD]);
    const reader = new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      createReadStream(fifo)
        .on("data", (c) => chunks.push(c as Buffer))
        .on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
    const run = await runCli(["-q", GOOD, "-o", fifo]);
    expect(run.code).toBe(0);
    expect(await reader).toBe(expected.stdout);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("writes a device without replacing it (-o /dev/null, where root's rename would succeed)", async () => {
    // As root, a null device of the test's own: a run that renamed over it must not take the real one.
    const device = isRoot ? join(dir, "null") : "/dev/null";
    if (isRoot) execFileSync("mknod", [device, "c", "1", "3"]);
    const run = await runCli(["-q", GOOD, "-o", device]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it("follows a symbolic link: the file it points to is replaced, the link kept", async () => {
    const real = join(dir, "real.json");
    const link = join(dir, "link.json");
    writeFileSync(real, "old\n");
    symlinkSync("real.json", link);
    const run = await runCli(["-q", GOOD, "-o", link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real.json");
    expect(readFileSync(real, "utf8")).toBe((await runCli(["-q", GOOD])).stdout);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("takes -o - as stdout", async () => {
    const run = await runCli(["-q", GOOD, "-o", "-"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await runCli(["-q", GOOD])).stdout);
    expect(existsSync(join(root, "-"))).toBe(false);
  });
});

describe("an output that is one of the inputs", () => {
  it("is refused with exit 2, by its own path, through a link, and under --split --force, and the input is untouched", async () => {
    const input = join(dir, "notice.txt");
    const text = readFileSync(join(root, GOOD));
    writeFileSync(input, text);
    symlinkSync("notice.txt", join(dir, "notice-link.json"));
    for (const target of [input, join(dir, "notice-link.json")]) {
      const run = await runCli(["-q", input, "-o", target]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`pe-parse: ${target}: is one of the inputs; not overwritten\n`);
      expect(readFileSync(input).equals(text)).toBe(true);
    }
    // --split names its files itself: the file it would write is made another name of the input.
    const out = join(dir, "split-over-input");
    mkdirSync(out);
    const planted = join(out, `notice-001-${NAME}.json`);
    linkSync(input, planted);
    const run = await runCli(["-q", input, "--split", "--out-dir", out, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pe-parse: ${planted} is one of the inputs; not overwritten\n`);
    expect(readdirSync(out)).toEqual([`notice-001-${NAME}.json`]);
    expect(statSync(planted).ino).toBe(statSync(input).ino);
    expect(readFileSync(input).equals(text)).toBe(true);
  });
});

describe("an unknown --encoding", () => {
  it("is a usage error, said once for the run, exit 2, nothing written", async () => {
    const run = await runCli(["--encoding", "klingon", ...ALL]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('pe-parse: --encoding: expected an encoding Node knows (utf-8, gb18030, gbk, utf-16le, utf-16be, …), got "klingon"\n');
  });
});

describe("the outputs of a run are put in place together", () => {
  it("a full disk under --diagnostics leaves -o's file untouched too, and -o's under a good --diagnostics", async () => {
    if (!full) return void console.warn(`skipped: ${NEEDS_ROOT}`);
    const records = join(dir, "together.ndjson");
    const table = join(full, "issues.csv");
    for (const [out, diagnostics, failed] of [
      [records, table, table],
      [join(full, "records.ndjson"), join(dir, "together.csv"), join(full, "records.ndjson")],
    ] as const) {
      writeFileSync(out, "previous records\n");
      writeFileSync(diagnostics, "previous table\n");
      const run = await runCli(["-q", ...ALL, ...ALL, "-o", out, "--diagnostics", diagnostics]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pe-parse: ${failed}: no space left on device\n`);
      expect(readFileSync(out, "utf8")).toBe("previous records\n");
      expect(readFileSync(diagnostics, "utf8")).toBe("previous table\n");
      expect([...readdirSync(dir), ...readdirSync(full)].filter((n) => n.endsWith(".tmp"))).toEqual([]);
      rmSync(out);
      rmSync(diagnostics);
    }
  });

  it("records cut short on stdout by a failed --diagnostics are not closed as if complete", async () => {
    if (!full) return void console.warn(`skipped: ${NEEDS_ROOT}`);
    const run = await runCli(["-q", ...ALL, ...ALL, "--diagnostics", join(full, "issues.ndjson")]);
    expect(run.code).toBe(2);
    expect(run.stdout.startsWith('{"records":[\n')).toBe(true);
    expect(run.stdout.endsWith("]}\n")).toBe(false);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe("two outputs, or an output and an input, that are one file however the path is spelt", () => {
  it("are refused before anything is written: ./x and x, a link, a hard link, stdout's file, stdin's file", async () => {
    const input = join(dir, "spelt.txt");
    const text = readFileSync(join(root, GOOD));
    writeFileSync(input, text);
    const out = join(dir, "spelt.ndjson");
    writeFileSync(out, "old\n");
    symlinkSync("spelt.ndjson", join(dir, "spelt-link.ndjson"));
    linkSync(out, join(dir, "spelt-hard.ndjson"));
    for (const other of [`${dir}/./spelt.ndjson`, join(dir, "spelt-link.ndjson"), join(dir, "spelt-hard.ndjson")]) {
      const run = await runCli(["-q", input, "-o", out, "--diagnostics", other]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pe-parse: ${other}: is the same file as ${out}; not overwritten\n`);
      expect(readFileSync(out, "utf8")).toBe("old\n");
    }
    const sh = (command: string): string =>
      execFileSync("bash", ["-c", `${command}; echo "exit $?"`], { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] }).toString();
    const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
    // The records' file on stdout is the --diagnostics file: one would replace the other.
    expect(sh(`${node} -q spelt.txt --diagnostics table.csv > table.csv 2> said.txt`)).toBe("exit 2\n");
    expect(readFileSync(join(dir, "said.txt"), "utf8")).toBe("pe-parse: table.csv: is standard output, where the records go; not overwritten\n");
    // Standard input's file is an input like any other.
    expect(sh(`${node} -q - -o spelt.txt < spelt.txt 2> said.txt`)).toBe("exit 2\n");
    expect(readFileSync(join(dir, "said.txt"), "utf8")).toBe("pe-parse: spelt.txt: is one of the inputs; not overwritten\n");
    expect(readFileSync(input).equals(text)).toBe(true);
  });

  it("skips an input that is stdout's file (>> notice.txt, or dumps/ > dumps/all.txt), saying so, and parses the rest", () => {
    const folder = join(dir, "dumps");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), readFileSync(join(root, GOOD)));
    const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
    const said = execFileSync("bash", ["-c", `${node} -q -f ndjson dumps > dumps/all.txt 2> said.txt; echo "exit $?"`], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] }).toString();
    expect(said).toBe("exit 2\n");
    expect(readFileSync(join(dir, "said.txt"), "utf8")).toBe("pe-parse: dumps/all.txt: is standard output, where the records go; not read\n");
    const records = readFileSync(join(folder, "all.txt"), "utf8").split("\n").filter((l) => l !== "");
    expect(records.map((r) => (JSON.parse(r) as { name: string }).name)).toEqual([NAME]);
    // Appending to the dump being read would read what is written.
    const before = readFileSync(join(folder, "a.txt"));
    execFileSync("bash", ["-c", `${node} -q dumps/a.txt >> dumps/a.txt 2> said.txt || true`], { cwd: dir });
    expect(readFileSync(join(folder, "a.txt")).equals(before)).toBe(true);
  });
});

describe("a path naming a descriptor (/dev/stdout, /dev/fd/N)", () => {
  it("is written through it, never renamed over: -o /dev/stdout >> FILE appends", () => {
    const file = join(dir, "appended.json");
    writeFileSync(file, "kept\n");
    const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`;
    const said = execFileSync("bash", ["-c", `{ ${node} -q ${GOOD} -o /dev/stdout; echo after; } >> ${JSON.stringify(file)}; echo "exit $?"`], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    }).toString();
    expect(said).toBe("exit 0\n");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith('kept\n{"records":[\n')).toBe(true);
    expect(text.endsWith("]}\nafter\n")).toBe(true);
  });
});

describe("a file -o replaces", () => {
  it("keeps its permissions (a private file stays private)", async () => {
    const target = join(dir, "private.json");
    writeFileSync(target, "old\n", { mode: 0o600 });
    const run = await runCli(["-q", GOOD, "-o", target]);
    expect(run.code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, "utf8")).toBe((await runCli(["-q", GOOD])).stdout);
  });
});

describe("explain --html writes as -o does", () => {
  it("refuses the dump it explains, writes a device and a FIFO directly, and follows a link", async () => {
    const dump = join(dir, "explained.txt");
    const text = readFileSync(join(root, GOOD));
    writeFileSync(dump, text);
    const refused = await runCli(["explain", dump, "--html", dump]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`pe-parse: ${dump}: is one of the inputs; not overwritten\n`);
    expect(readFileSync(dump).equals(text)).toBe(true);

    const device = isRoot ? join(dir, "explain-null") : "/dev/null";
    if (isRoot) execFileSync("mknod", [device, "c", "1", "3"]);
    expect((await runCli(["explain", dump, "--html", device])).code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);

    const fifo = join(dir, "explain-fifo");
    execFileSync("mkfifo", [fifo]);
    // The reader is a process of its own: if the FIFO were renamed over, it would wait on it for
    // ever, and is killed rather than left to hang the suite.
    const reader = spawn("cat", [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on("data", (c: Buffer) => chunks.push(c));
    const read = new Promise((resolve) => reader.on("close", resolve));
    expect((await runCli(["explain", dump, "--html", fifo])).code).toBe(0);
    const stillFifo = lstatSync(fifo).isFIFO();
    if (!stillFifo) reader.kill();
    await read;
    expect(stillFifo).toBe(true);
    expect(Buffer.concat(chunks).toString("utf8").startsWith("<!doctype html>")).toBe(true);

    writeFileSync(join(dir, "page.html"), "old\n");
    symlinkSync("page.html", join(dir, "page-link.html"));
    expect((await runCli(["explain", dump, "--html", join(dir, "page-link.html")])).code).toBe(0);
    expect(lstatSync(join(dir, "page-link.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "page.html"), "utf8").startsWith("<!doctype html>")).toBe(true);
  });
});

describe("--out-dir that cannot be made", () => {
  it("says the real reason in one line, exit 2: a file in the way, a broken link, a read-only disk", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    symlinkSync("nowhere", join(dir, "dangling-dir"));
    const cases: Array<[string, string]> = [
      [file, "exists and is not a folder"],
      [join(file, "sub"), "a part of the path is not a directory"],
      [join(dir, "dangling-dir"), "broken symbolic link"],
    ];
    // Node's own recursive mkdir says "no such file or directory" here.
    if (readOnly) cases.push([join(readOnly, "a", "b"), "read-only file system"]);
    else console.warn(`skipped the read-only case: ${NEEDS_ROOT}`);
    for (const [outDir, reason] of cases) {
      const run = await runCli(["-q", GOOD, "--split", "--out-dir", outDir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pe-parse: ${outDir}: ${reason}\n`);
    }
  });
});

describe("-o through a dangling link", () => {
  it("creates the file the link names, and keeps the link", async () => {
    const link = join(dir, "dangling.json");
    symlinkSync("made-by-run.json", link);
    const run = await runCli(["-q", GOOD, "-o", link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "made-by-run.json"), "utf8")).toBe((await runCli(["-q", GOOD])).stdout);
  });
});
