import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../src/lines/memo.js";

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

  it("keeps four texts per bucket: a fifth pushes out the oldest, which is computed again", () => {
    let calls = 0;
    const lookup = boundedMemo((text) => (calls++, text), 4); // one bucket of four entries
    for (const t of ["a", "b", "c", "d"]) lookup(t);
    expect(calls).toBe(4);
    for (const t of ["a", "b", "c", "d"]) lookup(t);
    expect(calls).toBe(4);
    lookup("e"); // pushes out "a", the oldest
    for (const t of ["b", "c", "d", "e"]) lookup(t);
    expect(calls).toBe(5);
    lookup("a");
    expect(calls).toBe(6);
  });

  it("answers what the function answers, however the texts share buckets (cut from a longer text or not)", () => {
    const words = ["", "0", "-", "100%", "预算数", "年度资金总额（万元）：", "经费专款专用率，经费专款专业率", "473", "4.73", "≥95%"];
    const line = words.join("\t");
    const cut = line.split("\t"); // slices of the line, as cells are
    const f = (text: string): string => `${text.length}:${text}`;
    for (const slots of [4, 8, 1 << 14]) {
      const lookup = boundedMemo(f, slots);
      for (let round = 0; round < 3; round++) {
        for (const [i, text] of [...words, ...cut].entries()) expect(lookup(text), `${slots} slots, text ${i}`).toBe(f(text));
      }
    }
  });
});
