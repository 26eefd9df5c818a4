// The 绩效指标 section of a form scrambled onto one line: value groups by the header's columns and
// their shapes, the 总分 by the weights' sum, names and 二级指标 paired with them by order only when
// the counts agree — and that pairing reported.
import { describe, expect, it } from "vitest";
import { newContext } from "../../../src/lines/flattened/context.js";
import { FormTokens } from "../../../src/lines/flattened/form-tokens.js";
import { readScrambledIndicators } from "../../../src/lines/flattened/scrambled-indicators.js";
import type { Line } from "../../../src/lines/model.js";

const rows = (lines: readonly Line[]): string[] => lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : ""));

interface Case {
  readonly name: string;
  readonly text: string;
  readonly fundsWeight?: number;
  readonly fundsScore?: number;
  readonly rows: string[];
  readonly codes: string[];
  readonly unread: string[];
}

const HEADER = "一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分";

const cases: Case[] = [
  {
    name: "pairs names, 二级指标 and value groups by order, joins a one-character wrap and reads the 总分 the weights add up to (01 P1)",
    text: "一级指标 二级指标 数量指标 三级指标 服务人数达 年度 指标值 实际 完成值 分值 得分 ≥100人 120人 50 50 及时 及时 40 38 100 98 标 产出指标 时效指标 绩 效 指 标 发放及时性 总分 -1-",
    fundsWeight: 10,
    fundsScore: 10,
    rows: [HEADER, "¦数量指标¦服务人数达标¦≥100人¦120人¦50¦50", "¦时效指标¦发放及时性¦及时¦及时¦40¦38", "总分¦¦¦¦¦100¦98"],
    codes: ["placed-by-arithmetic", "cell-joined", "matched-by-order"],
    unread: [],
  },
  {
    name: "reads value groups after the names and the 总分's numbers after its label, text in reading order (synthetic 14b)",
    text: "绩效指标 一级指标 二级指标 三级指标 指标值 完成值 权重 得分 产出指标 数量指标 养护里程 满意度指标 服务对象满意度指标 群众满意度 ≥120公里 126公里 60 60 ≥90% 93% 30 30 总分 100 100",
    fundsWeight: 10,
    fundsScore: 10,
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分", "¦数量指标¦养护里程¦≥120公里¦126公里¦60¦60", "¦服务对象满意度指标¦群众满意度¦≥90%¦93%¦30¦30", "总分¦¦¦¦¦100¦100"],
    codes: ["placed-by-arithmetic", "matched-by-order"],
    unread: [],
  },
  {
    name: "leaves the 总分's numbers unread when the weights do not add up to them",
    text: "一级指标 二级指标 数量指标 三级指标 服务人数 年度 指标值 实际 完成值 分值 得分 ≥100人 120人 50 50 100 98 总分",
    fundsWeight: 10,
    rows: [HEADER, "¦数量指标¦服务人数¦≥100人¦120人¦50¦50", "总分¦¦¦¦¦¦"],
    codes: [],
    unread: ["100", "98"],
  },
  {
    name: "pairs no value with a name when names and groups differ in number, and keeps them unread",
    text: "一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分 ≥100人 120人 50 50 ≥90% 93% 40 40 数量指标 服务人数 满意度指标 服务对象满意度指标 群众满意度 补贴发放率",
    rows: [HEADER],
    codes: [],
    unread: ["≥100人", "120人", "50", "50", "≥90%", "93%", "40", "40", "数量指标", "服务人数", "满意度指标", "服务对象满意度指标", "群众满意度", "补贴发放率"],
  },
  {
    name: "reads the names and 二级指标 of a section cut before its values, a variant level word its canonical form already writes as a name (01 P2)",
    text: "一级指标 二级指标 三级指标 数量指标 产出指标 经费使用率 满意度指标 服务对象满意度指标 满意度 总分 -2- 年度 指标值",
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值", "¦数量指标¦经费使用率¦", "¦服务对象满意度指标¦满意度¦", "总分¦¦¦"],
    codes: ["matched-by-order"],
    unread: [],
  },
];

describe("readScrambledIndicators", () => {
  it.each(cases)("$name", ({ text, fundsWeight, fundsScore, rows: expected, codes, unread }) => {
    const tokens = new FormTokens(text.split(" "));
    const ctx = newContext();
    const { lines } = readScrambledIndicators(tokens, 2, ctx, fundsWeight, fundsScore);
    expect(rows(lines)).toEqual(expected);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(tokens.unread().map((u) => u.text)).toEqual(unread);
  });

  it("names every pair it made by order in its warning", () => {
    const ctx = newContext();
    readScrambledIndicators(new FormTokens((cases[0] as Case).text.split(" ")), 2, ctx, 10, 10);
    const warning = ctx.diagnostics.find((d) => d.code === "matched-by-order");
    expect(warning).toMatchObject({ severity: "warning", line: 2 });
    expect(warning?.message).toContain("「数量指标 / 服务人数达标」 ← ≥100人 120人 50 50");
    expect(warning?.message).toContain("「时效指标 / 发放及时性」 ← 及时 及时 40 38");
  });
});
