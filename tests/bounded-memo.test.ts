import { describe, expect, it } from "vitest";
import { boundedMemo } from "../src/bounded-memo.js";

describe("boundedMemo", () => {
  it("computes each distinct text once, including texts whose value is undefined", () => {
    const seen: string[] = [];
    const lookup = boundedMemo((text) => {
      seen.push(text);
      return text === "x" ? undefined : text.length;
    });
    expect([lookup("ab"), lookup("x"), lookup("ab"), lookup("x")]).toEqual([2, undefined, 2, undefined]);
    expect(seen).toEqual(["ab", "x"]);
  });

  it("empties itself when full and recomputes afterwards", () => {
    let calls = 0;
    const lookup = boundedMemo((text) => (calls++, text), 2);
    lookup("a");
    lookup("b");
    lookup("c"); // full: memo cleared, holds only "c"
    lookup("c");
    expect(calls).toBe(3);
    lookup("a");
    expect(calls).toBe(4);
  });
});
