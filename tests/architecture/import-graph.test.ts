// The import graph runs one way, down the pipeline: decode → lines and cells → document structure
// → recognisers (with placement and rules) → the composed parse → emit → CLI, over the vocabulary,
// the diagnostics and the record schema that every stage shares. No module imports one of a
// later stage, and inside the recognisers' folder placement and rules never import a recogniser.
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files.js";

/** Each stage as path prefixes, in pipeline order (the first matching prefix decides). */
const STAGES: ReadonlyArray<readonly [name: string, prefixes: readonly string[]]> = [
  ["vocabulary", ["grammars/vocabulary/"]],
  ["diagnostics", ["src/diagnostics/"]],
  ["schema", ["src/schema/"]],
  ["decode", ["src/decode/"]],
  ["lines and cells", ["src/lines/", "grammars/chevrotain.ts", "grammars/line-tokens.ts"]],
  ["document structure", ["src/document/", "grammars/row-tokens.ts", "grammars/document-parser.ts"]],
  ["arithmetic", ["src/forms/arithmetic.ts"]],
  ["placement", ["src/forms/placement/"]],
  ["rules", ["src/forms/rules/"]],
  ["recognisers", ["src/forms/"]],
  ["composed parse", ["src/parse-text.ts", "src/parse-stream.ts", "src/parse-file.ts", "src/read-documents.ts", "src/file-verdict.ts", "src/index.ts"]],
  ["emit", ["src/emit/"]],
  ["cli", ["src/cli/"]],
];

export function stageOf(path: string): number {
  const index = STAGES.findIndex(([, prefixes]) => prefixes.some((p) => path === p || path.startsWith(p)));
  if (index < 0) throw new Error(`${path} belongs to no stage: add it to STAGES`);
  return index;
}

const IMPORT = /(?:from\s+|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/g;

/** The project files a source imports, as repository paths. */
export function importsOf(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) out.push(normalize(join(dirname(path), m[1] as string)).replace(/\.js$/, ".ts"));
  return out;
}

describe("the import graph", () => {
  const files = sourceFiles("src", "grammars");

  it("knows the stage of every source file", () => {
    for (const f of files) expect(() => stageOf(f.path), f.path).not.toThrow();
  });

  it("has no edge from a stage to a later one", () => {
    const upward: string[] = [];
    for (const f of files) {
      for (const target of importsOf(f.path, f.text)) {
        if (stageOf(target) > stageOf(f.path)) {
          upward.push(`${f.path} (${STAGES[stageOf(f.path)]?.[0]}) imports ${target} (${STAGES[stageOf(target)]?.[0]})`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it("sees an upward edge as one", () => {
    const text = 'import { readFunds } from "../forms/project/funds.js";';
    expect(importsOf("src/lines/read-lines.ts", text)).toEqual(["src/forms/project/funds.ts"]);
    expect(stageOf("src/forms/project/funds.ts")).toBeGreaterThan(stageOf("src/lines/read-lines.ts"));
    expect(stageOf("src/forms/rules/read-number.ts")).toBeLessThan(stageOf("src/forms/project/funds.ts"));
  });
});
