// docs/records.md documents every field of every record kind, as the zod schemas define them
// (walked from recordJsonSchema()), and nothing the schemas do not have: the doc cannot drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.js";
import { schemaPaths } from "./schema-paths.js";

const doc = readFileSync(join(root, "docs/records.md"), "utf8");

/** The fields a section's table rows name: `| \`funds.lines[].executed\` | …` → funds.lines[].executed. */
function documented(heading: string): string[] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start === -1) return [];
  const end = doc.indexOf("\n## ", start + 1);
  const section = doc.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

describe("docs/records.md", () => {
  const paths = schemaPaths();
  const common = documented("Every record");

  it("has a section for every record kind", () => {
    expect([...paths.keys()]).toEqual(["project", "department", "summary-row", "result-row", "final-account", "table"]);
    for (const kind of paths.keys()) expect(documented(`\`${kind}\``).length, kind).toBeGreaterThan(0);
  });

  it("documents every field of every kind's schema", () => {
    for (const [kind, fields] of paths) {
      const here = new Set([...common, ...documented(`\`${kind}\``)]);
      expect(fields.filter((f) => !here.has(f)), kind).toEqual([]);
    }
  });

  it("documents no field a schema does not have", () => {
    const everyKind = [...paths.values()];
    expect(common.filter((f) => !everyKind.every((fields) => fields.includes(f)))).toEqual([]);
    for (const [kind, fields] of paths) expect(documented(`\`${kind}\``).filter((f) => !fields.includes(f)), kind).toEqual([]);
  });
});
