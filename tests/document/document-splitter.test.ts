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

  it.each(["综合评价得分98.5分。", "\n经评价，该项目自评得分为92分。"])("does not cut between a table and the score written under it (%s), but after it", (score) => {
    expect(cut([`项目\t甲\n${score}\n下一张表\n项目\t乙\n`])).toEqual([
      { text: `项目\t甲\n${score}\n`, firstLine: 1 },
      { text: "下一张表\n项目\t乙\n", firstLine: score.startsWith("\n") ? 4 : 3 },
    ]);
  });

  it.each([
    ["三、自评结论\n综合评价得分98.5分。", 5],
    ["四、绩效自评结论\n\n（一）综合评价\n经评价，该项目自评得分为92分。", 7],
    ["三、评价结果\n项目绩效考核得分：98.5 分\n综合得分98.5分", 6],
  ])("does not cut inside a table's tail, a score stated a few lines under it (%j), but after it", (tail, nextLine) => {
    const chunks = [`项目\t甲\n${tail}\n下一张表\n项目\t乙\n`];
    const expected = [
      { text: `项目\t甲\n${tail}\n`, firstLine: 1 },
      { text: "下一张表\n项目\t乙\n", firstLine: nextLine - 1 },
    ];
    expect(cut(chunks)).toEqual(expected);
    // Whatever the chunks the text arrives in: the tail's lines may not all be here at first.
    expect(cut([...chunks[0] as string].map((ch) => ch))).toEqual(expected);
  });

  it.each([
    ["三、自评结论\n（一）总体情况\n项目按计划实施。\n（二）评价结果\n综合评价得分98.5分。"],
    ["三、自评结论\n甲\t乙\n综合评价得分98.5分。"],
  ])("cuts before text under a table whose score comes later than the tail allows or after a row (%j)", (rest) => {
    expect(cut([`项目\t甲\n${rest}\n`])[0]).toEqual({ text: "项目\t甲\n", firstLine: 1 });
  });

  it.each([
    ["二、绩效目标完成情况", "年度总体目标\t预期目标\t实际完成情况"],
    ["绩效指标", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值"],
    ["单位：万元", "项目资金\t年初预算数\t全年预算数\t全年执行数"],
    ["二、绩效目标完成情况", "\t\t\n年度总体目标\t预期目标\t实际完成情况"],
  ])("does not cut before a heading (%j) right above a row opening a part of a form: the form goes on past it", (heading, part) => {
    const text = `项目\t甲\n${heading}\n${part}\n`;
    expect(cut([text])).toEqual([{ text, firstLine: 1 }]);
  });

  it("still cuts before a heading-like line that no part's row follows, also when it is the last line", () => {
    expect(cut(["项目\t甲\n附件二\n甲\t乙\n"])).toEqual([
      { text: "项目\t甲\n", firstLine: 1 },
      { text: "附件二\n甲\t乙\n", firstLine: 2 },
    ]);
    expect(cut(["项目\t甲\n", "附件二\n"])).toEqual([
      { text: "项目\t甲\n", firstLine: 1 },
      { text: "附件二\n", firstLine: 2 },
    ]);
  });

  it.each(["第 1 页，共 2 页", "- 2 -", "共3页 第2页", "（续表）"])("does not cut at a page's mark (%s) between rows of a table: it is a page break", (page) => {
    const text = `项目\t甲\n${page}\n项目\t乙\n`;
    expect(cut([text])).toEqual([{ text, firstLine: 1 }]);
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

describe("a table with no cut point", () => {
  it("is cut at a row boundary past maxTableChars, the document before the cut marked as continuing", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i + 1}\t甲\t${i}.5\n`).join("");
    const splitter = new DocumentSplitter(1, 64, 100);
    const docs = [...splitter.push(rows), ...splitter.end()];
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.map((d) => d.text).join("")).toBe(rows);
    for (const d of docs.slice(0, -1)) {
      expect(d.continues).toBe(true);
      expect(d.text.length).toBeLessThanOrEqual(100 + 12);
      expect(d.text.endsWith("\n")).toBe(true);
    }
    expect(docs[docs.length - 1]?.continues).toBeUndefined();
    expect(docs[1]?.firstLine).toBe(docs[0]!.text.split("\n").length);
  });

  it("bounds every document of a generated big table read as a stream, with a table-cut warning per cut", async () => {
    const { parseStream } = await import("../../src/parse-stream.js");
    const row = "¦1¦二、社会保障和就业支出¦208¦12,345.67¦0.00¦12,345.67\n".replace(/¦/g, "\t");
    const rowsPerChunk = 500;
    const chunks = 16; // 8,000 rows, ~0.5 MB, never held whole
    async function* big(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode("公开01表\n收入支出决算总表\n项目\t行次\t金额\n");
      for (let i = 0; i < chunks; i++) yield encoder.encode(row.repeat(rowsPerChunk));
    }
    let documents = 0;
    let cuts = 0;
    let firstLine = 0;
    for await (const result of parseStream(big(), { file: "big.txt", maxChars: 32 << 10, maxTableChars: 64 << 10 })) {
      documents++;
      const lines = [...result.records.map((r) => r.source.endLine), ...result.unmapped.map((u) => u.line)];
      if (lines.length > 0) expect(Math.max(...lines) - firstLine).toBeLessThan((64 << 10) / 20);
      firstLine = lines.length > 0 ? Math.max(...lines) : firstLine;
      cuts += result.diagnostics.filter((d) => d.code === "table-cut" && d.severity === "warning").length;
    }
    expect(documents).toBeGreaterThan(4);
    expect(cuts).toBe(documents - 1);
  });

  it("is cut by lines too, not only characters: short rows cut at the default bound of lines", () => {
    // 5 M rows of `a¦b` (20 MB, under any bound of characters) made one parse of 4.5 GB that failed.
    const rows = "a\tb\n".repeat(50_000);
    const splitter = new DocumentSplitter();
    const docs = [...splitter.push(rows), ...splitter.end()];
    expect(docs.map((d) => d.text).join("")).toBe(rows);
    const lines = docs.map((d) => d.text.split("\n").length - 1);
    expect(docs.length).toBeGreaterThan(2);
    for (const n of lines) expect(n).toBeLessThanOrEqual(20 * 1024);
    expect(docs.slice(0, -1).every((d) => d.continues === true)).toBe(true);
  });

  it("is cut at a page break past maxLines before it needs a cut inside a table", () => {
    const page = "甲\t1\n".repeat(6) + "\n";
    const splitter = new DocumentSplitter(1, 1 << 20, 1 << 20, 10, 20);
    const docs = [...splitter.push(page.repeat(5)), ...splitter.end()];
    expect(docs.map((d) => d.text).join("")).toBe(page.repeat(5));
    expect(docs.length).toBeGreaterThan(1);
    for (const d of docs.slice(0, -1)) expect(d.continues).toBeUndefined();
    // Each cut is at a page break: the next document starts with it.
    for (const d of docs.slice(1)) expect(d.text.startsWith("\n")).toBe(true);
  });
});

