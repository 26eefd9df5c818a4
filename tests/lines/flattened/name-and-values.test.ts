// An indicator's glued name and values cut where a value starts.
import { describe, expect, it } from "vitest";
import { splitNameAndValues } from "../../../src/lines/flattened/name-and-values.js";

describe("splitNameAndValues", () => {
  it.each([
    ["受益学生人数≥800人856人", ["受益学生人数", "≥800人", "856人"]],
    ["家长满意度≥90%94%", ["家长满意度", "≥90%", "94%"]],
    ["学生综合素质提升有效提升有效提升", ["学生综合素质提升", "有效提升", "有效提升"]],
  ])("splits 「%s」 into name, target and actual", (text, parts) => {
    expect(splitNameAndValues(text, 2)).toEqual(parts);
  });
});
