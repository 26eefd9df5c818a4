/**
 * The inputs of a bench child, found the way pe-parse finds them: files as given, directories to
 * every `*.txt` below them, recursive, in sorted order.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) out.push(path);
  }
}

export function walkTxt(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}
