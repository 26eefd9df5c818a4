// NUL bytes: binary by density in the first 64 KiB, a stray one replaced and reported — the same
// whether the bytes come whole (a file) or in chunks (stdin, a pipe). See stream-decoder.ts.
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/decode/decode-bytes.js";
import { StreamDecoder } from "../../src/decode/stream-decoder.js";

function inChunks(bytes: Uint8Array, size: number): { text: string; ok: boolean; codes: string[] } {
  const decoder = new StreamDecoder();
  let text = "";
  for (let i = 0; i < bytes.length; i += size) text += decoder.push(bytes.subarray(i, i + size));
  text += decoder.end();
  return { text, ok: decoder.ok, codes: decoder.diagnostics.map((d) => d.code) };
}
const whole = (bytes: Uint8Array): { text: string; ok: boolean; codes: string[] } => {
  const d = decodeBytes(bytes);
  return { text: d.text, ok: d.ok, codes: d.diagnostics.map((x) => x.code) };
};

// 004 line 45's 总分 row, repeated past the 64 KiB the detection looks at.
const row = Buffer.from("总分\t\t\t\t\t100\t93.9\n");
const text = Buffer.concat(Array(8000).fill(row)); // ~190 KB

describe("NUL bytes", () => {
  it.each([
    ["after the first 64 KiB", 100_000],
    ["inside the first 64 KiB", 1_000],
  ])("replaces one stray NUL %s with U+FFFD, reports nul-bytes, keeps the rest, whole or in chunks", (_where, at) => {
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from([0]), text.subarray(at)]);
    // Both offsets are row starts (a row is 20 bytes), so the NUL cuts no character.
    const expected = text.subarray(0, at).toString("utf8") + "\uFFFD" + text.subarray(at).toString("utf8");
    for (const got of [whole(bytes), inChunks(bytes, 1 << 16), inChunks(bytes, 4093)]) {
      expect(got).toEqual({ text: expected, ok: true, codes: ["nul-bytes"] });
    }
  });

  it("refuses NUL-dense bytes as not-a-text-dump, whole or in chunks", () => {
    const bytes = new Uint8Array(1 << 20); // a megabyte of /dev/zero
    for (const got of [whole(bytes), inChunks(bytes, 1 << 16)]) expect(got).toEqual({ text: "", ok: false, codes: ["not-a-text-dump"] });
  });

  it("judges by the first 64 KiB only, so text with a NUL-dense tail decodes alike by both routes", () => {
    const bytes = Buffer.concat([text.subarray(0, 70_000), new Uint8Array(5000), text.subarray(70_000)]);
    const a = whole(bytes);
    const b = inChunks(bytes, 1 << 16);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(a.codes).toEqual(["nul-bytes"]);
  });
});
