/**
 * `pe-parse check [DIR]`: for every X.txt with an X.expected.json, parse and compare; then render
 * the expected records, parse that text and compare again. Prints record, field path, expected,
 * got; exits 1 on any difference, and on nothing to check (a mistyped DIR must not pass CI).
 * `--update` rewrites the expected files after showing the diff; `check --add` (check-add.ts)
 * writes a new one. Nothing else writes a golden.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { diffRecords, type FieldDiff } from "../emit/diff-records.js";
import { readRecordsText } from "../emit/read-records.js";
import { renderRecords } from "../emit/render.js";
import { parseBytes } from "../parse-file.js";
import { parseText } from "../parse-text.js";
import type { PeRecord } from "../schema/record.js";
import { describeFsError } from "./describe-fs-error.js";
import { escapeControls, escapeLines } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { writeOutputFile } from "./output-target.js";

/** The golden of a fixture: its records, as `pe-parse` writes them with `source.file` = the base name. */
export async function parseFixture(path: string): Promise<PeRecord[]> {
  const bytes = await readFile(path);
  return parseBytes(bytes, { file: basename(path) }).records;
}

export function goldenText(records: readonly PeRecord[]): string {
  return JSON.stringify({ records }, null, 2) + "\n";
}

/** X.txt → X.expected.json, beside it. */
export const goldenPathOf = (dumpPath: string): string => dumpPath.slice(0, -".txt".length) + ".expected.json";

const show = (v: unknown): string => (v === undefined ? "(missing)" : JSON.stringify(v));

export async function checkCommand(dir: string, update: boolean, io: CliIo): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (error) {
    io.stderr.write(`pe-parse: ${escapeControls(dir)}: ${describeFsError(error)}\n`);
    return 2;
  }
  if (names.length === 0) {
    io.stderr.write(`pe-parse: warning: ${escapeControls(dir)} holds no .txt dump: nothing to check\n`);
    return 1;
  }
  let failed = 0;
  let checked = 0;
  for (const name of names) {
    const expectedPath = goldenPathOf(join(dir, name));
    let expectedText: string;
    try {
      expectedText = await readFile(expectedPath, "utf8");
    } catch {
      io.stdout.write(escapeControls(`skip ${name} (no ${basename(expectedPath)}; add one with pe-parse check --add)`) + "\n");
      continue;
    }
    checked++;
    const read = readRecordsText(expectedText);
    if (!read.ok) {
      failed++;
      io.stdout.write(escapeControls(`FAIL ${name}: ${basename(expectedPath)} is not a records file: ${read.reason}`) + "\n");
      // A golden written before the record schema grew a field: --update writes it anew, to review.
      if (update) {
        await writeOutputFile(expectedPath, goldenText(await parseFixture(join(dir, name))), [join(dir, name)], io.stdout);
        io.stdout.write(`  updated ${escapeControls(expectedPath)}\n`);
      }
      continue;
    }
    const expected = read.records;
    const got = await parseFixture(join(dir, name));
    const diffs: Array<FieldDiff & { phase: string }> = diffRecords(expected, got).map((d) => ({ ...d, phase: "parse" }));
    const rendered = parseText(renderRecords(expected), { file: name }).records;
    diffs.push(...diffRecords(expected, rendered, { roundTrip: true }).map((d) => ({ ...d, phase: "render → parse" })));
    if (diffs.length === 0) {
      io.stdout.write(`ok   ${escapeControls(name)} (${got.length} records)\n`);
      continue;
    }
    failed++;
    io.stdout.write(`FAIL ${escapeControls(name)}: ${diffs.length} differences\n`);
    for (const d of diffs.slice(0, 200)) {
      io.stdout.write(escapeLines(`  [${d.phase}] record ${d.record} ${d.path}\n    expected ${show(d.expected)}\n    got      ${show(d.got)}`) + "\n");
    }
    if (diffs.length > 200) io.stdout.write(`  … ${diffs.length - 200} more\n`);
    if (update) {
      await writeOutputFile(expectedPath, goldenText(got), [join(dir, name)], io.stdout);
      io.stdout.write(`  updated ${escapeControls(expectedPath)}\n`);
    }
  }
  io.stdout.write(`${checked - failed} passed, ${failed} failed\n`);
  if (checked === 0) {
    io.stderr.write(`pe-parse: warning: none of the ${names.length} .txt dumps in ${escapeControls(dir)} has an X.expected.json: nothing was checked\n`);
    return 1;
  }
  return failed > 0 && !update ? 1 : 0;
}
