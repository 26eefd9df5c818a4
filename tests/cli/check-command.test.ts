// `pe-parse check` never passes with nothing checked, and `check --add` makes a new golden.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli } from "./run-cli.js";

const STEM = "004_9b7fb85721d44591";
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "pe-parse-check-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("pe-parse check with nothing to check", () => {
  it("warns and exits 1 on a folder with no .txt dump", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "empty"));
    const run = await runCli(["check", join(dir, "empty")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: warning: ${join(dir, "empty")} holds no .txt dump: nothing to check\n`);
  });

  it("warns and exits 1 on a folder of dumps without expected files, naming each one skipped", async () => {
    const dir = tmp();
    copyFileSync(join(root, `fixtures/${STEM}.txt`), join(dir, "a.txt"));
    const run = await runCli(["check", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("skip a.txt (no a.expected.json; add one with pe-parse check --add)\n0 passed, 0 failed\n");
    expect(run.stderr).toBe(`pe-parse: warning: none of the 1 .txt dumps in ${dir} has an X.expected.json: nothing was checked\n`);
  });
});

describe("pe-parse check --add", () => {
  it("writes X.expected.json beside the dump as the fixtures' goldens are written, and says to review it", async () => {
    const dir = tmp();
    const dump = join(dir, `${STEM}.txt`);
    copyFileSync(join(root, `fixtures/${STEM}.txt`), dump);
    const run = await runCli(["check", "--add", dump]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `added ${join(dir, `${STEM}.expected.json`)} (1 records, 1 warnings and errors)\n` +
        "A new golden is what pe-parse reads today, not what the dump says: review every record against the .txt by hand before committing it.\n",
    );
    // The same bytes as the reviewed golden in fixtures/: source.file is the base name.
    expect(readFileSync(join(dir, `${STEM}.expected.json`), "utf8")).toBe(readFileSync(join(root, `fixtures/${STEM}.expected.json`), "utf8"));
    const check = await runCli(["check", dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(`ok   ${STEM}.txt (1 records)\n1 passed, 0 failed\n`);
  });

  it("refuses to overwrite an existing golden and exits 2, leaving it as it was", async () => {
    const dir = tmp();
    copyFileSync(join(root, `fixtures/${STEM}.txt`), join(dir, "a.txt"));
    writeFileSync(join(dir, "a.expected.json"), '{"records":[]}\n');
    const run = await runCli(["check", "--add", join(dir, "a.txt")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `pe-parse: ${join(dir, "a.expected.json")} exists; not overwritten (check --update rewrites a golden after showing its differences)\n`,
    );
    expect(readFileSync(join(dir, "a.expected.json"), "utf8")).toBe('{"records":[]}\n');
  });

  it("refuses a dump not named X.txt and a missing dump with exit 2", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.dump"), "x\n");
    const run = await runCli(["check", "--add", join(dir, "a.dump"), join(dir, "missing.txt")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `pe-parse: ${join(dir, "a.dump")}: a fixture must be named X.txt (check compares X.txt with X.expected.json)\n` +
        `pe-parse: ${join(dir, "missing.txt")}: no such file or directory\n`,
    );
    expect(existsSync(join(dir, "missing.expected.json"))).toBe(false);
  });
});
