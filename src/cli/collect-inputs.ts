/**
 * Expands the paths of a run: files as given, directories to every `*.txt` below them (recursive,
 * sorted), `-` to standard input; a folder with no `.txt` below it is said so. Symbolic links
 * inside a directory are followed, a folder reached a second time (a link loop, or two links to
 * one folder) is read once and said so; a path that does not exist or cannot be read — a
 * subfolder too — is reported and the rest still collected.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeFsError } from "./describe-fs-error.js";

export type Input = { kind: "file"; path: string } | { kind: "stdin" };
export interface InputProblem {
  path: string;
  message: string;
  /** Something was left unread (exit 2); false for a note that loses nothing. */
  lost: boolean;
}

interface Walk {
  readonly files: string[];
  readonly problems: InputProblem[];
  /** Device and inode of every folder read, and the path it was read by, so none is read twice and a link loop ends. */
  readonly folders: Map<string, string>;
}

async function walk(dir: string, into: Walk): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    into.problems.push({ path: dir, message: describeFsError(error), lost: true });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isText = entry.name.toLowerCase().endsWith(".txt");
    if (entry.isFile()) {
      if (isText) into.files.push(path);
      continue;
    }
    if (!entry.isDirectory() && !entry.isSymbolicLink()) {
      // A FIFO or a device named *.txt would block the run or never end: said, not read.
      if (isText) into.problems.push({ path, message: "not a regular file (a FIFO, socket or device); not read", lost: true });
      continue;
    }
    let info;
    try {
      info = await stat(path); // follows a link
    } catch (error) {
      // A dangling link to a folder looks like any other: report it only when it names a dump.
      const code = (error as NodeJS.ErrnoException).code;
      if (isText || code !== "ENOENT") {
        const message = code === "ENOENT" ? "broken symbolic link" : describeFsError(error);
        into.problems.push({ path, message, lost: true });
      }
      continue;
    }
    if (info.isDirectory()) {
      const id = `${info.dev}:${info.ino}`;
      const first = into.folders.get(id);
      if (first !== undefined) {
        into.problems.push({ path, message: `the same folder as ${first}, already read; not read again`, lost: false });
        continue;
      }
      into.folders.set(id, path);
      await walk(path, into);
    } else if (isText) {
      if (info.isFile()) into.files.push(path);
      else into.problems.push({ path, message: "links to what is not a regular file (a FIFO, socket or device); not read", lost: true });
    }
  }
}

export async function collectInputs(paths: readonly string[]): Promise<{ inputs: Input[]; problems: InputProblem[] }> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ kind: "stdin" });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const into: Walk = { files: [], problems, folders: new Map([[`${info.dev}:${info.ino}`, path]]) };
        await walk(path, into);
        // A mistyped folder, or dumps saved as .TXT.gz: say so, rather than parse nothing silently.
        if (into.files.length === 0) problems.push({ path, message: "no .txt file in this folder or below it", lost: false });
        for (const file of into.files) inputs.push({ kind: "file", path: file });
      } else inputs.push({ kind: "file", path });
    } catch (error) {
      problems.push({ path, message: describeFsError(error), lost: true });
    }
  }
  return { inputs, problems };
}
