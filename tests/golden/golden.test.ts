// Golden files: every fixtures/<stem>.txt has a fixtures/<stem>.expected.json written only by
// `pe-parse check --update` and reviewed against the hand-read answer sets (hand-read.test.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../src/cli/check-command.js";

const dir = new URL("../../fixtures/", import.meta.url);
const stems = readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .map((n) => n.slice(0, -4));

describe("golden fixtures", () => {
  it("finds the five seed fixtures", () => {
    expect(stems.length).toBeGreaterThanOrEqual(5);
  });
  for (const stem of stems) {
    it(`parses ${stem}.txt to exactly its expected records`, async () => {
      const expectedPath = new URL(`${stem}.expected.json`, dir);
      expect(existsSync(expectedPath), `missing ${stem}.expected.json`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as { records: unknown[] };
      const got = await parseFixture(new URL(`${stem}.txt`, dir).pathname);
      expect(got).toEqual(expected.records);
    });
  }
});
