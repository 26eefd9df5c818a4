/**
 * The progress bar on stderr (cli-progress): shown only when stderr is a TTY, more than one file
 * is given and output is not quieted. Elsewhere it is a no-op and `log` writes straight to stderr.
 */
import { cursorHiddenOnExit } from "./exit-cleanup.js";
import type { CliIo } from "./io.js";
import type { ParseRunOptions } from "./options.js";
import type { FileResult } from "./run-files.js";

export interface Progress {
  log(text: string): void;
  tick(result: FileResult): void;
  stop(): void;
}

export function createProgress(io: CliIo, total: number, options: ParseRunOptions): Progress {
  const plain: Progress = { log: (text) => void io.stderr.write(text), tick: () => undefined, stop: () => undefined };
  if (!io.stderrIsTty || total <= 1 || options.quiet || options.silent || !options.progress) return plain;
  let bar: { log(t: string): void; update(n: number, p: object): void; stop(): void } | undefined;
  let records = 0;
  let warnings = 0;
  let done = 0;
  const pending: string[] = [];
  void import("cli-progress").then(({ default: cliProgress }) => {
    const multi = new cliProgress.MultiBar(
      {
        stream: io.stderr as NodeJS.WriteStream,
        format: "{bar} {value}/{total} files | {records} records | {warnings} warnings | {duration_formatted}",
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const single = multi.create(total, done, { records, warnings });
    cursorHiddenOnExit(true); // a signal now must not leave the terminal without its cursor
    bar = {
      log: (t) => multi.log(t),
      update: (n, p) => single.update(n, p),
      stop: () => {
        multi.stop();
        cursorHiddenOnExit(false);
      },
    };
    for (const line of pending.splice(0)) bar.log(line);
  });
  return {
    log(text) {
      if (bar) bar.log(text);
      else pending.push(text);
    },
    tick(result) {
      if (result.last) done++;
      records += result.encoded?.count ?? result.records.length;
      if (result.encoded) warnings += result.encoded.counts.warning;
      else for (const r of result.records) warnings += r.diagnostics.filter((d) => d.severity === "warning").length;
      bar?.update(done, { records, warnings });
    },
    stop() {
      if (bar) bar.stop();
      else for (const line of pending.splice(0)) io.stderr.write(line);
    },
  };
}
