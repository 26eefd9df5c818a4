// Parsing a dump document by document, from bytes in arbitrary chunks, gives exactly the records
// of parsing it whole (the DocumentSplitter only cuts where the grammar ends every table).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStream } from "../../src/parse-stream.js";
import { parseText } from "../../src/parse-text.js";
import { dumpText } from "./arbitraries.js";

async function streamed(bytes: Uint8Array, chunk: number, minChars: number): Promise<{ records: unknown[]; unmapped: unknown[] }> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const records: unknown[] = [];
  const unmapped: unknown[] = [];
  for await (const r of parseStream(chunks(), { file: "f", minChars })) {
    records.push(...r.records);
    unmapped.push(...r.unmapped);
  }
  return { records, unmapped };
}

describe("parseStream", () => {
  it("gives the records and unmapped cells of a whole-text parse, whatever the chunking and cuts", async () => {
    await fc.assert(
      fc.asyncProperty(dumpText, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 3000 }), async (text, chunk, minChars) => {
        const bytes = new TextEncoder().encode(text);
        const whole = parseText(new TextDecoder().decode(bytes), { file: "f", encoding: "utf-8" });
        const parts = await streamed(bytes, chunk, minChars);
        expect(parts.records).toEqual(whole.records);
        expect(parts.unmapped).toEqual(whole.unmapped);
      }),
      { numRuns: 150 },
    );
  });
});
