// fast-check arbitraries for dump text: random cells, tabs, blank lines, CJK and ASCII, numbers
// with units, label words, and fragments of the real fixtures spliced, shuffled and padded.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import {
  ACCOUNT_COLUMN_LABEL,
  ACCOUNT_META_LABEL,
  COLUMN_NUMBER_LABEL,
  FUNDS_HEADER_LABEL,
  FUNDS_ITEM_LABEL,
  FUNDS_SECTION_LABEL,
  GOALS_HEADER_LABEL,
  GOALS_SECTION_LABEL,
  IDENTITY_LABEL,
  INDICATOR_HEADER_LABEL,
  INDICATORS_SECTION_LABEL,
  LEVEL1,
  LEVEL2,
  MANAGEMENT_HEADER_LABEL,
  MANAGEMENT_SECTION_LABEL,
  RESULT_HEADER_LABEL,
  SIDE_LABEL,
  SUMMARY_HEADER_LABEL,
  TOTAL_LABEL,
} from "../../grammars/vocabulary/index.js";

/** Every label the vocabulary's sections print, and the wordings of them the seeds also use. */
const LABELS: readonly string[] = [
  ...new Set<string>([
    ...Object.values(IDENTITY_LABEL),
    FUNDS_SECTION_LABEL,
    ...Object.values(FUNDS_HEADER_LABEL),
    ...Object.values(FUNDS_ITEM_LABEL),
    MANAGEMENT_SECTION_LABEL,
    ...Object.values(MANAGEMENT_HEADER_LABEL),
    GOALS_SECTION_LABEL,
    ...Object.values(GOALS_HEADER_LABEL),
    INDICATORS_SECTION_LABEL,
    ...Object.values(INDICATOR_HEADER_LABEL),
    TOTAL_LABEL,
    ...Object.values(SUMMARY_HEADER_LABEL),
    ...Object.values(RESULT_HEADER_LABEL),
    ...Object.values(ACCOUNT_META_LABEL),
    COLUMN_NUMBER_LABEL,
    ...Object.values(SIDE_LABEL),
    ...Object.values(ACCOUNT_COLUMN_LABEL),
    // wordings the old label list held that no section prints
    "预算数",
    "偏差率",
    "预算数（调整后）",
    "科目名称",
  ]),
];

const fixtureDir = new URL("../../fixtures/", import.meta.url);
export const fixtureLines: string[] = readdirSync(fixtureDir)
  .filter((n) => n.endsWith(".txt"))
  .flatMap((n) => readFileSync(new URL(n, fixtureDir), "utf8").split("\n"));

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4fff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const ascii = fc.string({ maxLength: 10 }).map((s) => s.replace(/[\t\n\r]/g, " "));
const amount = fc.oneof(
  fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true }).map((v) => String(Math.round(v * 100) / 100)),
  fc.integer({ min: 0, max: 100 }).map((v) => `${v}分`),
  fc.integer({ min: 0, max: 100 }).map((v) => `${v}%`),
  fc.integer({ min: 0, max: 99999 }).map((v) => `${v.toLocaleString("en-US")}.${v % 100}`),
  fc.integer({ min: 0, max: 9999 }).map((v) => `${v}万元`),
  fc.constantFrom("—", "-", "", "≥95%", "完成", "10148 人", "指标 2:", "....."),
);
const label = fc.constantFrom(...LABELS, ...LEVEL1, ...Object.keys(LEVEL2), "项目资金 (万元)", "年度资金总额（万元）：", "其中：当年财政拨款");
export const cell = fc.oneof(cjk, ascii, amount, label, fc.constant(""));

const tableRow = fc.array(cell, { minLength: 1, maxLength: 14 }).map((cells) => cells.join("\t"));
const textLine = fc.oneof(cjk, label, fc.constantFrom("（2024 年度）", "公开01表", "项目单位自评表", "部门：某局", "单位：万元"));
const randomLine = fc.oneof({ weight: 5, arbitrary: tableRow }, { weight: 2, arbitrary: textLine }, { weight: 1, arbitrary: fc.constant("") });

/** A run of real fixture lines, possibly padded with empty cells or shifted right. */
const fixtureSlice = fc
  .tuple(fc.nat({ max: Math.max(0, fixtureLines.length - 1) }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(0, 1, 2), fc.boolean())
  .map(([start, length, shift, pad]) =>
    fixtureLines.slice(start, start + length).map((line) => {
      let out = "\t".repeat(shift) + line;
      if (pad && line.includes("\t")) out = out.split("\t").join("\t\t\t\t\t");
      return out;
    }),
  );

const lineEnd = fc.constantFrom("\n", "\r\n", "\r");

/** A dump: random lines and fixture slices, spliced and shuffled, with mixed line ends. */
export const dumpText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: randomLine.map((l) => [l]) }, { weight: 2, arbitrary: fixtureSlice }), { maxLength: 12 }),
    fc.boolean(),
    fc.array(lineEnd, { minLength: 1, maxLength: 3 }),
  )
  .chain(([chunks, shuffle, ends]) => {
    const lines = chunks.flat();
    const ordered = shuffle ? fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }) : fc.constant(lines);
    return ordered.map((ls) => ls.map((l, i) => l + (ends[i % ends.length] as string)).join(""));
  });
