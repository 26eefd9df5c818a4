// The command's start-up cost is mostly loading its bundle: optional dependencies and the code of
// other subcommands must load only when a run uses them. esbuild hoists a static import of an
// external package to the top of the bundle even from a module reached through import(), so a
// static `import … from "fast-csv"` in emit/csv.ts once loaded fast-csv at every start.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

/** The files node loads with dist/pe-parse.mjs before any of its code runs: its static imports, transitively. */
function loadedAtStart(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    for (const m of text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w${},\s*]+from\s*)?"(\.{1,2}\/[^"]+)"/g)) visit(resolve(dirname(file), m[1] as string));
  };
  visit(entry);
  return files;
}

const entry = `${root}/dist/pe-parse.mjs`;
const atStart = loadedAtStart(entry);
const startCode = [...atStart.values()].join("\n");

describe("dist/pe-parse.mjs", () => {
  it("loads some of its chunks at start, not all", () => {
    const chunks = readdirChunks();
    expect(atStart.size).toBeGreaterThan(1);
    expect(atStart.size - 1).toBeLessThan(chunks.length);
  });

  it.each(["fast-csv", "chalk", "cli-progress", "piscina", "chevrotain"])("imports %s only when used", (name) => {
    expect(startCode).not.toMatch(new RegExp(`from\\s*"${name}"`));
    const all = [readFileSync(entry, "utf8"), ...readdirChunks().map((f) => readFileSync(f, "utf8"))].join("\n");
    expect(all).not.toMatch(new RegExp(`from\\s*"${name}"`));
    expect(all).toContain(`import("${name}")`);
  });

  it("loads the explain page's code only for explain", () => {
    expect(startCode).not.toContain('<html lang="zh">');
    expect(readdirChunks().some((f) => readFileSync(f, "utf8").includes('<html lang="zh">'))).toBe(true);
  });
});

function readdirChunks(): string[] {
  const dir = `${root}/dist/chunks`;
  return readdirSync(dir).map((name) => `${dir}/${name}`);
}
