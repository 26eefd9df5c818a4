// No Chinese word that decides meaning stands outside the vocabulary (grammars/vocabulary/): every
// string, template and regex literal in src/ holding a CJK ideograph is reported, except the
// message catalogue and documentation strings (a zod schema's `.describe`, the command's
// `.description`). Comments are not literals, so they may quote the forms freely.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files.js";

const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Files whose every literal is words for a person: the message catalogue, the Chinese CSV headers. */
const MESSAGE_FILES = new Set(["src/diagnostics/codes.ts", "src/emit/csv-headers-zh.ts"]);
/** Calls whose string arguments document, not decide: `z.string().describe("…")`, commander's `.description("…")`. */
const DOCUMENTING_CALLS = new Set(["describe", "description"]);

function documents(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression;
      return ts.isPropertyAccessExpression(callee) && DOCUMENTING_CALLS.has(callee.name.text);
    }
    if (!ts.isBinaryExpression(at) && !ts.isTemplateSpan(at) && !ts.isTemplateExpression(at) && !ts.isParenthesizedExpression(at)) return false;
  }
  return false;
}

/** `file:line: literal` for each meaning-bearing CJK literal of a source text. */
export function cjkLiterals(path: string, text: string): string[] {
  if (MESSAGE_FILES.has(path)) return [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node) ||
        ts.isRegularExpressionLiteral(node)) &&
      IDEOGRAPH.test(node.text) &&
      !documents(node)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path}:${line + 1}: ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the vocabulary holds every meaning-bearing Chinese word", () => {
  it("finds no CJK literal in src/ outside messages and documentation", () => {
    const found = sourceFiles("src").flatMap((f) => cjkLiterals(f.path, f.text));
    expect(found).toEqual([]);
  });

  it("reports a label written as a literal in a recogniser, and not one in a comment or a message", () => {
    const code = [
      "// 项目名称 in a comment is fine",
      'const isName = (key: string) => key === "项目名称";',
      "const pattern = /年度资金总额/;",
      'const schema = z.string().describe("the 项目名称 column");',
    ].join("\n");
    expect(cjkLiterals("src/forms/example.ts", code)).toEqual([
      'src/forms/example.ts:2: "项目名称"',
      "src/forms/example.ts:3: /年度资金总额/",
    ]);
    expect(cjkLiterals("src/diagnostics/codes.ts", code)).toEqual([]);
  });
});
