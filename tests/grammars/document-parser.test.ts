// The document grammar passes chevrotain's own checks (the command skips them at start-up).
import { describe, expect, it } from "vitest";
import { DocumentParser } from "../../grammars/document-parser.js";

describe("DocumentParser", () => {
  it("builds with chevrotain's grammar validations on (no ambiguity or recursion errors)", () => {
    expect(() => new DocumentParser({ validate: true })).not.toThrow();
  });
});
