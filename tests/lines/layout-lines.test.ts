// intoHalves: the cells of a 部门决算 row that lost its TABs, placed in their 收入 | 支出 halves.
import { describe, expect, it } from "vitest";
import { intoHalves, piece } from "../../src/lines/layout-lines.js";

/** The row's cells placed in two halves of 项目 ¦ 行次 ¦ 金额 (columns 0–2 and 3–5), as texts. */
function placed(...texts: string[]): string[] {
  const cells = texts.map((t) => piece(t, 1));
  return intoHalves(cells, [0, 3], 6, 1).map((c) => c?.facts.text ?? "");
}

describe("intoHalves", () => {
  it.each([
    ["30", "61"],
    ["３０", "６１"],
  ])("reads %s %s, both halves empty but for their 行次, as the two halves' 行次", (first, second) => {
    expect(placed(first, second)).toEqual(["", first, "", "", second, ""]);
  });

  it.each([
    ["9", "九、卫生健康支出", "40", "0.00"],
    ["９", "九、卫生健康支出", "４０", "0.00"],
  ])("reads %s then a 支出 item as the 收入 half's lone 行次", (lineNo, item, itemNo, amount) => {
    expect(placed(lineNo, item, itemNo, amount)).toEqual(["", lineNo, "", item, itemNo, amount]);
  });

  it("keeps an amount after the 行次 in its half", () => {
    expect(placed("一、一般公共预算财政拨款收入", "1", "1,035.00", "一、一般公共服务支出", "31", "0.00")).toEqual([
      "一、一般公共预算财政拨款收入",
      "1",
      "1,035.00",
      "一、一般公共服务支出",
      "31",
      "0.00",
    ]);
  });
});
