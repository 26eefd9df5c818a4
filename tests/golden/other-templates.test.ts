// Other provinces' templates and layouts, against independent hand-read answer sets: the six
// real notices of ../shared/real (copied into fixtures/real/) and small synthetic fixtures in two
// wordings each (fixtures/synthetic/, one per template issue 13 lists). The sets were written by
// reading the source lines (tests/golden/hand-read/{real,synthetic}/*.notes.md say each judgement
// call); pe-parse does not read all of it yet, so each fixture has a floor: the number of its
// hand-read fields pe-parse gives exactly. A change that reads less fails; one that reads more
// raises the floor here, in the same commit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flatten } from "./flatten.js";
import { parseFixture } from "../../src/cli/check-command.js";

const FLOORS: Record<string, Record<string, number>> = {
  synthetic: {
    "01a_department-selfeval": 106,
    "01b_department-selfeval": 106,
    "02a_department-rubric": 180,
    "02b_department-rubric": 162,
    "03a_sichuan-project": 221,
    "03b_sichuan-project": 205,
    "04a_result-no-scores": 82,
    "04b_result-prose-score": 90,
    "05a_target-table": 117,
    "05b_target-table": 90,
    "06a_yuan-form": 103,
    "06b_yuan-unit-line": 92,
    "07a_final-account-01": 79,
    "07b_final-account-05": 95,
    "08a_rowspans-lost": 103,
    "08b_rowspans-lost": 95,
    "09a_one-cell-per-line": 57,
    "09b_one-cell-per-line": 47,
    "10a_spaces-not-tabs": 92,
    "10b_glued": 76,
    "11a_wrapped-rubric": 132,
    "11b_wrapped-rubric": 132,
    "11c_wrapped-indicators": 79,
    "12a_glued-rows": 112,
    "12b_glued-rows": 90,
    "12c_values-after-labels": 87,
    "13a_glued-target-table": 93,
    "13b_glued-target-table": 93,
    "13c_spaced-target-table": 82,
    "14a_scrambled-pdf-form": 103,
    "14b_scrambled-pdf-form": 95,
    "15a_prose-figures": 79,
    "15b_prose-figures": 68,
    "16a_department-tasks": 125,
    "16b_department-tasks": 93,
  },
  real: {
    "01_shanghai-putuo-tiyuzhongxin-2022": 194,
    "02_yunnan-yongde-minglangzhongxue-2022": 154,
    "04_hubei-nanzhang-zsfwzx-2019-juesuan": 49,
    "05_hubei-hbust-jiangzhuxuejin-2021": 123,
    "06_anhui-shouxian-bmzt-2023": 84,
    "07_hebei-ningjin-gaozhong-zhuxuejin-2019": 93,
  },
};

/** How many of the hand-read fields the parse gives exactly, of how many. */
async function agreement(set: string, stem: string): Promise<{ agreed: number; fields: number }> {
  const hand = (JSON.parse(readFileSync(new URL(`./hand-read/${set}/${stem}.json`, import.meta.url), "utf8")) as { records: unknown[] }).records;
  const got = (await parseFixture(new URL(`../../fixtures/${set}/${stem}.txt`, import.meta.url).pathname)).filter((r) => r.kind !== ("table" as string));
  let agreed = 0;
  let fields = 0;
  hand.forEach((record, i) => {
    const expected = new Map<string, unknown>();
    const actual = new Map<string, unknown>();
    flatten(record, "", expected);
    flatten(got[i] ?? {}, "", actual);
    for (const [path, value] of expected) {
      fields++;
      if (JSON.stringify(value) === JSON.stringify(actual.get(path))) agreed++;
    }
  });
  return { agreed, fields };
}

describe("other provinces' templates, against their hand-read answer sets", () => {
  for (const [set, floors] of Object.entries(FLOORS)) {
    for (const [stem, floor] of Object.entries(floors)) {
      it(`gives at least ${floor} hand-read fields of ${set}/${stem} exactly`, async () => {
        const { agreed, fields } = await agreement(set, stem);
        expect(fields).toBeGreaterThan(0);
        expect(agreed, `${agreed} of ${fields} fields`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
