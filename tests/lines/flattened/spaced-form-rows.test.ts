// A 项目单位自评表 (003's template) and a form with slot labels (001's) written with spaces for TABs
// give the records their TAB dumps give: 资金管理情况 rows whose 情况说明 is a sentence, a level word
// alone on its line (a template slot), a level word with its weight (`产出指标 50分`) and a slot label
// (`指标 1: 发放人数`) each kept as one cell.
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse-text.js";
import type { ProjectRecord } from "../../../src/schema/project.js";

const spaced = (rows: readonly string[][]): string => rows.map((r) => r.filter((c) => c !== "").join(" ")).join("\n");
const tabbed = (rows: readonly string[][]): string => rows.map((r) => r.join("\t")).join("\n");

const reading = (text: string): unknown =>
  (parseText(text).records as ProjectRecord[]).map((r) => ({
    kind: r.kind,
    name: r.name,
    funds: r.funds.lines,
    management: r.management,
    goals: r.goals,
    indicators: r.indicators,
    total: r.total,
  }));

/** A form's title, identity rows and funds lines: what the tests below write before the rows they vary. */
const formHead = (title: string, fundsLabel = "项目资金（万元）", total = ["100", "100", "90", "10", "90%", "9"]): string[][] => [
  [title],
  ["项目名称", "测试项目"],
  ["主管部门", "某局", "实施单位", "某中心"],
  [fundsLabel, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额", ...total],
];

const unitForm = (management: string[][]): string[][] => [
  ["项目单位自评表"],
  ["项目名称", "", "就业见习补贴"],
  ["主管部门", "", "某市人社局", "", "实施单位", "", "某市就业中心"],
  ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额(万元):", "", "100", "100", "95", "10", "95%", "9.5"],
  ["政府性预算资金", "", "100", "100", "95", "-", "95%", "-"],
  ["资金管理情况", "", "情况说明", "", "分值", "得分", "存在问题和改进措施"],
  ...management,
  ["年度总体目标", "", "预期目标", "", "", "实际完成情况"],
  ["", "", "为200名高校毕业生提供见习岗位，提升就业能力。", "", "", "为238名高校毕业生提供见习岗位，就业能力提升。"],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ["成本指标", "经济成本指标", "成本控制率", "≤100%", "100%", "10", "10"],
  ["", "社会成本指标", "", "", "", "", ""],
  ["", "生态环境成本指标", "", "", "", "", ""],
  ["产出指标", "数量指标", "见习人数", "≥200人", "238人", "30", "30"],
  ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥95%", "97%", "30", "30"],
  ["总分", "", "", "", "", "90", "89.5"],
];

describe("a 项目单位自评表 with spaces for TABs", () => {
  it.each([
    [
      "sentences with commas and a full stop",
      [
        ["安排科学性", "", "按照部门预算编制要求，对该项目进行了论证、评审。", "", "5", "4", "资金测算偏紧，下年改进"],
        ["拨付合规性", "", "严格按照国库集中支付制度拨付，未出现违规。", "", "5", "5", "无"],
      ],
    ],
    [
      "a sentence holding a space of its own, and no problems written",
      [
        ["使用规范性", "", "严格按照下达预算的科目执行。 未出现截留、挪用。", "", "5", "5", ""],
        ["预算绩效管理情况", "", "将资金纳入绩效管理，开展绩效监控。", "", "5", "5", "无"],
      ],
    ],
  ])("reads its 资金管理情况 rows (%s), its template slots and the rest as the TAB dump does", (_name, management) => {
    const form = unitForm(management);
    const expected = reading(tabbed(form)) as Array<{ management: unknown[] }>;
    expect(expected).toHaveLength(1);
    expect(expected[0]?.management).toHaveLength(2);
    expect(reading(spaced(form))).toEqual(expected);
  });
});

describe("cells holding a space of their own", () => {
  it.each([
    ["产出指标 50分", "指标 1: 发放人数，按人数发放率"],
    ["产出指标 40分", "指标一、培训人次"],
    ["产出指标 30.5分", "指标 2： 合格率"],
  ])("keeps %s and %s as one cell each", (level1, name) => {
    const form = [
      ...formHead("某某项目支出绩效自评表"),
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      [level1, "数量指标", name, "100人", "100人", "10", "10"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "20", "19"],
      ["总分", "", "", "", "", "40", "38"],
    ];
    const expected = reading(tabbed(form)) as Array<{ indicators: Array<{ name: string }> }>;
    expect(expected[0]?.indicators.map((i) => i.name)).toHaveLength(2);
    expect(reading(spaced(form))).toEqual(expected);
  });
});

describe("indicator rows that start with their name, in spaced text", () => {
  it.each([
    ["指标值设置偏低", "新系统上线，可以线上办理业务。"],
    ["超额完成", "受疫情影响，部分活动延期。"],
  ])("are read with their 偏差度 and a remark (%s / %s) after the 得分", (remark1, remark2) => {
    const form = [
      ...formHead("项目单位自评表", "项目资金(万元)", ["50", "50", "50", "10", "100%", "10"]),
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差度", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "业务受理量", "≥120000笔", "163000笔", "30", "30", "35.83%", remark1],
      ["", "", "培训次数", "≥1次", "12次", "20", "18", "1100.00%", remark1],
      ["", "", "邮寄函", "≥900人次", "80人次", "20", "2", "-91.11%", remark2],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "98%", "20", "20", "0.00%", ""],
      ["总分", "", "", "", "", "100", "80"],
    ];
    const expected = reading(tabbed(form)) as Array<{ indicators: unknown[] }>;
    expect(expected[0]?.indicators).toHaveLength(4);
    expect(reading(spaced(form))).toEqual(expected);
  });
});

describe("a weight written apart from its unit, and a unit in brackets, in spaced text", () => {
  it.each([
    ["项目资金 (万元)", "10 分", "产出指标 50 分", "发放差错率 (%)"],
    ["项目资金 （元）", "10 分", "产出指标 40 分", "资金到位率 (%)"],
  ])("keeps %s, %s, %s and %s as one cell each", (fundsLabel, weight, level1, name) => {
    const form = [
      ...formHead("社保工作专项经费项目支出绩效自评表", fundsLabel, ["8.89", "8.89", "3.49", weight, "39.25%", "3.9"]),
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      [level1, "质量指标", name, "≤1%", "0%", "8", "8"],
      ["总分", "", "", "", "", "18", "11.9"],
    ];
    const expected = reading(tabbed(form)) as Array<{ funds: Array<{ weight: number | null }>; indicators: unknown[] }>;
    expect(expected[0]?.funds[0]?.weight).toBe(10);
    expect(expected[0]?.indicators).toHaveLength(1);
    expect(reading(spaced(form))).toEqual(expected);
  });
});

describe("headings a space of their own cut, in spaced text", () => {
  it.each([
    [["年度 总体 目标", "预期目标", "实际完成情况"], ["绩效 指标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施"]],
    [["年度总体目标", "预期目标", "实际完成情况"], ["绩效指标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分", "偏差原因 分析"]],
  ])("reads a form whose goals and indicator headings are written %j / %j", (goalsHeader, indicatorHeader) => {
    const form = [
      ...formHead("某某项目支出绩效自评表"),
      goalsHeader,
      ["", "完成培训任务", "已完成培训任务"],
      indicatorHeader,
      ["", "产出指标", "数量指标", "培训人数", "≥100人", "120人", "40", "40", "超额完成"],
      ["", "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "50", "48", ""],
      ["总分", "", "", "", "", "", "100", "97"],
    ];
    const expected = reading(tabbed(form)) as Array<{ indicators: unknown[]; goals: { expected: string | null } }>;
    expect(expected[0]?.indicators).toHaveLength(2);
    expect(expected[0]?.goals.expected).toBe("完成培训任务");
    expect(reading(spaced(form))).toEqual(expected);
  });

  it("never joins a figure or a sentence to a heading (`8.63 24.00% 超额完成年度设定目标` stays three cells)", async () => {
    const { joinCellTokens } = await import("../../../src/lines/flattened/join-cell-tokens.js");
    expect(joinCellTokens(["10", "8.63", "24.00%", "超额完成年度设定目标"])).toEqual(["10", "8.63", "24.00%", "超额完成年度设定目标"]);
    expect(joinCellTokens(["数量", "指标", "培训人数"])).toEqual(["数量", "指标", "培训人数"]);
  });
});

describe("a value written apart from its measure word, in spaced text", () => {
  it.each([
    ["2200 元/人/月", "2200 元/人/月"],
    ["≥40 家", "42 家"],
    ["300-400人", "660 人次"],
  ])("keeps the indicator values %s and %s as one cell each (003 line 853 `2200 元/人/月`)", (target, actual) => {
    const form = [
      ...formHead("某某项目支出绩效自评表"),
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "补贴标准", target, actual, "40", "38"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "50", "48"],
      ["总分", "", "", "", "", "100", "95"],
    ];
    const expected = reading(tabbed(form)) as Array<{ indicators: Array<{ target: string; actual: string }> }>;
    // The text as read: the space between a number and its unit is not kept.
    expect(expected[0]?.indicators[0]).toMatchObject({ target: target.replace(" ", ""), actual: actual.replace(" ", "") });
    expect(reading(spaced(form))).toEqual(expected);
  });

  it("never joins a weight or score to the text after it", async () => {
    const { joinCellTokens } = await import("../../../src/lines/flattened/join-cell-tokens.js");
    expect(joinCellTokens(["5", "5", "人员培训"])).toEqual(["5", "5", "人员培训"]);
    expect(joinCellTokens(["40", "38", "人均"])).toEqual(["40", "38", "人均"]);
  });
});
