// The explain page in a real browser: headless Chromium loads it from file://, every record and
// every repaired cell is on it, and it makes no network request. Skips where /usr/bin/chromium
// is missing (`.ci/run` installs it, so CI runs it).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertedSeed } from "./explain-dumps.js";
import { runCli } from "./run-cli.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the explain page's browser test: no ${CHROMIUM} (apt-get install chromium)`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pe-parse-browser-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PageFacts {
  records: number[];
  repairs: string[];
  repairedCells: number;
  unmappedCells: number;
  fieldRowsRepaired: string[];
}

async function openPage(html: string, screenshot?: string): Promise<{ facts: PageFacts; requests: string[] }> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(dir, "profile-"));
  // A fresh profile each time (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage();
    const url = pathToFileURL(html).href;
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: "load" });
    // A string, so the page's DOM types stay out of this Node project's type-check.
    const facts = (await page.evaluate(`({
      records: [...document.querySelectorAll("article.record")].map((a) => Number(a.dataset.number)),
      repairs: [...document.querySelectorAll("li[data-repair]")].map((li) => li.dataset.repair),
      repairedCells: document.querySelectorAll("#dump .cell.repaired").length,
      unmappedCells: document.querySelectorAll("#dump .cell.unmapped").length,
      fieldRowsRepaired: [...document.querySelectorAll("table.fields tr.repaired td.path")].map((td) => td.textContent),
    })`)) as PageFacts;
    // Selecting a record highlights its source lines.
    await page.click("#record-1 h2");
    const selectedLines = await page.locator("#dump tr.selected").count();
    expect(selectedLines).toBeGreaterThan(0);
    if (screenshot) await page.screenshot({ path: screenshot });
    return { facts, requests };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!hasChromium)("the explain page in headless Chromium", () => {
  it("shows every record and every repaired cell, and requests nothing over the network", async () => {
    const dump = join(dir, "converted.txt");
    writeFileSync(dump, convertedSeed());
    const html = join(dir, "converted.html");
    const run = await runCli(["explain", dump, "--html", html]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`pe-parse: wrote ${html}: 1 record, 4 repairs and checks marked\n`);
    // An optional screenshot for a look by eye: PE_PARSE_SCREENSHOT=path.png.
    const { facts, requests } = await openPage(html, process.env.PE_PARSE_SCREENSHOT);
    expect(requests).toEqual([]);
    expect(facts.records).toEqual([1]);
    expect(facts.repairs).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(facts.unmappedCells).toBe(1);
    // The unit conversion, the 「.....」 left unplaced and the two re-aligned rows' cells.
    expect(facts.repairedCells).toBe(1 + 1 + 6 + 7);
    expect(facts.fieldRowsRepaired).toContain("funds.lines[0].executed");
  });

  it("shows all 94 records of a result list with their joined and re-aligned cells", async () => {
    const html = join(dir, "002.html");
    const run = await runCli(["explain", "fixtures/002_8d8ab4ca45e1b48f.txt", "--html", html]);
    expect(run.code).toBe(0);
    const records = (JSON.parse((await runCli(["-q", "fixtures/002_8d8ab4ca45e1b48f.txt"])).stdout) as { records: Array<{ diagnostics: Array<{ line?: number }> }> }).records;
    const { facts, requests } = await openPage(html);
    expect(requests).toEqual([]);
    expect(facts.records).toEqual(records.map((_, i) => i + 1));
    expect(facts.repairs).toHaveLength(records.reduce((n, r) => n + r.diagnostics.filter((d) => d.line !== undefined).length, 0));
    expect(readFileSync(html, "utf8")).toContain("「心」");
  });
});
