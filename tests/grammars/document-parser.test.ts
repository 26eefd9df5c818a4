// The document grammar passes chevrotain's own checks (the command skips them at start-up), and its
// block choices, read over row tokens alone.
import type { IToken, TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { DocumentParser, type ParsedBlock } from "../../grammars/document-parser.js";
import * as T from "../../grammars/row-tokens.js";

function tokensOf(types: readonly TokenType[]): IToken[] {
  return types.map((type, i) => ({
    image: "",
    startOffset: i + 1,
    endOffset: i + 1,
    startLine: i + 1,
    endLine: i + 1,
    startColumn: 1,
    endColumn: 1,
    tokenTypeIdx: type.tokenTypeIdx as number,
    tokenType: type,
  }));
}

/** Each block as its kind and the lines of its rows. */
function blocksOf(types: readonly TokenType[]): string[] {
  const { blocks, errors } = new DocumentParser().parse(tokensOf(types));
  expect(errors).toBe(0);
  return blocks.map((block: ParsedBlock) => {
    if (block.kind === "form") return `form ${block.rows.map((r) => `${r.part}@${r.token.startLine}`).join(" ")}`;
    if (block.kind === "table") return `table ${block.rows.map((r) => r.startLine).join(" ")}`;
    if (block.kind === "text") return `text ${block.token.startLine}`;
    if (block.kind === "list") return `list ${block.header.startLine}: ${block.rows.map((r) => r.startLine).join(" ")}`;
    return `account ${block.code.startLine}`;
  });
}

describe("DocumentParser", () => {
  it("builds with chevrotain's grammar validations on (no ambiguity or recursion errors)", () => {
    expect(() => new DocumentParser({ validate: true })).not.toThrow();
  });

  it.each([
    {
      name: "labelled rows above identity rows open the form",
      rows: [T.ExtraRow, T.DataRow, T.PageBreak, T.ExtraRow, T.ProjectNameRow, T.FundsHeaderRow, T.FundsRow],
      blocks: ["form extra@1 extra@2 extra@4 identity@5 fundsHeader@6 funds@7"],
    },
    {
      name: "labelled rows followed by anything else are a loose table, which goes on over loose rows",
      rows: [T.ExtraRow, T.DataRow, T.FundsRow, T.PageBreak, T.TotalRow, T.Text],
      blocks: ["table 1 2 3 5", "text 6"],
    },
    {
      name: "labelled rows before a list stay a table of their own",
      rows: [T.ExtraRow, T.ListHeaderRow, T.DataRow],
      blocks: ["table 1", "list 2: 3"],
    },
    {
      name: "a form's identity rows open it without labelled rows",
      rows: [T.Text, T.ProjectNameRow, T.IdentityRow, T.TotalRow],
      blocks: ["text 1", "form identity@2 identity@3 total@4"],
    },
    {
      name: "a section without identity rows opens a headless form",
      rows: [T.IndicatorHeaderRow, T.DataRow, T.TotalRow, T.ExtraRow],
      blocks: ["form indicatorHeader@1 indicators@2 total@3 extra@4"],
    },
  ])("$name", ({ rows, blocks }) => {
    expect(blocksOf(rows)).toEqual(blocks);
  });
});
