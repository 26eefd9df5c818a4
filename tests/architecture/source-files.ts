/** The project's own source files, read once for the architecture tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
}

/** Every .ts file below the given top-level folders, as paths relative to the repository root. */
export function sourceFiles(...folders: string[]): Array<{ path: string; text: string }> {
  const paths: string[] = [];
  for (const folder of folders) walk(join(root, folder), paths);
  return paths.sort().map((p) => ({ path: relative(root, p), text: readFileSync(p, "utf8") }));
}
