/**
 * Expands the paths of a run: files as given, directories to every `*.txt` below them (recursive,
 * sorted), `-` to standard input. A path that does not exist is reported and skipped.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export type Input = { kind: "file"; path: string } | { kind: "stdin" };
export interface InputProblem {
  path: string;
  message: string;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) out.push(path);
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
        const files: string[] = [];
        await walk(path, files);
        for (const file of files) inputs.push({ kind: "file", path: file });
      } else inputs.push({ kind: "file", path });
    } catch (error) {
      problems.push({ path, message: describeFsError(error) });
    }
  }
  return { inputs, problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return (error as Error).message ?? String(error);
  }
}
