// Utf8Decoder must give exactly what TextDecoder("utf-8") gives: same text, same U+FFFD, same BOM
// handling, however the bytes are cut into chunks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeEnd, decodeValidUtf8, Utf8Decoder } from "../../src/decode/utf8-decoder.js";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Decodes `bytes` cut at `cuts` (sorted offsets) with a streaming decoder. */
function inChunks(decoder: { decode(b?: Uint8Array, o?: { stream?: boolean }): string }, bytes: Uint8Array, cuts: number[]): string {
  let text = "";
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, cut), { stream: true });
    from = cut;
  }
  return text + decoder.decode();
}

/** Text bytes with, sometimes, raw bytes (often invalid UTF-8) spliced in and a BOM in front. */
const dumpBytes = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof(fc.string({ unit: "grapheme" }).map(encode), fc.uint8Array({ maxLength: 6 }), fc.constant(encode("项目\t8.89万元\n"))), { maxLength: 12 }),
  )
  .map(([bom, parts]) => {
    const all = [...(bom ? [new Uint8Array([0xef, 0xbb, 0xbf])] : []), ...parts];
    return Uint8Array.from(all.flatMap((p) => [...p]));
  });

const withCuts = dumpBytes.chain((bytes) =>
  fc.tuple(fc.constant(bytes), fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b))),
);

describe("Utf8Decoder", () => {
  it("decodes any bytes, cut anywhere, exactly as a streaming TextDecoder does", () => {
    fc.assert(
      fc.property(withCuts, ([bytes, cuts]) => {
        expect(inChunks(new Utf8Decoder(), bytes, cuts)).toBe(inChunks(new TextDecoder("utf-8"), bytes, cuts));
      }),
      { numRuns: 2000 },
    );
  });

  it("decodes astral characters and a BOM split over chunks", () => {
    const bytes = encode("\uFEFF𠀀项目\t😀\n");
    for (let cut = 0; cut <= bytes.length; cut++) expect(inChunks(new Utf8Decoder(), bytes, [cut])).toBe("𠀀项目\t😀\n");
  });

  it("keeps a U+FEFF that is not at the start, also where invalid bytes follow it", () => {
    expect(new Utf8Decoder().decode(encode("a\uFEFFb"))).toBe("a\uFEFFb");
    const decoder = new Utf8Decoder();
    const text = decoder.decode(encode("a"), { stream: true }) + decoder.decode(Uint8Array.from([...encode("\uFEFF"), 0xff]));
    expect(text).toBe("a\uFEFF\uFFFD");
  });

  it("turns an incomplete character at the end of the input into U+FFFD", () => {
    const bytes = encode("项目").subarray(0, 5);
    expect(inChunks(new Utf8Decoder(), bytes, [2])).toBe("项\uFFFD");
  });
});

describe("decodeValidUtf8", () => {
  it("returns undefined for invalid UTF-8 and the text for valid", () => {
    expect(decodeValidUtf8(new Uint8Array([0xe9, 0xa1]))).toBeUndefined();
    expect(decodeValidUtf8(new Uint8Array([0xc0, 0x80]))).toBeUndefined(); // overlong
    expect(decodeValidUtf8(encode("绩效 ok"))).toBe("绩效 ok");
    expect(decodeValidUtf8(encode("plain ascii"))).toBe("plain ascii");
    expect(decodeValidUtf8(new Uint8Array(0))).toBe("");
  });
});

describe("completeEnd", () => {
  it("stops before a character cut at the end, and only then", () => {
    const bytes = encode("a项"); // 61 E9 A1 B9
    expect(completeEnd(bytes)).toBe(4);
    expect(completeEnd(bytes.subarray(0, 3))).toBe(1);
    expect(completeEnd(bytes.subarray(0, 2))).toBe(1);
    expect(completeEnd(bytes.subarray(0, 1))).toBe(1);
    expect(completeEnd(encode("😀").subarray(0, 3))).toBe(0);
  });
});
