// Where the DocumentSplitter cuts: only where a text line follows a table row, once a document is
// `minChars` long, whatever the chunks the text arrives in.
import { describe, expect, it } from "vitest";
import { DocumentSplitter } from "../../src/document/document-splitter.js";

function cut(chunks: readonly string[], minChars = 1): Array<{ text: string; firstLine: number }> {
  const splitter = new DocumentSplitter(minChars);
  const out = chunks.flatMap((chunk) => splitter.push(chunk));
  return [...out, ...splitter.end()];
}

describe("DocumentSplitter", () => {
  it("cuts before a text line that follows a table row, numbering the next document's lines", () => {
    expect(cut(["标题\n项目\t甲\n下一张表\n项目\t乙\n"])).toEqual([
      { text: "标题\n项目\t甲\n", firstLine: 1 },
      { text: "下一张表\n项目\t乙\n", firstLine: 3 },
    ]);
  });

  it("does not cut between text lines, nor between a blank line and what follows", () => {
    expect(cut(["标题\n年度\n\n项目\t甲\n"])).toEqual([{ text: "标题\n年度\n\n项目\t甲\n", firstLine: 1 }]);
  });

  it("does not cut before minChars", () => {
    const text = "项目\t甲\n下一张表\n项目\t乙\n";
    expect(cut([text], text.length)).toEqual([{ text, firstLine: 1 }]);
  });

  it("sees a TAB that arrives in a later chunk than the start of its line", () => {
    // `甲` has no TAB when the first chunk ends; the row is `甲\t乙`, so `下一张表` follows a table row.
    expect(cut(["标题\n甲", "\t乙\n下一张表\n"])).toEqual([
      { text: "标题\n甲\t乙\n", firstLine: 1 },
      { text: "下一张表\n", firstLine: 3 },
    ]);
  });

  it("treats a line of TABs and spaces as blank, not as a table row", () => {
    expect(cut(["标题\n\t \t\u3000\n下一张表\n"])).toEqual([{ text: "标题\n\t \t\u3000\n下一张表\n", firstLine: 1 }]);
  });

  it("gives the same documents for any chunking", () => {
    const text = "标题\n项目\t甲\n\n下一张表\n其中\t1\t2\n说明文字\n尾\t行\n";
    const whole = cut([text]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(cut(chunks)).toEqual(whole);
    }
  });
});
