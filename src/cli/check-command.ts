/**
 * `pe-parse check [DIR]`: for every X.txt with an X.expected.json, parse and compare; then render
 * the expected records, parse that text and compare again. Prints record, field path, expected,
 * got; exits 1 on any difference. `--update` rewrites the expected files after showing the diff:
 * the only way a golden is ever written.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { diffRecords, type FieldDiff } from "../emit/diff-records.js";
import { renderRecords } from "../emit/render.js";
import { parseBytes } from "../parse-file.js";
import { parseText } from "../parse-text.js";
import type { PeRecord } from "../schema/record.js";
import { writeFileAtomic } from "./atomic-write.js";
import { describeFsError } from "./describe-fs-error.js";
import { escapeControls } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { readRecordsText } from "./render-command.js";

/** The golden of a fixture: its records, as `pe-parse` writes them with `source.file` = the base name. */
export async function parseFixture(path: string): Promise<PeRecord[]> {
  const bytes = await readFile(path);
  return parseBytes(bytes, { file: basename(path) }).records;
}

export function goldenText(records: readonly PeRecord[]): string {
  return JSON.stringify({ records }, null, 2) + "\n";
}

const show = (v: unknown): string => (v === undefined ? "(missing)" : JSON.stringify(v));

export async function checkCommand(dir: string, update: boolean, io: CliIo): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (error) {
    io.stderr.write(`pe-parse: ${escapeControls(dir)}: ${describeFsError(error)}\n`);
    return 2;
  }
  let failed = 0;
  let checked = 0;
  for (const name of names) {
    const stem = name.slice(0, -".txt".length);
    const expectedPath = join(dir, `${stem}.expected.json`);
    let expectedText: string;
    try {
      expectedText = await readFile(expectedPath, "utf8");
    } catch {
      continue; // a dump without a golden is not checked
    }
    checked++;
    const expected = readRecordsText(expectedText);
    const got = await parseFixture(join(dir, name));
    const diffs: Array<FieldDiff & { phase: string }> = diffRecords(expected, got).map((d) => ({ ...d, phase: "parse" }));
    const rendered = parseText(renderRecords(expected), { file: name }).records;
    diffs.push(...diffRecords(expected, rendered, { roundTrip: true }).map((d) => ({ ...d, phase: "render → parse" })));
    if (diffs.length === 0) {
      io.stdout.write(`ok   ${name} (${got.length} records)\n`);
      continue;
    }
    failed++;
    io.stdout.write(`FAIL ${name}: ${diffs.length} differences\n`);
    for (const d of diffs.slice(0, 200)) {
      io.stdout.write(`  [${d.phase}] record ${d.record} ${d.path}\n    expected ${show(d.expected)}\n    got      ${show(d.got)}\n`);
    }
    if (diffs.length > 200) io.stdout.write(`  … ${diffs.length - 200} more\n`);
    if (update) {
      await writeFileAtomic(expectedPath, goldenText(got));
      io.stdout.write(`  updated ${expectedPath}\n`);
    }
  }
  io.stdout.write(`${checked - failed} passed, ${failed} failed\n`);
  return failed > 0 && !update ? 1 : 0;
}
