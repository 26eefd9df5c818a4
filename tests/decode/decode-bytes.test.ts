// decodeBytes: bytes → text. BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else GB18030; CRLF and CR
// become LF; NUL bytes outside UTF-16 are refused (not-a-text-dump); invalid bytes are reported.
import { describe, expect, it } from "vitest";
import { decodeBytes, normalizeLineEnds, type Decoded } from "../../src/decode/decode-bytes.js";

const hex = (s: string): Uint8Array => Uint8Array.from(s.trim().split(/\s+/).map((b) => parseInt(b, 16)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, "utf16le"));
const utf16be = (s: string): Uint8Array => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return Uint8Array.from(b);
};
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

const BOM8 = hex("ef bb bf");
const BOM16LE = hex("ff fe");
const BOM16BE = hex("fe ff");

// 001 line 7 `项目名称¦¦劳务派遣人员经费（人社局）` and its line end, in GBK/GB18030 (no encoder in Node:
// the bytes are written out; the first test checks them against Node's own gb18030 decoder)
const GBK_001_7 = hex(`
  cf ee c4 bf c3 fb b3 c6 09 09 c0 cd ce f1 c5 c9 c7 b2 c8 cb d4 b1 be ad b7 d1
  a3 a8 c8 cb c9 e7 be d6 a3 a9 0d 0a`);
const TEXT_001_7 = "项目名称\t\t劳务派遣人员经费（人社局）";

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly forced?: string;
  readonly decoded: Decoded;
}

const cases: Case[] = [
  {
    // 004 line 12
    name: "reads UTF-8 without a BOM",
    bytes: utf8("\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t\n"),
    decoded: { text: "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t\n", encoding: "utf-8", diagnostics: [], ok: true },
  },
  {
    // 004 line 5; the BOM is not part of the text
    name: "reads UTF-8 with a BOM and drops the BOM",
    bytes: concat(BOM8, utf8("社保工作专项经费项目支出绩效自评表\n")),
    decoded: { text: "社保工作专项经费项目支出绩效自评表\n", encoding: "utf-8", diagnostics: [], ok: true },
  },
  {
    // 001 line 7
    name: "reads UTF-16LE with a BOM",
    bytes: concat(BOM16LE, utf16le(TEXT_001_7 + "\r\n")),
    decoded: { text: TEXT_001_7 + "\n", encoding: "utf-16le", diagnostics: [], ok: true },
  },
  {
    // 001 line 7
    name: "reads UTF-16BE with a BOM",
    bytes: concat(BOM16BE, utf16be(TEXT_001_7 + "\r\n")),
    decoded: { text: TEXT_001_7 + "\n", encoding: "utf-16be", diagnostics: [], ok: true },
  },
  {
    // 004 line 45 `总分¦¦¦¦¦100¦93.9`'s numbers: ASCII in UTF-16 puts NUL in every other byte
    name: "recognises ASCII-heavy UTF-16LE without a BOM",
    bytes: utf16le("\t\t\t\t\t100\t93.9\t\t\t\n"),
    decoded: { text: "\t\t\t\t\t100\t93.9\t\t\t\n", encoding: "utf-16le", diagnostics: [], ok: true },
  },
  {
    name: "recognises ASCII-heavy UTF-16BE without a BOM",
    bytes: utf16be("\t\t\t\t\t100\t93.9\t\t\t\n"),
    decoded: { text: "\t\t\t\t\t100\t93.9\t\t\t\n", encoding: "utf-16be", diagnostics: [], ok: true },
  },
  {
    name: "reads GB18030/GBK bytes that are not UTF-8, with CRLF made LF (001 line 7)",
    bytes: GBK_001_7,
    decoded: { text: TEXT_001_7 + "\n", encoding: "gb18030", diagnostics: [], ok: true },
  },
  {
    // GB18030's four-byte form: U+20000 𠀀 is 95 32 82 36; U+00B7 · is A1 A4
    name: "reads GB18030 four-byte sequences",
    bytes: hex("95 32 82 36 09 a1 a4 0a"),
    decoded: { text: "𠀀\t·\n", encoding: "gb18030", diagnostics: [], ok: true },
  },
  {
    // 001 lines 427–429 with CR, CRLF and a CRLF page break
    name: "turns CRLF and lone CR into LF",
    bytes: utf8("项目资金\t年初预算数\r\r\n(万元)\t\t\t\t数\t值\r\n"),
    decoded: { text: "项目资金\t年初预算数\n\n(万元)\t\t\t\t数\t值\n", encoding: "utf-8", diagnostics: [], ok: true },
  },
  {
    // a PNG signature and the start of its IHDR chunk
    name: "refuses binary data with NUL bytes as not-a-text-dump",
    bytes: hex("89 50 4e 47 0d 0a 1a 0a 00 00 00 0d 49 48 44 52"),
    decoded: {
      text: "",
      encoding: "binary",
      diagnostics: [{ code: "not-a-text-dump", severity: "error", message: "not a text dump: it contains NUL bytes (binary data)" }],
      ok: false,
    },
  },
  {
    // the header comment's limit: CJK-heavy UTF-16 has too few NULs to be recognised; only its TAB
    // and LF give NUL bytes, and README/SPEC accept UTF-16 with a BOM only (001 line 7)
    name: "refuses CJK-heavy UTF-16LE without a BOM as not-a-text-dump",
    bytes: utf16le(TEXT_001_7 + "\n"),
    decoded: {
      text: "",
      encoding: "binary",
      diagnostics: [{ code: "not-a-text-dump", severity: "error", message: "not a text dump: it contains NUL bytes (binary data)" }],
      ok: false,
    },
  },
  {
    // 001 line 7's 项目 in GBK, then a byte invalid in both UTF-8 and GB18030
    name: "decodes leniently and reports encoding-invalid for bytes invalid in every encoding",
    bytes: hex("cf ee c4 bf ff 0a"),
    decoded: {
      text: "项目\uFFFD\n",
      encoding: "gb18030",
      diagnostics: [
        { code: "encoding-invalid", severity: "warning", message: "1 byte sequences are invalid in gb18030; replaced with U+FFFD" },
      ],
      ok: true,
    },
  },
  {
    name: "reads an empty file as empty UTF-8 text",
    bytes: new Uint8Array(),
    decoded: { text: "", encoding: "utf-8", diagnostics: [], ok: true },
  },
  {
    name: "decodes with a forced encoding and names it as given (001 line 7 as gbk)",
    bytes: GBK_001_7,
    forced: "gbk",
    decoded: { text: TEXT_001_7 + "\n", encoding: "gbk", diagnostics: [], ok: true },
  },
  {
    // 项目 in GBK read as UTF-8: CF EE and C4 BF; C4 BF happens to be valid UTF-8 (Ŀ)
    name: "reports encoding-invalid when a forced encoding does not fit the bytes",
    bytes: hex("cf ee c4 bf"),
    forced: "utf-8",
    decoded: {
      text: "\uFFFD\uFFFDĿ",
      encoding: "utf-8",
      diagnostics: [
        { code: "encoding-invalid", severity: "warning", message: "2 byte sequences are invalid in utf-8; replaced with U+FFFD" },
      ],
      ok: true,
    },
  },
];

describe("decodeBytes", () => {
  it("uses GB18030 test bytes that Node's own decoder reads as 001 line 7", () => {
    expect(new TextDecoder("gb18030").decode(GBK_001_7)).toBe(TEXT_001_7 + "\r\n");
    expect(new TextDecoder("gbk").decode(hex("cf ee c4 bf"))).toBe("项目");
  });

  it.each(cases)("$name", ({ bytes, forced, decoded }) => {
    expect(decodeBytes(bytes, forced)).toEqual(decoded);
  });

  it("prefers UTF-8 over GB18030 for bytes valid in both (001 line 7's 项目名称 in UTF-8)", () => {
    const bytes = utf8("项目名称");
    // the same bytes are valid GB18030 too, reading as mojibake
    expect(new TextDecoder("gb18030", { fatal: true }).decode(bytes)).toBe("椤圭洰鍚嶇О");
    expect(decodeBytes(bytes)).toEqual({ text: "项目名称", encoding: "utf-8", diagnostics: [], ok: true });
  });
  it("reports encoding-invalid for invalid bytes after a UTF-8 BOM", () => {
    // 项 in UTF-8 (E9 A1 B9), then a byte invalid in UTF-8
    const decoded = decodeBytes(concat(BOM8, hex("e9 a1 b9 ff 0a")));
    expect(decoded.text).toBe("项\uFFFD\n");
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(["encoding-invalid"]);
  });
  it("reports encoding-invalid for a lone surrogate after a UTF-16LE BOM", () => {
    const decoded = decodeBytes(concat(BOM16LE, hex("00 d8 41 00")));
    expect(decoded.text).toBe("\uFFFDA");
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(["encoding-invalid"]);
  });
});

describe("normalizeLineEnds", () => {
  it.each([
    ["CRLF", "总分\t100\t93.9\r\n", "总分\t100\t93.9\n"],
    ["lone CR", "总分\t100\t93.9\r", "总分\t100\t93.9\n"],
    ["CR CRLF (a page break)", "a\r\r\nb", "a\n\nb"],
    ["LF only, untouched", "a\n\nb\n", "a\n\nb\n"],
  ])("normalises %s", (_what, text, normalised) => {
    expect(normalizeLineEnds(text)).toBe(normalised);
  });
});
