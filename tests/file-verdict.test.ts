// The file's verdict: form vocabulary seen but no record of a known kind → no-form-recognised,
// decided over all the file's documents, whatever order of evidence they bring.
import { describe, expect, it } from "vitest";
import { FileVerdict, verdictOf, type FormEvidence } from "../src/file-verdict.js";
import { parseStream } from "../src/parse-stream.js";
import { parseText } from "../src/parse-text.js";

const warning = (message: string, line: number) => ({ code: "no-form-recognised", severity: "warning", message, line });

describe("FileVerdict", () => {
  it.each<{ name: string; documents: FormEvidence[]; message?: string; line?: number }>([
    {
      name: "names what it saw when no document read a form",
      documents: [
        { forms: 0, tables: 1, signs: [{ word: "项目名称", line: 3 }] },
        { forms: 0, tables: 0, signs: [{ word: "一级指标", line: 12 }, { word: "项目名称", line: 20 }] },
      ],
      message: "saw 项目名称 (line 3), 一级指标 (line 12) but read no form (pe-parse does not know this template or layout yet); kept: 1 table record",
      line: 3,
    },
    {
      name: "is silent when any document read a form",
      documents: [
        { forms: 0, tables: 0, signs: [{ word: "项目名称", line: 3 }] },
        { forms: 2, tables: 0, signs: [] },
      ],
    },
    { name: "is silent on a file without form vocabulary", documents: [{ forms: 0, tables: 3, signs: [] }] },
    {
      name: "names four words and marks the rest",
      documents: [
        {
          forms: 0,
          tables: 0,
          signs: ["自评表", "项目名称", "年度资金总额", "一级指标", "绩效指标"].map((word, i) => ({ word, line: i + 1 })),
        },
      ],
      message:
        "saw 自评表 (line 1), 项目名称 (line 2), 年度资金总额 (line 3), 一级指标 (line 4) … but read no form (pe-parse does not know this template or layout yet); kept: no table either",
      line: 1,
    },
  ])("$name", ({ documents, message, line }) => {
    const verdict = new FileVerdict();
    for (const d of documents) verdict.add(d);
    expect(verdict.verdict()).toEqual(message === undefined ? undefined : warning(message, line as number));
    // The evidence merged and passed on (a worker that read the file whole) gives the same verdict.
    expect(verdictOf(verdict.evidence())).toEqual(verdict.verdict());
  });
});

describe("FileVerdict on a file with text but no table", () => {
  it.each<{ name: string; documents: FormEvidence[]; lines?: number }>([
    { name: "says why it gave no record, counting every document's lines", documents: [{ forms: 0, tables: 0, signs: [], textLines: 2 }, { forms: 0, tables: 0, signs: [], textLines: 1 }], lines: 3 },
    { name: "is silent on a file of blank lines only", documents: [{ forms: 0, tables: 0, signs: [], textLines: 0 }] },
    { name: "is silent where a document gave a table record", documents: [{ forms: 0, tables: 1, signs: [], textLines: 0 }, { forms: 0, tables: 0, signs: [], textLines: 4 }] },
  ])("$name", ({ documents, lines }) => {
    const verdict = new FileVerdict();
    for (const d of documents) verdict.add(d);
    const got = verdict.verdict();
    expect(got?.code).toBe(lines === undefined ? undefined : "no-table");
    if (lines !== undefined) expect(got?.message).toMatch(new RegExp(`^no record: the file's ${lines} lines of text hold no table`));
    expect(verdictOf(verdict.evidence())).toEqual(got);
  });

  it("parseText gives no-table for a notice's prose, and nothing for blank lines", () => {
    const prose = parseText("关于公开2022年度部门预算的说明\n\n根据有关规定，现将情况说明如下。\n");
    expect(prose.records).toEqual([]);
    expect(prose.diagnostics.map((d) => [d.code, d.severity])).toEqual([["no-table", "warning"]]);
    expect(parseText("\n\n  \n").diagnostics).toEqual([]);
  });
});

describe("the verdict of a parse", () => {
  const unknown = "项目名称\u200b\t\t某项目\n一级指标说明\t甲\n1\t2\n";

  it("parseText gives no-form-recognised for a text with form words and no form", () => {
    const result = parseText("某单位绩效自评表\n甲\t乙\n1\t2\n");
    expect(result.records.map((r) => r.kind)).toEqual(["table"]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["no-form-recognised"]);
  });

  it("parseStream decides once, on the file's last document", async () => {
    const filler = "甲\t乙\n".repeat(4000);
    // A text line after table rows is where the splitter cuts (document-splitter.ts).
    const text = `${unknown}${filler}附注一\n${filler}附注二\n${filler}`;
    const results = [];
    for await (const r of parseStream([new TextEncoder().encode(text)], { file: "x.txt", minChars: 1024 })) results.push(r);
    expect(results.length).toBeGreaterThan(1);
    const codes = results.map((r) => r.diagnostics.map((d) => d.code));
    expect(codes.slice(0, -1).flat()).not.toContain("no-form-recognised");
    expect(codes[codes.length - 1]).toContain("no-form-recognised");
  });
});
