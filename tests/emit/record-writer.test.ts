// encodeRecords: the records' JSON texts joined by the format's separator, as UTF-8 bytes, whatever
// their size (the buffer grows past its first 64 KiB) or characters (CJK, surrogate pairs).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeRecords, RECORD_SEPARATOR } from "../../src/emit/record-writer.js";
import { parseText } from "../../src/parse-text.js";
import type { PeRecord } from "../../src/schema/record.js";

const joined = (records: readonly unknown[], separator: string): string => records.map((r) => JSON.stringify(r)).join(separator);

describe("encodeRecords", () => {
  const file = "fixtures/003_565532f530cb80ee.txt";
  const records = parseText(readFileSync(file, "utf8"), { file }).records;

  it.each(["ndjson", "json"] as const)("gives the %s texts of a whole seed's records as UTF-8, byte for byte", (format) => {
    const bytes = encodeRecords(records, format);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(Buffer.from(bytes).toString("utf8")).toBe(joined(records, RECORD_SEPARATOR[format]));
  });

  it("encodes characters outside the BMP and lone separators exactly", () => {
    const odd = [{ name: "😀 指标 \u2028 \"quoted\" \\ tab\t" }, { name: "" }, { name: "x".repeat(70_000) }] as unknown as PeRecord[];
    expect(Buffer.from(encodeRecords(odd, "ndjson")).equals(Buffer.from(joined(odd, "\n")))).toBe(true);
  });

  it("gives no bytes for no records", () => {
    expect(encodeRecords([], "json")).toHaveLength(0);
  });
});
