/**
 * `pe-parse check --add FILE...`: a new golden for each dump, X.expected.json beside X.txt, with
 * `source.file` the base name as `check` compares it. Never overwrites a golden (`--update` is
 * for changing one, after its differences are shown), and says the new file is pe-parse's
 * present answer, to be reviewed by hand before it is committed.
 */
import { link, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { writeTemporaryRemovedOnExit } from "./atomic-write.js";
import { describeFsError } from "./describe-fs-error.js";
import { escapeControls } from "./format-diagnostic.js";
import { goldenPathOf, goldenText, parseFixture } from "./check-command.js";
import type { CliIo } from "./io.js";

/** Writes `target` only if it does not exist, and never half: a temporary file hard-linked into place. */
async function createExclusive(target: string, text: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  // Removed however the run ends; written on this thread, so a signal's clean-up never misses it.
  const forget = writeTemporaryRemovedOnExit(temp, text);
  try {
    await link(temp, target);
  } finally {
    await unlink(temp).catch(() => undefined);
    forget();
  }
}

export async function checkAdd(files: readonly string[], io: CliIo): Promise<number> {
  let exit = 0;
  let added = 0;
  for (const file of files) {
    if (!file.endsWith(".txt")) {
      io.stderr.write(`pe-parse: ${escapeControls(file)}: a fixture must be named X.txt (check compares X.txt with X.expected.json)\n`);
      exit = 2;
      continue;
    }
    const golden = goldenPathOf(file);
    try {
      const records = await parseFixture(file);
      await createExclusive(golden, goldenText(records));
      const warnings = records.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity !== "info").length, 0);
      added++;
      io.stdout.write(`added ${escapeControls(golden)} (${records.length} records, ${warnings} warnings and errors)\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr.write(
        code === "EEXIST"
          ? `pe-parse: ${escapeControls(golden)} exists; not overwritten (check --update rewrites a golden after showing its differences)\n`
          : `pe-parse: ${escapeControls(file)}: ${describeFsError(error)}\n`,
      );
      exit = 2;
    }
  }
  if (added > 0) {
    io.stdout.write(
      "A new golden is what pe-parse reads today, not what the dump says: review every record against the .txt by hand before committing it.\n",
    );
  }
  return exit;
}
