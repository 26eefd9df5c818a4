/**
 * What a run must undo however it ends — by finishing, by an error, or by SIGINT, SIGTERM or
 * SIGHUP: temporary output files removed, the terminal's cursor shown again if the progress bar
 * hid it. signal-exit runs the clean-up on every exit and then re-raises the signal, so the run
 * still dies by it (a shell sees 130, 143, 129) rather than by a made-up exit code.
 */
import { unlinkSync, writeSync } from "node:fs";
import { onExit } from "signal-exit";

const temporaryFiles = new Set<string>();
let cursorHidden = false;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  // Synchronous only: after a signal nothing asynchronous runs any more.
  onExit(() => {
    for (const path of temporaryFiles) {
      try {
        unlinkSync(path);
      } catch {
        // already renamed into place or removed
      }
    }
    temporaryFiles.clear();
    if (cursorHidden) {
      try {
        writeSync(2, "\u001b[?25h");
      } catch {
        // stderr gone: nothing left to restore
      }
    }
  });
}

/** Removes `path` if the process exits before the returned function is called. */
export function removeOnExit(path: string): () => void {
  install();
  temporaryFiles.add(path);
  return () => void temporaryFiles.delete(path);
}

/** Whether the terminal's cursor is hidden now (and so is to be shown at exit). */
export function cursorHiddenOnExit(hidden: boolean): void {
  if (hidden) install();
  cursorHidden = hidden;
}
