// The arithmetic the checks rely on: amounts equal within a cent, 执行率 within 0.6 points or 1 %,
// sums without binary noise.
import { describe, expect, it } from "vitest";
import { amountsAgree, rateHolds, roundConverted, roundSum, sumOfStated } from "../../src/forms/arithmetic.js";

describe("amountsAgree", () => {
  it.each([
    // 000 line 24: 9 − 6.13 against the stated 2.87
    { source: "000 line 24", a: 9 - 6.13, b: 2.87, agree: true },
    // 000 line 26: 5.86 − 5.831 = 0.029, a cent off is still equal
    { source: "000 line 26, a cent off", a: 5.86 - 5.831, b: 0.039, agree: true },
    { source: "000 line 26, two cents off", a: 5.86 - 5.831, b: 0.049, agree: false },
    // 004 lines 12–14: 5.4 + 3.49 = 8.89
    { source: "004 lines 12–14", a: 5.4 + 3.49, b: 8.89, agree: true },
  ])("tells whether two amounts agree within a cent ($source): $agree", ({ a, b, agree }) => {
    expect(amountsAgree(a, b)).toBe(agree);
  });
});

describe("rateHolds", () => {
  it.each([
    // 004 line 12: 3.49 ÷ 8.89 = 39.26 %, stated 39.25%
    { source: "004 line 12", rate: 39.25, computed: (3.49 / 8.89) * 100, holds: true },
    { source: "004 line 12, stated 39.9", rate: 39.9, computed: (3.49 / 8.89) * 100, holds: false },
    // within 1 % of a large rate: 100 against 100.9
    { source: "a large rate, 1 % off", rate: 100, computed: 100.9, holds: true },
    { source: "a large rate, 2 % off", rate: 100, computed: 102, holds: false },
  ])("tells whether a stated 执行率 agrees with 执行数 ÷ 预算数 ($source): $holds", ({ rate, computed, holds }) => {
    expect(rateHolds(rate, computed)).toBe(holds);
  });
});

describe("sums", () => {
  it("rounds away the binary noise of a sum (000 lines 13–14, 42.21 + 6.2)", () => {
    expect(42.21 + 6.2).not.toBe(48.41);
    expect(roundSum(42.21 + 6.2)).toBe(48.41);
  });

  it.each([
    { name: "adds the stated values and skips the empty ones (004 lines 13–15)", values: [5.4, 3.49, null], sum: 5.4 + 3.49 },
    { name: "is null where no value is stated (004 line 15, 其他资金 empty)", values: [null, null], sum: null },
    { name: "keeps a stated 0 (004 line 13, 全年执行数 0)", values: [0, null], sum: 0 },
  ])("$name", ({ values, sum }) => {
    expect(sumOfStated(values)).toBe(sum);
  });

  it("rounds away the noise of a unit conversion (100.57 万元 in 元)", () => {
    expect(roundConverted(100.57 * 10000)).toBe(1005700);
    expect(roundConverted(34900 / 10000)).toBe(3.49);
  });
});
