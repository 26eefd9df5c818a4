// The layout fixtures (one cell per line; text that lost its TABs) run end to end and compared,
// field by field, with their hand-read answer sets (tests/golden/hand-read/real, /synthetic). Every
// field must agree except the gaps listed below, each with the reason pe-parse does not yet read it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../src/cli/check-command.js";

type Json = Record<string, unknown>;
const hand = (name: string): Json[] =>
  (JSON.parse(readFileSync(new URL(`./hand-read/${name}.json`, import.meta.url), "utf8")) as { records: Json[] }).records;

const FIXTURES = [
  "real/04_hubei-nanzhang-zsfwzx-2019-juesuan",
  "real/05_hubei-hbust-jiangzhuxuejin-2021",
  "synthetic/09a_one-cell-per-line",
  "synthetic/09b_one-cell-per-line",
  "real/07_hebei-ningjin-gaozhong-zhuxuejin-2019",
  "real/01_shanghai-putuo-tiyuzhongxin-2022",
  "synthetic/10a_spaces-not-tabs",
  "synthetic/10b_glued",
];

/**
 * Accepted gaps: `fixture kind[index] path` (a path prefix: `funds` covers every funds field), with
 * the reason. Fields of the v2 contract another part of issue 13 adds are listed by their name.
 */
const GAPS: ReadonlyArray<readonly [string, string]> = [
];

function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value === null || typeof value !== "object") {
    out.set(path, value);
    return;
  }
  if (Array.isArray(value)) {
    out.set(`${path}.length`, value.length);
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (path === "" && (k === "source" || k === "diagnostics" || k === "unmapped" || k === "lines")) continue;
    flatten(v, path === "" ? k : `${path}.${k}`, out);
  }
}

const isGap = (key: string): boolean =>
  GAPS.some(([prefix]) => key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`));

describe("layout fixtures against their hand-read answer sets", () => {
  for (const fixture of FIXTURES) {
    it(`reads every hand-read field of ${fixture} but the listed gaps`, async () => {
      const got = (await parseFixture(new URL(`../../fixtures/${fixture}.txt`, import.meta.url).pathname)) as unknown as Json[];
      const expected = hand(fixture);
      const mismatches: string[] = [];
      for (const kind of new Set(expected.map((r) => r.kind as string))) {
        const e = expected.filter((r) => r.kind === kind);
        const g = got.filter((r) => r.kind === kind);
        const countKey = `${fixture} ${kind}.count`;
        if (g.length !== e.length && !isGap(countKey)) mismatches.push(`${countKey}: hand ${e.length} got ${g.length}`);
        e.forEach((record, i) => {
          if (g[i] === undefined) return;
          const fe = new Map<string, unknown>();
          const fg = new Map<string, unknown>();
          flatten(record, "", fe);
          flatten(g[i], "", fg);
          for (const [path, value] of fe) {
            const key = `${fixture} ${kind}[${i}] ${path}`;
            if (JSON.stringify(value) !== JSON.stringify(fg.get(path)) && !isGap(key)) {
              mismatches.push(`${key}: hand ${JSON.stringify(value)} got ${JSON.stringify(fg.get(path))}`);
            }
          }
        });
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("lists no gap that is not one", async () => {
    const stale: string[] = [];
    for (const [prefix] of GAPS) if (!FIXTURES.some((f) => prefix.startsWith(`${f} `))) stale.push(prefix);
    expect(stale).toEqual([]);
  });
});
