// The command's start-up cost is mostly loading its bundle: optional dependencies must load only
// when a run uses them. esbuild hoists a static import of an external package to the top of the
// bundle even from a module reached through import(), so a static `import … from "fast-csv"` in
// emit/csv.ts once loaded fast-csv at every start.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { root } from "./run-cli.js";

const command = readFileSync(`${root}/dist/pe-parse.mjs`, "utf8");

describe("dist/pe-parse.mjs", () => {
  it.each(["fast-csv", "chalk", "cli-progress", "piscina", "chevrotain"])("imports %s only when used", (name) => {
    expect(command).not.toMatch(new RegExp(`from\\s*"${name}"`));
    expect(command).toContain(`import("${name}")`);
  });
});
