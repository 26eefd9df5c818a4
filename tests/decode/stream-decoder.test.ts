// StreamDecoder: the same detection as decodeBytes, over chunks that split characters and CRLF.
import { describe, expect, it } from "vitest";
import { StreamDecoder } from "../../src/decode/stream-decoder.js";

function decodeInChunks(bytes: Uint8Array, size: number, forced?: string): StreamDecoder & { text: string } {
  const decoder = new StreamDecoder(forced);
  let text = "";
  for (let i = 0; i < bytes.length; i += size) text += decoder.push(bytes.subarray(i, i + size));
  text += decoder.end();
  return Object.assign(decoder, { text });
}

const sample = "项目名称\t社保工作专项经费\r\n年度资金总额\t8.89\r（2021 年度）\n";
const expected = "项目名称\t社保工作专项经费\n年度资金总额\t8.89\n（2021 年度）\n";

describe("StreamDecoder", () => {
  it.each([1, 2, 3, 7, 1000])("decodes UTF-8 split every %i bytes, joining CRLF and multi-byte characters", (size) => {
    const d = decodeInChunks(new TextEncoder().encode(sample), size);
    expect(d.text).toBe(expected);
    expect(d.encoding).toBe("utf-8");
    expect(d.diagnostics).toEqual([]);
  });

  it("detects GB18030 bytes (项 is CF EE)", () => {
    const gb = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0x09, 0x31, 0x0a]); // 项目\t1\n
    const d = decodeInChunks(gb, 3);
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe("项目\t1\n");
  });

  it("honours a UTF-16LE BOM", () => {
    const body = Buffer.from("项目\t1\n", "utf16le");
    const d = decodeInChunks(new Uint8Array([0xff, 0xfe, ...body]), 5);
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe("项目\t1\n");
  });

  it("refuses binary input with not-a-text-dump", () => {
    const d = decodeInChunks(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 2);
    expect(d.ok).toBe(false);
    expect(d.diagnostics.map((x) => x.code)).toEqual(["not-a-text-dump"]);
  });

  it("counts invalid bytes once and reports encoding-invalid at the end", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("项目\t"), 0xff, 0x0a]);
    const d = decodeInChunks(withBom, 4);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("项目\t\uFFFD\n");
    expect(d.diagnostics.map((x) => x.code)).toEqual(["encoding-invalid"]);
  });

  it("decodes a whole input given at once as it decodes the same bytes in chunks, past the 64 KiB sniff", () => {
    const long = new TextEncoder().encode(sample.repeat(3000)); // ~200 KB: detection reads only the start
    const gb = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0x09, 0x31, 0x0d, 0x0a]);
    for (const bytes of [long, gb, new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x0a]), new Uint8Array()]) {
      const whole = new StreamDecoder();
      const text = whole.whole(bytes);
      const chunked = decodeInChunks(bytes, 4096);
      expect(text).toBe(chunked.text);
      expect(whole.encoding).toBe(chunked.encoding);
      expect(whole.diagnostics).toEqual(chunked.diagnostics);
    }
  });
});
