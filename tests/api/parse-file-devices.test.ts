// parseFile on what is not a regular file: a device or a FIFO may never end, so it is read as a
// stream, and binary data stops it at the first chunk (it once read /dev/zero for ever).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse-file.js";

const dir = mkdtempSync(join(tmpdir(), "pe-parse-parsefile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = new URL("../../fixtures/004_9b7fb85721d44591.txt", import.meta.url);

describe("parseFile on a device or a FIFO", () => {
  it("stops /dev/zero at its first chunk as not-a-text-dump, without throwing", async () => {
    const result = await parseFile("/dev/zero");
    expect(result.records).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["not-a-text-dump"]);
  });

  it("reads a FIFO as a stream: the records of the dump written into it", async () => {
    const fifo = join(dir, "dump.fifo");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `cat "$1" > "$2"`, "sh", SEED.pathname, fifo]);
    const written = new Promise((resolve) => writer.on("close", resolve));
    const got = await parseFile(fifo, { file: "dump.txt" });
    await written;
    const whole = await parseFile(SEED.pathname, { file: "dump.txt" });
    expect(got.records).toEqual(whole.records);
  });
});
