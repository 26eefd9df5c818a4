// The tail rule: the lines under a table down to the first that states a score, within the window.
import { describe, expect, it } from "vitest";
import { MAX_LINES_BEFORE_SCORE, scoreTailLength, TAIL_WINDOW } from "../../src/document/score-tail.js";

describe("scoreTailLength", () => {
  it.each([
    [["综合评价得分98.5分。"], 1],
    [["三、自评结论", "综合评价得分92.5分，评价等级为优。"], 2],
    [["四、结论", "（一）综合评价", "经评价，该项目自评得分为92分。"], 3],
    [["四、结论", "（一）综合评价", "（二）得分情况", "项目绩效考核得分：98.5 分"], 4],
    [["四、结论", "（一）综合评价", "（二）得分情况", "（三）说明", "项目绩效考核得分：98.5 分"], 0],
    [["三、自评结论", "该项目总体完成较好。"], 0],
    [["预算执行率95%。"], 0],
    [[], 0],
    // Labelled values at the form's foot, right under the table or under the score line.
    [["填报人：王丽联系电话：0775-6123456"], 1],
    [["综合评价得分98.5分。", "评价人：李强", "复核人：赵梅", "二、其他说明"], 3],
    [["二、其他说明", "填报人：王丽"], 0],
    [["填报单位：某县民政局"], 0],
  ])("%j → %i", (texts, length) => {
    expect(scoreTailLength(texts)).toBe(length);
  });

  it("reads at most the window: a score past it is no tail, whatever follows", () => {
    expect(TAIL_WINDOW).toBe(MAX_LINES_BEFORE_SCORE + 1);
    const headings = Array.from({ length: TAIL_WINDOW }, (_, i) => `（${i + 1}）小结`);
    expect(scoreTailLength([...headings, "综合评价得分98.5分。"])).toBe(0);
    expect(scoreTailLength([...headings.slice(1), "综合评价得分98.5分。"])).toBe(TAIL_WINDOW);
  });
});
