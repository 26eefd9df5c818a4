// The line vocabulary passes chevrotain's own lexer checks (the command skips them at start-up).
import { describe, expect, it } from "vitest";
import { chevrotain } from "../../grammars/chevrotain.js";
import { lineLexer, lineTokens, Newline, TableLine, TextLine } from "../../grammars/line-tokens.js";

describe("lineLexer", () => {
  it("builds with chevrotain's lexer validations on, without definition errors", () => {
    const checked = new chevrotain.Lexer(lineTokens, { positionTracking: "onlyOffset", ensureOptimizations: false });
    expect(checked.lexerDefinitionErrors).toEqual([]);
  });

  it("loses nothing in safe mode: the analysed lexer cannot use the first-char optimisation either", () => {
    const analysed = new chevrotain.Lexer(lineTokens, { positionTracking: "onlyOffset", ensureOptimizations: false });
    expect((analysed as unknown as { canModeBeOptimized: Record<string, boolean> }).canModeBeOptimized).toEqual({ defaultMode: false });
  });

  it("lexes a table row, a text line and a blank line as the checked lexer does", () => {
    const text = "项目名称\t\t社保工作专项经费\n（2021 年度）\n\n";
    const checked = new chevrotain.Lexer(lineTokens, { positionTracking: "onlyOffset", ensureOptimizations: false });
    const types = (tokens: { tokenType: unknown }[]): unknown[] => tokens.map((t) => t.tokenType);
    expect(types(lineLexer.tokenize(text).tokens)).toEqual(types(checked.tokenize(text).tokens));
    expect(types(lineLexer.tokenize(text).tokens)[0]).toBe(TableLine);
    expect(types(lineLexer.tokenize(text).tokens)).toContain(Newline);
    expect(lineLexer.tokenize(text).tokens.some((t) => t.tokenType === TextLine || (t.tokenType as { CATEGORIES?: unknown[] }).CATEGORIES?.includes(TextLine))).toBe(true);
  });
});
