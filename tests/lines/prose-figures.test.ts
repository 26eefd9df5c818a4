// proseFigures: a figure counts when one of the vocabulary's figure words stands right before a
// number with its unit; statesProseScore is the splitter's question (a score written under a form).
import { describe, expect, it } from "vitest";
import { proseFigures, statesProseScore } from "../../src/lines/prose-figures.js";

describe("proseFigures", () => {
  it.each([
    {
      // real/05 line 7
      text: "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。剩余未执行完的0.3792万元为应征入伍学生国家资助经费",
      figures: [
        ["budget", 2596, "万元"],
        ["executed", 2595.6208, "万元"],
        ["rate", 99, "%"],
      ],
    },
    { text: "对照年初绩效目标,自评小组经过自评,综合评价得分为 99.8分。", figures: [["score", 99.8, "分"]] },
    { text: "项目资金总额：1,250,000元，实际支出1,180,000元，资金支出率94.4％。", figures: [["budget", 1250000, "元"], ["executed", 1180000, "元"], ["rate", 94.4, "%"]] },
    { text: "经评价，该项目自评得分92分，等级为优。", figures: [["score", 92, "分"]] },
    // Numbers without a figure word right before them, or without a unit, are prose.
    { text: "鄂财教发[2021]40号文件下达，一名学生4000元的最低资助标准，共资助15935人。", figures: [] },
  ])("reads the figures of 「$text」", ({ text, figures }) => {
    expect(proseFigures(text).map((f) => [f.kind, f.value, f.unit])).toEqual(figures);
  });
});

describe("statesProseScore", () => {
  it.each([
    ["综合评价得分98.5分，评价等级为优。", true],
    ["经评价，该项目自评得分为92分。", true],
    ["项目绩效考核得分：95 分", true],
    ["综合评价得分为优。", false],
    ["项目实际下达预算2596万元", false],
    ["得分说明：按评分标准打分", false],
  ] as const)("「%s」 → %s", (text, states) => {
    expect(statesProseScore(text)).toBe(states);
  });
});
