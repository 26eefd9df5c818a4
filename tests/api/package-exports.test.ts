// The library as a user imports it: by package name, through package.json `exports` and `types`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile, parseText, type PeRecord } from "pe-parse";

describe("import { parseText, parseFile } from 'pe-parse'", () => {
  it("parses text and files through the package's public entry point", async () => {
    const path = new URL("../../fixtures/004_9b7fb85721d44591.txt", import.meta.url).pathname;
    const fromText = parseText(readFileSync(path, "utf8"), { file: "a.txt" });
    const fromFile = await parseFile(path);
    const names = (rs: PeRecord[]): string[] => rs.map((r) => (r.kind === "project" ? r.name : ""));
    expect(names(fromText.records)).toEqual(["社保工作专项经费"]);
    expect(names(fromFile.records)).toEqual(["社保工作专项经费"]);
    expect(fromFile.records[0]?.source).toMatchObject({ file: path, encoding: "utf-8" });
    expect(fromText.diagnostics).toEqual([]);
  });

  it("ships the JSON Schema as pe-parse/schema.json", async () => {
    const schema = (await import("pe-parse/schema.json", { with: { type: "json" } })) as { default: { oneOf: unknown[] } };
    expect(schema.default.oneOf).toHaveLength(6);
  });
});
