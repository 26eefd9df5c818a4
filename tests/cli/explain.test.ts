// `pe-parse explain`: which cell each field, repair and unmapped cell came from, as text or a page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertedSeed, SEED } from "./explain-dumps.js";
import { root, runCli } from "./run-cli.js";

let dir: string;
let converted: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pe-parse-explain-"));
  converted = join(dir, "converted.txt");
  writeFileSync(converted, convertedSeed());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pe-parse explain FILE", () => {
  it("prints per record each field's source cell → field → value, with the repair that made it", async () => {
    const run = await runCli(["explain", converted]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.startsWith(`${converted}: 1 record\n\nrecord 1: project 社保工作专项经费 (lines 5–45)\n`)).toBe(true);
    expect(run.stdout).toContain(
      "  line 12, cell 6 「34900元」 → funds.lines[0].executed = 3.49\n" +
        "      repair 1: warning[unit-converted] 「34900元」 is in 元 in a 万元 field; converted to 3.49 万元\n",
    );
    expect(run.stdout).toContain("  line 9, cell 3 「社保工作专项经费」 → name = 社保工作专项经费\n");
    expect(run.stdout).toContain("  line 30, cell 2 「效益指标30分」 → indicators[7].level1 = 效益指标\n");
    expect(run.stdout).toContain("  (no cell) → form = expenditure\n");
    expect(run.stdout).toContain("  repairs and checks:\n    1. line 12 (cell 6): warning[unit-converted] ");
    expect(run.stdout.endsWith("  unmapped:\n    line 38, cell 1 「.....」\n")).toBe(true);
  });

  it("names both cells of a joined cell, and the cells a re-aligned row placed", async () => {
    const run = await runCli(["explain", "fixtures/002_8d8ab4ca45e1b48f.txt"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      "    1. line 46 (cell 2, cell 2 of line 48): info[cell-joined] joined the split cell 「[323005]秦皇岛经济技术开发区人才交流服务中」 with its continuation 「心」 from line 48\n",
    );
    expect(run.stdout).toContain("    1. line 72 (cell 5, cell 6): info[row-realigned] placed the cells of this result list row by what they say, not by column: budget 10.44, score 100\n");
  });

  it("writes one self-contained HTML page with --html: no external asset, every dump text escaped", async () => {
    const hostile = join(dir, "hostile.txt");
    writeFileSync(hostile, convertedSeed().replace("社保工作专项经费\t", `<script>alert("x")</script><img src=http://example.com/a.png>\t`));
    const out = join(dir, "hostile.html");
    const run = await runCli(["explain", hostile, "--html", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: wrote ${out}: 1 record, 4 repairs and checks marked\n`);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
    // No tag loads anything: the only <script> is the page's own, inline, and no tag has src or href to a resource.
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|audio|video|source)\b|@import|url\(|<[^>]+\s(src|srcset)=/i);
    expect(html.match(/href="[^#"][^"]*"/g)).toBeNull();
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=http://example.com/a.png&gt;");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  it("reports a missing file with exit 2 and a binary file with exit 1, writing nothing", async () => {
    const missing = await runCli(["explain", join(dir, "missing.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe(`pe-parse: ${join(dir, "missing.txt")}: no such file or directory\n`);
    const binary = await runCli(["explain", join(root, "fixtures/bad/binary.txt")]);
    expect(binary.code).toBe(1);
    expect(binary.stdout).toBe("");
    expect(binary.stderr).toMatch(/^.*binary\.txt: error\[not-a-text-dump\]: not a text dump: /);
  });
});
