// Project forms worded and laid out as other provinces print them (not in the seeds): the
// national template's lettered headings, shorter funds labels, sections in another order.
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";
import type { DepartmentRecord } from "../../src/schema/department.js";
import type { ProjectRecord } from "../../src/schema/project.js";

const project = (text: string): ProjectRecord => {
  const { records } = parseText(text);
  expect(records).toHaveLength(1);
  return records[0] as ProjectRecord;
};

const IDENTITY = ["某某项目绩效自评表", "（2023年度）", "项目名称\t测试项目", "主管部门\t某局\t实施单位\t某中心"];
const FUNDS = [
  "项目资金（万元）\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分",
  "\t年度资金总额\t120\t100\t90\t10\t90%\t9",
  "\t其中：财政拨款\t120\t100\t90\t—\t\t—",
  "\t上年结转\t0\t0\t0\t—\t\t—",
];
const GOALS = ["年度总体目标\t预期目标\t实际完成情况", "\t完成目标\t已完成"];
const INDICATORS = [
  "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "\t产出指标（50分）\t数量指标\t培训人数\t≥100人\t120人\t20\t20\t",
  "\t\t质量指标\t合格率\t≥95%\t98%\t20\t20\t",
  "\t效益指标\t社会效益指标\t就业率\t≥90%\t92%\t30\t30\t",
  "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%\t20\t19\t",
];
const TOTAL = ["总分\t\t\t\t\t\t90\t89"];

const EXPECTED_FUNDS = [
  { label: "年度资金总额", item: "total", initialBudget: 120, annualBudget: 100, executed: 90, weight: 10, executionRate: 90, score: 9 },
  { label: "其中：财政拨款", item: "appropriation", initialBudget: 120, annualBudget: 100, executed: 90, weight: null, executionRate: null, score: null },
  { label: "上年结转", item: "carryover", initialBudget: 0, annualBudget: 0, executed: 0, weight: null, executionRate: null, score: null },
];

describe("project forms beyond the seeds", () => {
  it.each([
    ["管理内容", "评价要点", "存在问题"],
    ["管理事项", "情况描述", "存在问题和改进措施"],
    ["", "情况说明", "存在问题"],
  ])("reads a 资金管理情况 section headed %s / %s / %s", (itemHeading, descriptionHeading, problemsHeading) => {
    const management = [
      `资金管理情况\t${itemHeading}\t${descriptionHeading}\t分值\t得分\t${problemsHeading}`,
      "\t安排科学性\t按照部门预算编制要求\t5\t4\t无",
      "\t拨付合规性\t按规定程序拨付\t5\t5\t无",
    ];
    const r = project([...IDENTITY, ...FUNDS, ...management, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.management).toEqual([
      { item: "安排科学性", description: "按照部门预算编制要求", weight: 5, score: 4, problems: "无" },
      { item: "拨付合规性", description: "按规定程序拨付", weight: 5, score: 5, problems: "无" },
    ]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["each cell followed by a TAB, rows ended by a line of one TAB", (cells: string[][]) => cells.map((row) => row.map((c) => `${c}\t`).join("\n")).join("\n\t\n")],
    ["no TABs, no row ends", (cells: string[][]) => cells.flat().join("\n")],
  ])("reads a whole form written one cell per line, %s: identity, funds, goals, indicators and 总分", (_layout, write) => {
    const cells = [
      ["项目名称", "乡村学校少年宫"],
      ["主管部门", "某县教育局"],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", "10", "10", "9.5", "10", "95%", "9.5"],
      ["年度总体目标", "预期目标", "实际完成情况"],
      ["开展活动50次", "开展活动52次"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "活动次数", "≥50次", "52次", "50", "50"],
      ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95%", "40", "40"],
      ["总分", "100", "99.5"],
    ];
    const r = project(["项目支出绩效自评表", "（2023年度）", write(cells)].join("\n"));
    expect([r.name, r.department]).toEqual(["乡村学校少年宫", "某县教育局"]);
    expect(r.funds.lines.map((l) => [l.item, l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score])).toEqual([["total", 10, 10, 9.5, 10, 95, 9.5]]);
    expect(r.goals).toEqual({ expected: "开展活动50次", actual: "开展活动52次" });
    expect(r.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([["活动次数", 50, 50], ["学生满意度", 40, 40]]);
    expect(r.total).toEqual({ weight: 100, score: 99.5 });
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("rows-rebuilt");
  });

  it.each([
    ["年初预算数\t调整后预算数\t实际支出数\t分值\t执行率\t得分", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"],
    ["年初预算\t调整预算\t实际支出\t分值\t支出率\t得分", "一级指标\t二级指标\t指标名称\t指标值\t实际值\t分值\t得分\t原因分析"],
    ["年初预算数\t全年预算数\t全年支出数\t分值\t使用率\t得分", "一级指标\t二级指标\t具体指标\t计划值\t实际值\t权重\t自评得分\t未完成原因"],
    // 完成情况 also heads the goals' column: the row is not cut there as two rows glued.
    ["年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "一级指标\t二级指标\t三级指标\t指标值\t完成情况\t满分\t分数\t未完成原因分析"],
    ["年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "一级指标\t二级指标\t三级指标\t目标值\t完成情况\t标准分\t得分\t备注"],
  ])("reads funds headed %s and indicators headed %s, every heading known", (fundsHeadings, indicatorHeadings) => {
    const funds = [`项目资金（万元）\t\t${fundsHeadings}`, ...FUNDS.slice(1)];
    const indicators = [`绩效指标\t${indicatorHeadings}`, ...INDICATORS.slice(1)];
    const { records, diagnostics } = parseText([...IDENTITY, ...funds, ...GOALS, ...indicators, ...TOTAL].join("\n"));
    const r = records[0] as ProjectRecord;
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 20, 20],
      ["产出指标", "质量指标", "合格率", "≥95%", "98%", 20, 20],
      ["效益指标", "社会效益指标", "就业率", "≥90%", "92%", 30, 30],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 20, 19],
    ]);
    expect(r.unmapped).toEqual([]);
    expect([...r.diagnostics, ...diagnostics].map((d) => d.code)).not.toContain("label-unknown");
  });

  it.each([
    ["项目主管部门", "项目执行单位"],
    ["主管单位", "资金使用单位"],
    ["主管部门", "用款单位"],
    ["预算部门", "预算单位"],
    ["主管部门", "项目负责单位"],
    ["主管部门", "实施部门"],
  ])("reads the identity row %s¦…¦%s¦… (the row opens the form, the labels name department and implementer)", (departmentLabel, implementerLabel) => {
    const identity = ["某某项目绩效自评表", "（2023年度）", "项目名称\t测试项目", `${departmentLabel}\t某局\t${implementerLabel}\t某中心`];
    const r = project([...identity, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect([r.name, r.department, r.implementer]).toEqual(["测试项目", "某局", "某中心"]);
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["其中：中央补助", "省级补助"],
    ["其中：中央补助资金", "省级补助资金"],
    ["其中:上级补助", "市级补助"],
    ["其中：中央财政资金", "省级财政资金"],
    ["其中：中央资金", "上级资金"],
    ["其中：中央专项资金", "上级专项资金"],
  ])("reads funds rows %s and %s as transfers from higher levels", (first, second) => {
    const funds = [FUNDS[0] as string, "\t年度资金总额\t120\t100\t90\t10\t90%\t9", `\t${first}\t100\t80\t72\t—\t\t—`, `\t${second}\t20\t20\t18\t—\t\t—`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => [l.item, l.annualBudget, l.executed])).toEqual([
      ["total", 100, 90],
      ["transfer", 80, 72],
      ["transfer", 20, 18],
    ]);
    expect(r.unmapped).toEqual([]);
  });

  it.each(["总分（100分）", "总分(100分)", "合计（100分）"])("reads a 总分 row whose label carries its weight, %s", (label) => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, `${label}\t\t\t\t\t\t90\t89`].join("\n"));
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("label-unknown");
  });

  it.each(["绩效目标", "年度绩效目标", "总体目标"])("reads a goals section labelled %s", (label) => {
    const goals = [`${label}\t预期目标\t实际完成情况`, "\t完成目标\t已完成"];
    const r = project([...IDENTITY, ...FUNDS, ...goals, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.goals).toEqual({ expected: "完成目标", actual: "已完成" });
    expect(r.unmapped).toEqual([]);
  });

  it.each(["综合得分", "自评得分合计", "得分合计"])("reads a 总分 row labelled %s as the total, not as an indicator", (word) => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, `${word}\t\t\t\t\t\t90\t89`].join("\n"));
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.indicators.map((i) => i.name)).toEqual(["培训人数", "合格率", "就业率", "满意度"]);
    expect(r.unmapped).toEqual([]);
  });

  it.each(["本级财政资金", "县级财政资金", "市县财政资金", "本级资金", "县级资金", "区级资金"])("reads a funds row %s as the level's own appropriation", (label) => {
    const funds = [FUNDS[0] as string, "\t年度资金总额\t120\t100\t90\t10\t90%\t9", "\t其中：中央财政资金\t100\t80\t72\t—\t\t—", `\t${label}\t20\t20\t18\t—\t\t—`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => l.item)).toEqual(["total", "transfer", "appropriation"]);
    expect(r.unmapped).toEqual([]);
  });

  it.each(["省级资金", "市级资金"])("names no item for a funds row %s (a province's or city's own money, or a transfer to a county), keeping its label", (label) => {
    const funds = [FUNDS[0] as string, "\t年度资金总额\t120\t100\t90\t10\t90%\t9", "\t其中：中央资金\t100\t80\t72\t—\t\t—", `\t${label}\t20\t20\t18\t—\t\t—`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => [l.label, l.item])).toEqual([
      ["年度资金总额", "total"],
      ["其中：中央资金", "transfer"],
      [label, null],
    ]);
  });

  it.each([["上年结余结转资金"], ["结转资金"], ["结转结余资金"], ["其中：上年结余结转"]])("reads the funds row %s as the carryover", (label) => {
    const funds = [...FUNDS.slice(0, 3), `\t${label}\t0\t0\t0\t—\t\t—`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => [l.label, l.item])).toEqual([
      ["年度资金总额", "total"],
      ["其中：财政拨款", "appropriation"],
      [label, "carryover"],
    ]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["评价得分", "自评得分", "标准分"],
    ["绩效自评得分", "评分", "满分"],
    ["考核得分", "得分", "分值"],
  ])("reads indicators scored under %s and funds under %s / %s", (indicatorScore, fundsScore, fundsWeight) => {
    const funds = [`项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t${fundsWeight}\t执行率\t${fundsScore}`, ...FUNDS.slice(1)];
    const indicators = [(INDICATORS[0] as string).replace("\t得分\t", `\t${indicatorScore}\t`), ...INDICATORS.slice(1)];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...indicators, ...TOTAL].join("\n"));
    expect(r.funds.lines[0]).toMatchObject({ item: "total", annualBudget: 100, executed: 90, weight: 10, executionRate: 90, score: 9 });
    expect(r.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ["培训人数", 20, 20],
      ["合格率", 20, 20],
      ["就业率", 30, 30],
      ["满意度", 20, 19],
    ]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([["自评结果"], ["等级"], ["绩效等次"]])("keeps a form's grade labelled %s in extra, not as a table of its own", (label) => {
    const { records } = parseText([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL, `${label}\t优`].join("\n"));
    expect(records.map((r) => r.kind)).toEqual(["project"]);
    expect((records[0] as ProjectRecord).extra.map((e) => [e.label, e.value])).toEqual([[label, "优"]]);
  });

  it.each([["总分"], ["合计"], ["总计"]])("reads the 总分 row labelled %s as the total, no indicator", (label) => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, `${label}\t\t\t\t\t\t90\t89`].join("\n"));
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.indicators.map((i) => i.name)).toEqual(["培训人数", "合格率", "就业率", "满意度"]);
  });

  it.each([
    ["1.财政拨款", "2.其他资金"],
    ["(1)财政拨款", "(2)其他资金"],
    ["其中：1、财政拨款", "二、其他资金"],
  ])("reads numbered funds rows %s / %s by their labels", (first, second) => {
    const funds = [FUNDS[0] as string, "\t合计\t120\t100\t90\t10\t90%\t9", `\t${first}\t120\t100\t90\t\t\t`, `\t${second}\t0\t0\t0\t\t\t`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => [l.label, l.item])).toEqual([
      ["合计", "total"],
      [first, "appropriation"],
      [second, "other"],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("label-unknown");
  });

  it.each([
    ["产出数量", "产出质量", "数量指标", "质量指标"],
    ["数量", "质量", "数量指标", "质量指标"],
    ["产出时效", "产出成本", "时效指标", "成本指标"],
  ])("reads 二级指标 written %s / %s as %s / %s", (first, second, level2a, level2b) => {
    const indicators = [
      INDICATORS[0] as string,
      `\t产出\t${first}\t培训人数\t≥100人\t120人\t40\t40\t`,
      `\t\t${second}\t合格率\t≥95%\t98%\t50\t49\t`,
    ];
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...indicators, ...TOTAL].join("\n"));
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", level2a, "培训人数"],
      ["产出指标", level2b, "合格率"],
    ]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["一级指标\t二级指标\t三级指标\t指标值\t分值", "产出指标\t数量指标\t受益学生人数\t5000人\t30"],
    ["一级指标\t二级指标\t三级指标\t目标值\t权重", "产出指标\t数量指标\t受益学生人数\t5000人\t30"],
    ["一级指标\t二级指标\t三级指标\t预算设定指标值\t项目完成指标值", "产出指标\t数量指标\t受益学生人数\t5000人\t5100人"],
  ])("does not call a 总分 missing on a form with no 得分 at all (a target table, a publication): %s", (header, row) => {
    const r = project([...IDENTITY, ...FUNDS.slice(0, 2), header, row].join("\n"));
    expect(r.indicators).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("section-missing");
  });

  it("still calls a 总分 missing on a form whose indicators are scored", () => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS].join("\n"));
    expect(r.diagnostics.map((d) => d.code)).toContain("section-missing");
  });

  it.each(["自评得分", "评价得分", "考核得分", "得分"])("reads a last row labelled %s with only a weight and a score as the 总分, not as an indicator", (word) => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, `${word}\t\t\t\t\t\t90\t89`].join("\n"));
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.indicators.map((i) => i.name)).toEqual(["培训人数", "合格率", "就业率", "满意度"]);
    expect(r.unmapped).toEqual([]);
  });

  it.each(["自评得分", "得分"])("reads a result publication's last row %s¦96.5 as its score", (word) => {
    const indicators = ["一级指标\t二级指标\t三级指标\t预算设定指标值\t项目完成指标值", "产出指标\t数量指标\t参保人数\t≥48万人\t49.6万人"];
    const r = project([...IDENTITY, ...indicators, `${word}\t96.5`].join("\n"));
    expect(r.total).toEqual({ weight: null, score: 96.5 });
    expect(r.indicators.map((i) => i.name)).toEqual(["参保人数"]);
  });

  it("keeps a 自评得分 row holding a name as an indicator (only numbers after it make it the 总分)", () => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, "\t\t\t自评得分\t≥90\t95\t10\t10", ...TOTAL].join("\n"));
    expect(r.indicators.map((i) => i.name)).toContain("自评得分");
    expect(r.total).toEqual({ weight: 90, score: 89 });
  });

  it.each([
    ["综合评价得分98.5分，评价等级为优。"],
    ["经评价，该项目自评得分为98.5分。"],
    ["项目绩效考核得分：98.5 分"],
  ])("reads the score a line of prose right under a form without 总分 row states: %s", (prose) => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, prose].join("\n"));
    expect(r.total.score).toBe(98.5);
    expect(r.diagnostics.map((d) => d.code)).toContain("read-from-prose");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("section-missing");
  });

  it.each([
    [["三、自评结论", "综合评价得分98.5分，评价等级为优。"]],
    [["四、绩效自评结论", "（一）综合评价", "经评价，该项目自评得分为98.5分。"]],
    [["五、评价结果", "", "项目绩效考核得分：98.5 分"]],
  ])("reads the score stated under a form after a section heading or two: %j", (tail) => {
    const text = [...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...tail, "六、存在问题", "部分指标完成偏慢。"].join("\n");
    const r = project(text);
    expect(r.total.score).toBe(98.5);
    expect(r.diagnostics.map((d) => d.code)).toContain("read-from-prose");
  });

  it("reads no score stated further under a form than three lines, nor one after a row", () => {
    const far = ["三、自评结论", "（一）总体情况", "项目按计划实施。", "（二）评价结果", "综合评价得分98.5分。"];
    expect(project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...far].join("\n")).total.score).toBeNull();
  });

  it("gives a score stated after a heading under one form to that form, and the next form its own headings, however cut", () => {
    const next = ["另一项目绩效自评表", "项目名称\t第二个项目", ...FUNDS, ...GOALS, ...INDICATORS];
    const text = [...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, "三、自评结论", "综合评价得分98.5分。", ...next].join("\n");
    const read = (t: string): unknown[] => (parseText(t).records as ProjectRecord[]).map((r) => [r.title, r.name, r.total.score]);
    expect(read(text)).toEqual([
      ["某某项目绩效自评表", "测试项目", 98.5],
      ["另一项目绩效自评表", "第二个项目", null],
    ]);
    // The splitter may cut right after the tail's score line: the next form reads the same.
    const cut = text.split("\n").indexOf("综合评价得分98.5分。") + 1;
    expect(read(text.split("\n").slice(cut).join("\n"))).toEqual([["另一项目绩效自评表", "第二个项目", null]]);
  });

  it("gives the score under one form to that form, not to the next one", () => {
    const next = ["另一项目绩效自评表", "项目名称\t第二个项目", ...FUNDS, ...GOALS, ...INDICATORS];
    const { records } = parseText([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, "综合评价得分98.5分。", ...next].join("\n"));
    expect((records as ProjectRecord[]).map((r) => [r.name, r.total.score])).toEqual([
      ["测试项目", 98.5],
      ["第二个项目", null],
    ]);
  });

  it.each([
    ["a form with no title", ["项目名称\t第二个项目", ...FUNDS, ...GOALS, ...INDICATORS]],
    ["a form's rows with no title and no name", ["项目名称", ...FUNDS]],
  ])("gives the score under one form to that form, not to the next one, %s (the same cut after the score line)", (_, next) => {
    const text = [...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, "综合评价得分98.5分。", ...next].join("\n");
    const { records } = parseText(text);
    expect((records as ProjectRecord[]).map((r) => r.total.score)).toEqual([98.5, null]);
    // A document cut right after the score line (as the splitter may cut) reads the next form the same.
    const cut = text.split("\n").indexOf("综合评价得分98.5分。") + 1;
    const after = parseText(text.split("\n").slice(cut).join("\n")).records as ProjectRecord[];
    expect(after.map((r) => r.total.score)).toEqual([null]);
  });

  it("gives a score line under a table no form claims to no form: not the next form's heading either", () => {
    const table = ["甲类\t乙类\t丙类", "1\t2\t3"];
    const text = [...table, "经评价，该项目自评得分为98.5分。", "项目名称\t第二个项目", ...FUNDS, ...GOALS, ...INDICATORS].join("\n");
    const projects = (t: string): unknown[] => (parseText(t).records.filter((r) => r.kind === "project") as ProjectRecord[]).map((r) => [r.name, r.total.score]);
    expect(projects(text)).toEqual([["第二个项目", null]]);
    expect(projects(text.split("\n").slice(3).join("\n"))).toEqual([["第二个项目", null]]);
  });

  it.each([
    ["资金情况（万元）\t预算安排数\t实际支出数\t执行进度\t分值\t得分", "资金总额", "其中：本年财政资金"],
    ["预算执行情况（万元）\t全年预算数（A）\t全年执行数（B）\t预算执行进度\t分值\t得分", "年度资金总额", "其中：当年财政资金"],
    ["年度预算资金（万元）\t全年预算数\t实际执行数\t执行率\t分值\t得分", "年度资金总额", "其中：财政拨款"],
  ])("reads funds headed 「%s」 with rows %s / %s", (header, totalLabel, partLabel) => {
    const funds = [header, `${totalLabel}\t120\t108\t90%\t10\t9`, `${partLabel}\t120\t108\t90%\t\t`];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines.map((l) => [l.item, l.annualBudget, l.executed, l.executionRate, l.weight, l.score])).toEqual([
      ["total", 120, 108, 90, 10, 9],
      ["appropriation", 120, 108, 90, null, null],
    ]);
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("label-unknown");
  });

  it.each([
    ["合计", "项目资金情况（元）\t预算数\t执行数\t执行率\t分值\t得分", "合计\t1,200,000.00\t1,150,000.00\t95.83%\t10\t9.58"],
    ["总分", "资金情况\t全年预算数\t全年执行数\t执行率\t分值\t得分", "总分\t1,200,000.00\t1,150,000.00\t95.83%\t10\t9.58"],
    ["合计", "项目资金\t预算数\t执行数\t分值\t执行率\t得分", "合计\t1,200,000.00\t1,150,000.00\t10\t95.83%\t9.58"],
  ])("reads a funds table's %s row stating a rate as the funds' total, not the form's 总分", (_word, header, totalRow) => {
    const funds = [header, totalRow, "其中：财政资金\t1,200,000.00\t1,150,000.00\t95.83%\t\t"];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, "合计\t\t\t\t\t\t90\t89"].join("\n"));
    expect(r.funds.lines.map((l) => [l.item, l.annualBudget, l.executed, l.weight, l.executionRate, l.score])).toEqual([
      ["total", 1200000, 1150000, 10, 95.83, 9.58],
      ["fiscal", 1200000, 1150000, null, 95.83, null],
    ]);
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.unmapped).toEqual([]);
  });

  it("keeps a 合计 row with a rate but no amounts (a weight in percent) as the form's 总分", () => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, "合计\t\t\t\t100%\t\t90\t89"].join("\n"));
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
  });

  it.each([
    ["年度绩效目标", "年度目标完成情况"],
    ["年度目标", "目标完成情况"],
    ["总体目标", "实际完成情况"],
  ])("reads goals written as a %s row and a %s row, each label before its text", (expectedLabel, actualLabel) => {
    const goals = [`${expectedLabel}\t为辖区老年人提供助餐服务`, `${actualLabel}\t全年服务老年人3万人次`];
    const r = project([...IDENTITY, ...FUNDS, ...goals, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.goals).toEqual({ expected: "为辖区老年人提供助餐服务", actual: "全年服务老年人3万人次" });
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["年初设定目标", "全年实际完成情况"],
    ["年度预期目标", "实际完成情况"],
    ["预期目标", "实际完成目标"],
  ])("reads goals headed %s / %s, the headings not joined into the goals", (expectedHeading, actualHeading) => {
    const goals = [`年度总体目标\t${expectedHeading}\t\t${actualHeading}`, "\t完成绿化养护50万平方米\t\t完成52万平方米"];
    const r = project([...IDENTITY, ...FUNDS, ...goals, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.goals).toEqual({ expected: "完成绿化养护50万平方米", actual: "完成52万平方米" });
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["项目名称：测试项目", "主管部门：某局\t实施单位：某中心"],
    ["项目名称:测试项目", "主管部门\t某局\t实施单位\t某中心"],
  ])("reads a name written %s on a line above the form's identity row", (nameLine, identityRow) => {
    const r = project([IDENTITY[0], IDENTITY[1], nameLine, identityRow, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect([r.name, r.department, r.implementer]).toEqual(["测试项目", "某局", "某中心"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("read-from-prose");
  });

  it.each(["2023年度项目支出绩效自评表", "（2023年）项目支出绩效自评表"])("never names a project after a title that names only its year: %s", (title) => {
    const { records } = parseText([title, "主管部门\t某局\t实施单位\t某中心", ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    const r = records[0] as ProjectRecord;
    expect(r.name).toBe("");
    expect(r.diagnostics.map((d) => d.code)).toContain("name-missing");
  });

  it.each([
    ["项目编码", "51000022T000001"],
    ["项目代码", "2022-0137"],
    ["项目编号", "XM2022001"],
  ])("keeps a %s beside the 项目名称 in extra, the name still read", (label, code) => {
    const identity = [IDENTITY[0], IDENTITY[1], `项目名称\t测试项目\t${label}\t${code}`, IDENTITY[3]] as string[];
    const r = project([...identity, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.name).toBe("测试项目");
    expect(r.extra).toEqual([{ label, value: code, line: 3 }]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    ["资金投入（万元）", "自评分"],
    ["资金投入情况（万元）", "自评得分"],
    ["项目资金（万元）", "得分"],
    ["年度预算情况（万元）", "得分"],
    ["预算情况（万元）", "自评得分"],
    ["年度预算执行情况（万元）", "得分"],
  ])("reads a funds section labelled %s and an indicator score column headed %s", (fundsLabel, scoreWord) => {
    const funds = [FUNDS[0]?.replace("项目资金（万元）", fundsLabel), ...FUNDS.slice(1)] as string[];
    const indicators = [INDICATORS[0]?.replace("\t得分\t", `\t${scoreWord}\t`), ...INDICATORS.slice(1)] as string[];
    const { records, diagnostics } = parseText([...IDENTITY, ...funds, ...GOALS, ...indicators, ...TOTAL].join("\n"));
    const r = records[0] as ProjectRecord;
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators.map((i) => [i.weight, i.score])).toEqual([[20, 20], [20, 20], [30, 30], [20, 19]]);
    expect(r.unmapped).toEqual([]);
    expect([...r.diagnostics, ...diagnostics].map((d) => d.code)).not.toContain("label-unknown");
  });

  it.each([
    ["资金来源", "评分", "自筹资金"],
    ["资金类别", "评分", "自筹资金"],
    ["资金构成", "得分", "其他资金"],
  ])("reads a funds header opening with %s, an indicator header with %s and a funds row %s", (corner, scoreHeading, otherRow) => {
    const text = [
      ...IDENTITY,
      `${corner}\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分`,
      "资金总额\t800\t820\t790\t10\t96.34%\t9.6",
      "其中：财政拨款\t800\t820\t790\t—\t—\t—",
      `${otherRow}\t0\t0\t0\t—\t—\t—`,
      `一级指标\t二级指标\t指标名称\t目标值\t实际值\t权重\t${scoreHeading}\t备注`,
      "产出\t数量\t改造村数\t10个\t10个\t40\t40\t",
      "\t成本\t单村改造成本\t≤80万元\t79万元\t20\t20\t",
      "满意度\t服务对象满意度\t群众满意度\t≥90%\t95%\t30\t28\t",
      "合计\t\t\t\t\t100\t97.6\t",
    ].join("\n");
    const r = project(text);
    expect(r.funds.lines.map((l) => [l.label, l.item])).toEqual([
      ["资金总额", "total"],
      ["其中：财政拨款", "appropriation"],
      [otherRow, "other"],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "改造村数", 40, 40],
      // 成本 in the 二级指标 column, under 产出: the column decides between the two levels it can name.
      ["产出指标", "成本指标", "单村改造成本", 20, 20],
      ["满意度指标", "服务对象满意度指标", "群众满意度", 30, 28],
    ]);
    expect(r.total).toEqual({ weight: 100, score: 97.6 });
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it.each([
    ["填报单位：某市水利局\t单位：万元", "万元", [{ label: "填报单位", value: "某市水利局" }]],
    ["填报单位：某市水利局\t\t\t金额单位：元", "元", [{ label: "填报单位", value: "某市水利局" }]],
    ["\t单位：元\t", "元", []],
  ])("reads the labelled lines under the title written as a row (%s) as the title's headings", (row, unit, owner) => {
    // The funds header names no unit: the heading's is the form's.
    const funds = [FUNDS[0]?.replace("（万元）", "") ?? "", ...FUNDS.slice(1)];
    const text = ["某市2023年度项目支出绩效自评表", row, ...IDENTITY.slice(2), ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n");
    const r = project(text);
    expect(r.title).toBe("某市2023年度项目支出绩效自评表");
    expect(r.year).toBe(2023);
    expect(r.funds.unit).toBe(unit);
    expect(r.extra.filter((e) => e.line === 2).map(({ label, value }) => ({ label, value }))).toEqual(owner);
    expect(r.diagnostics.map((d) => d.code)).toContain("headings-split");
    expect(r.unmapped).toEqual([]);
  });

  it.each(["第 1 页，共 2 页", "- 1 -", "共2页 第1页", "续表"])("reads a form whose indicators run on past a page's mark (%s) as one form", (page) => {
    const [header, ...rows] = INDICATORS;
    const text = [...IDENTITY, ...FUNDS, ...GOALS, header, ...rows.slice(0, 2), "", page, "", header, ...rows.slice(2), ...TOTAL].join("\n");
    const r = project(text);
    expect(r.indicators.map((i) => i.name)).toEqual(["培训人数", "合格率", "就业率", "满意度"]);
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.diagnostics.filter((d) => d.code === "page-mark")).toHaveLength(1);
  });

  it("reads lettered headings (全年预算数（A）, 执行率（B/A）) and short labels (财政拨款, 上年结转)", () => {
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "培训人数"],
      ["产出指标", "质量指标", "合格率"],
      ["效益指标", "社会效益指标", "就业率"],
      ["满意度指标", "服务对象满意度指标", "满意度"],
    ]);
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.unmapped).toEqual([]);
  });

  // 001 line 576's shape: no 分值 or 得分, and the 实际完成值 written again in the remark column.
  it("lists a remark that only repeats the cell before it as unmapped, with a warning", () => {
    const copied = [...INDICATORS.slice(0, 4), "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t完成\t\t\t完成", ...INDICATORS.slice(4)];
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...copied, ...TOTAL].join("\n"));
    const satisfied = r.indicators.find((i) => i.name === "满意度" && i.actual === "完成");
    expect(satisfied?.remark).toBeNull();
    expect(r.unmapped).toEqual([{ line: 15, text: "完成" }]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "cell-unplaced", line: 15 }));
  });

  it("keeps a remark that differs from the cell before it", () => {
    const remarked = [...INDICATORS.slice(0, 4), "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t完成\t\t\t问卷样本偏少", ...INDICATORS.slice(4)];
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...remarked, ...TOTAL].join("\n"));
    expect(r.indicators.find((i) => i.actual === "完成")?.remark).toBe("问卷样本偏少");
    expect(r.unmapped).toEqual([]);
  });

  it("reads the same record when the sections come in another order", () => {
    const inOrder = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    const reordered = project([...IDENTITY, ...INDICATORS, ...FUNDS, ...GOALS, ...TOTAL].join("\n"));
    const strip = ({ source: _s, diagnostics: _d, ...rest }: ProjectRecord): Omit<ProjectRecord, "source" | "diagnostics"> => rest;
    expect(strip(reordered)).toEqual(strip(inOrder));
  });

  it("reads 预算数 / 执行数 headings as a header row, not as a funds row", () => {
    const funds = ["项目资金（万元）\t\t预算数\t执行数\t分值\t执行率\t得分", "\t资金总额\t100\t90\t10\t90%\t9"];
    const r = project([...IDENTITY, ...funds, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines).toEqual([{ label: "资金总额", item: "total", initialBudget: null, annualBudget: 100, executed: 90, weight: 10, executionRate: 90, score: 9 }]);
  });

  it("takes the year from a title that carries it when no year line stands above the form", () => {
    const r = project(["2023年度某某项目支出绩效自评表", ...IDENTITY.slice(2), ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.title).toBe("2023年度某某项目支出绩效自评表");
    expect(r.year).toBe(2023);
  });

  it("reads labels with a bracketed qualifier (主管部门（单位）, 实施单位（盖章）) as the labels", () => {
    const r = project(["项目名称\t测试项目", "主管部门（单位）\t某局\t实施单位（盖章）\t某中心", ...INDICATORS, ...TOTAL].join("\n"));
    expect([r.name, r.department, r.implementer]).toEqual(["测试项目", "某局", "某中心"]);
    expect(r.unmapped).toEqual([]);
  });

  it.each([
    { line: "单位：元", unit: "元", budget: 120 },
    { line: "金额单位：万元", unit: "万元", budget: 120 },
    { line: "单位：某局", unit: "万元", budget: 120 },
  ])("takes the funds unit from a line $line above the form whose funds header states none", ({ line, unit, budget }) => {
    const r = project([IDENTITY[0], IDENTITY[1], line, ...IDENTITY.slice(2), "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "年度资金总额\t120\t120\t108\t10\t90%\t9", ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.unit).toBe(unit);
    expect(r.funds.lines[0]?.annualBudget).toBe(budget);
  });

  it("keeps the unit the funds header states over a unit line above the form", () => {
    const r = project([IDENTITY[0], IDENTITY[1], "单位：元", ...IDENTITY.slice(2), "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "年度资金总额\t120\t120\t108\t10\t90%\t9", ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.unit).toBe("万元");
  });
});

describe("a department form's identity values", () => {
  it("keeps 主管部门 and 实施单位 beside the form's own unit in extra, not used and dropped (synthetic 01b line 3)", () => {
    const { records } = parseText(
      ["部门整体支出绩效自评表", "（2023年度）", "单位名称\t安平市生态环境局\t\t主管部门\t安平市人民政府\t实施单位\t安平市环境监测站", ...FUNDS, ...INDICATORS, ...TOTAL].join("\n"),
    );
    const r = records[0] as DepartmentRecord;
    expect(r.kind).toBe("department");
    expect(r.department).toBe("安平市生态环境局");
    expect(r.extra).toEqual(
      expect.arrayContaining([
        { label: "主管部门", value: "安平市人民政府", line: 3 },
        { label: "实施单位", value: "安平市环境监测站", line: 3 },
      ]),
    );
    expect(JSON.stringify(r)).toContain("安平市人民政府");
  });
});

describe("labelled rows and lines above a form's identity rows", () => {
  const NAME_LINE = "项目名称：测试项目";
  const REST = ["主管部门\t某局\t实施单位\t某中心", ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL];

  it.each([
    { row: "项目负责人及电话\t张三0571-88888888", extra: [{ label: "项目负责人及电话", value: "张三0571-88888888", line: 4 }] },
    { row: "项目负责人\t李四\t联系电话\t13800000000", extra: [{ label: "项目负责人", value: "李四", line: 4 }, { label: "联系电话", value: "13800000000", line: 4 }] },
    { row: "填报人：王五\t填报日期：2024年3月1日", extra: [{ label: "填报人", value: "王五", line: 4 }, { label: "填报日期", value: "2024年3月1日", line: 4 }] },
  ])("keeps the form whole when a labelled row ($row) stands between its title and its identity rows", ({ row, extra }) => {
    // Before, the row opened a table of its own: the form lost its title and the 项目名称 above it.
    const r = project([IDENTITY[0], IDENTITY[1], NAME_LINE, row, ...REST].join("\n"));
    expect(r.kind).toBe("project");
    expect([r.title, r.name, r.department, r.implementer]).toEqual(["某某项目绩效自评表", "测试项目", "某局", "某中心"]);
    expect(r.extra).toEqual(extra);
    expect(r.indicators).toHaveLength(4);
  });

  it("reads a labelled line under the title into extra, not dropping it", () => {
    const r = project([IDENTITY[0], IDENTITY[1], NAME_LINE, "项目负责人及电话：张三0571-88888888", ...REST].join("\n"));
    expect(r.extra).toEqual([{ label: "项目负责人及电话", value: "张三0571-88888888", line: 4 }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["read-from-prose", "read-from-prose"]);
  });

  it("leaves labelled rows followed by no identity row to a table of their own", () => {
    const { records } = parseText(["某某项目绩效自评表", "填报人\t王五", "备注\t无"].join("\n"));
    expect(records.map((r) => r.kind)).toEqual(["table"]);
  });
});

describe("an identity row of its own for the implementer", () => {
  it.each(["预算单位", "项目单位", "实施单位"])("reads `%s¦某区民政局` on its own row under 项目名称, the form going on after it", (label) => {
    const r = project(["2022年度项目绩效自评表", "项目名称\t测试项目", `${label}\t某区民政局`, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect([r.name, r.implementer]).toEqual(["测试项目", "某区民政局"]);
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators).toHaveLength(4);
  });
});

describe("a funds table's corner label", () => {
  it.each(["项目预算执行情况（万元）", "资金使用情况（万元）", "项目经费（万元）", "资金投入（万元）"])("knows %s as the funds section's label", (label) => {
    const funds = [`${label}\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分`, ...FUNDS.slice(1)];
    const r = project([...IDENTITY, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.unmapped).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("label-unknown");
  });
});

describe("labelled rows no vocabulary word names, among the identity rows", () => {
  it.each([
    { row: "项目类别\t民生类", extra: [{ label: "项目类别", value: "民生类", line: 5 }] },
    { row: "项目周期\t2023年1月-12月", extra: [{ label: "项目周期", value: "2023年1月-12月", line: 5 }] },
    {
      row: "资金性质\t一般公共预算\t评价方式\t单位自评",
      extra: [
        { label: "资金性质", value: "一般公共预算", line: 5 },
        { label: "评价方式", value: "单位自评", line: 5 },
      ],
    },
  ])("keeps the form whole across $row, the pairs in extra", ({ row, extra }) => {
    // Before, the row ended the form: a record with no funds or indicators and a table record after it.
    const r = project([...IDENTITY, row, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.extra).toEqual(extra);
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators).toHaveLength(4);
    expect(r.unmapped).toEqual([]);
  });

  it("still ends the identity rows at a data row that is no label and value (a number, a lone cell)", () => {
    const { records } = parseText([...IDENTITY, "1\t2\t3", ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(records.map((r) => r.kind)).toContain("table");
  });
});

describe("a heading row spanning the table between the identity rows and a section", () => {
  it.each(["项目概况\t", "一、项目基本情况\t\t\t", "\t基本信息\t"])("keeps the form whole across %j, the heading in unmapped", (row) => {
    // Before, the row ended the form: a record with no funds or indicators and a table record after it.
    const r = project([...IDENTITY, row, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.indicators).toHaveLength(4);
    expect(r.unmapped).toEqual([{ line: 5, text: row.trim() }]);
  });

  it("still ends the identity rows at a one-cell row no part of the form follows", () => {
    const { records } = parseText([...IDENTITY, "备用\t", "1\t2\t3", ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(records.map((r) => r.kind)).toContain("table");
  });
});

describe("a heading between two parts of a form (a cell spanning the table)", () => {
  const headed = (h: readonly string[]): string =>
    [...IDENTITY, h[0], ...FUNDS, h[1], ...GOALS, h[2], ...INDICATORS, ...TOTAL].join("\n");

  it.each([
    // A line without TAB, as most scrapers write a spanning cell.
    [["一、项目资金情况", "二、绩效目标完成情况", "三、绩效指标完成情况"]],
    // Unnumbered lines.
    [["项目资金使用情况", "绩效目标", "绩效指标完成情况"]],
    // Rows of one cell, numbered as headings are.
    [["（一）资金使用情况\t\t", "（二）目标完成情况\t\t\t", "3、指标完成情况\t"]],
  ])("reads one form across %j, each heading in unmapped", (headings) => {
    // Before, a heading line ended the form (the rest became records without a name), and a
    // one-cell row was joined to the part above it (to the funds header, to the goal's text).
    const r = project(headed(headings));
    expect(r.name).toBe("测试项目");
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.goals).toEqual({ expected: "完成目标", actual: "已完成" });
    expect(r.indicators).toHaveLength(4);
    expect(r.total).toEqual({ weight: 90, score: 89 });
    expect(r.unmapped).toEqual([
      { line: 5, text: headings[0]?.trim() },
      { line: 10, text: headings[1]?.trim() },
      { line: 13, text: headings[2]?.trim() },
    ]);
    expect(r.diagnostics.filter((d) => d.code === "part-heading").map((d) => [d.severity, d.line])).toEqual([
      ["info", 5],
      ["info", 10],
      ["info", 13],
    ]);
  });

  it("keeps a goal's text that stands alone in its row above the indicators (a value, not a heading)", () => {
    const r = project([...IDENTITY, ...FUNDS, "年度总体目标\t预期目标\t实际完成情况", "\t完成培训任务\t", ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.goals.expected).toBe("完成培训任务");
    expect(r.unmapped).toEqual([]);
  });

  it("reads an identity label with its value glued on as the form's, not as a heading", () => {
    const { records } = parseText([...IDENTITY.slice(0, 3), "实施单位某中心", ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(records.some((r) => r.diagnostics.some((d) => d.code === "part-heading"))).toBe(false);
  });
});

describe("a project's name written 项目全称", () => {
  it.each(["项目全称\t测试项目", "项目全称：测试项目\t", "项目全称\t\t测试项目\t\t"])("reads %j as the project's name", (row) => {
    // Before, the row opened a table of its own and the form had no name (warning[name-missing]).
    const r = project([IDENTITY[0], IDENTITY[1], row, IDENTITY[3], ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.name).toBe("测试项目");
    expect(r.department).toBe("某局");
    expect(r.funds.lines).toEqual(EXPECTED_FUNDS);
    expect(r.unmapped).toEqual([]);
  });
});

describe("a unit line between the identity rows and the funds", () => {
  it.each([
    ["单位：元", "元"],
    ["金额单位:万元", "万元"],
  ])("reads %j as the form's unit, the form whole", (line, unit) => {
    // Before, the line ended the form: a record with only the identity, another without a name.
    // The funds header names no unit here (`项目资金（万元）` would).
    const funds = [(FUNDS[0] as string).replace("（万元）", ""), ...FUNDS.slice(1)];
    const r = project([...IDENTITY, line, ...funds, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.name).toBe("测试项目");
    expect(r.funds.unit).toBe(unit);
    expect(r.funds.lines).toHaveLength(3);
    expect(r.indicators).toHaveLength(4);
    expect(r.unmapped).toEqual([]);
  });
});

describe("labelled rows at the form's foot in other wordings", () => {
  it.each([
    ["评价等次\t优", "评价等次", "优"],
    ["评价等级\t良", "评价等级", "良"],
    ["自评等次\t优秀", "自评等次", "优秀"],
    ["存在的问题\t无", "存在的问题", "无"],
    ["整改措施\t加强管理", "整改措施", "加强管理"],
  ])("reads %j into extra", (row, label, value) => {
    // Before, the row was a table of its own (warning[table-unrecognised]).
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL, row].join("\n"));
    expect(r.extra).toEqual([{ label, value, line: 17 }]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("an indicator header naming the actual value ….完成值 / ….实际值", () => {
  it.each(["年度完成值", "年度实际值", "项目完成值"])("reads %j as the actual value's column", (heading) => {
    // Before, only 完成值 / 实际值 / 全年实际值 whole were known: the heading went to unmapped.
    const header = "一级指标\t二级指标\t三级指标\t年度目标值\t" + heading + "\t分值\t得分";
    const r = project([...IDENTITY, ...FUNDS, ...GOALS, header, "产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t89", ...TOTAL].join("\n"));
    expect(r.indicators).toEqual([
      { level1: "产出指标", level2: "数量指标", name: "培训人数", target: "≥100人", actual: "120人", nature: null, unit: null, weight: 90, score: 89, deviation: null, remark: null },
    ]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("identity labels with 及代码 (the national template)", () => {
  it.each([
    ["主管部门及代码\t[101]某局\t实施单位\t某中心", "[101]某局", "某中心"],
    ["主管部门及代码：[101]某局\t实施单位及代码：[10101]某中心", "[101]某局", "[10101]某中心"],
  ])("reads %j", (row, department, implementer) => {
    // Before, the department was 「及代码」 and its value went to unmapped.
    const r = project([IDENTITY[0], IDENTITY[1], IDENTITY[2], row, ...FUNDS, ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect([r.department, r.implementer]).toEqual([department, implementer]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("funds with no total line, their score on their own lines", () => {
  const HEADER = "项目资金（万元）\t预算数\t执行数\t分值\t执行率\t得分";
  const SCORED_INDICATORS = ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分", "产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90"];
  it.each([
    [["财政拨款\t100\t90\t10\t90%\t9", "其他资金\t0\t0\t\t\t"]],
    [["财政拨款\t80\t72\t8\t90%\t7", "其他资金\t20\t18\t2\t90%\t2"]],
  ])("adds the lines' scores to the indicators' for the 总分 check (%j)", (lines) => {
    // Before, only a total line's score counted: `总分 states 99 but … add up to 90`.
    const r = project([...IDENTITY, HEADER, ...lines, ...GOALS, ...SCORED_INDICATORS, "总分\t100\t99"].join("\n"));
    expect(r.total).toEqual({ weight: 100, score: 99 });
    expect(r.diagnostics.filter((d) => d.code === "total-score-mismatch")).toEqual([]);
  });

  it("still reports a 总分 that no sum gives", () => {
    const r = project([...IDENTITY, HEADER, "财政拨款\t100\t90\t10\t90%\t9", ...GOALS, ...SCORED_INDICATORS, "总分\t100\t95"].join("\n"));
    expect(r.diagnostics.map((d) => d.code)).toContain("total-score-mismatch");
  });
});

describe("a goals header naming the expected goal 计划目标", () => {
  it.each(["计划目标", "年度计划目标"])("reads %j as the expected goal's column", (heading) => {
    // Before, the heading went to unmapped (warning[cell-unplaced]).
    const r = project([...IDENTITY, ...FUNDS, `年度绩效目标\t${heading}\t完成情况`, "\t完成目标\t已完成", ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.goals).toEqual({ expected: "完成目标", actual: "已完成" });
    expect(r.unmapped).toEqual([]);
  });
});

describe("funds headings written with 金额, and 全年实际支出数", () => {
  it.each([
    ["年初预算金额\t调整预算金额\t实际支出金额", [100, 100, 90]],
    ["年初预算数\t全年预算数\t全年实际支出数", [100, 100, 90]],
    ["年初预算数\t调整后预算金额\t全年实际支出", [100, 100, 90]],
  ])("reads %j", (headings, [initialBudget, annualBudget, executed]) => {
    // Before, the heading was no label pe-parse knew (warning[label-unknown]), its column placed by realignment.
    const header = `项目资金（万元）\t${headings}\t分值\t执行率\t得分`;
    const r = project([...IDENTITY, header, "年度资金总额\t100\t100\t90\t10\t90%\t9", ...GOALS, ...INDICATORS, ...TOTAL].join("\n"));
    expect(r.funds.lines).toEqual([{ label: "年度资金总额", item: "total", initialBudget, annualBudget, executed, weight: 10, executionRate: 90, score: 9 }]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("weight headings in other words", () => {
  it.each([
    ["指标权重", "预算执行率"],
    ["权重", "执行率"],
  ])("reads %s as 分值 (beside %s), in the funds header and the indicator header", (weightHeading, rateHeading) => {
    const r = project(
      [
        ...IDENTITY,
        `资金情况（万元）\t年初预算金额\t调整预算数\t实际支出数\t${rateHeading}\t${weightHeading}\t评分`,
        "资金总额\t300\t320\t310\t96.88%\t10\t9.7",
        `一级指标\t二级指标\t指标名称\t年度目标值\t实际值\t${weightHeading}\t评分`,
        "产出指标\t数量指标\t维护路灯数量\t≥20000盏\t21000盏\t90\t89",
        "合计\t\t\t\t\t100\t98.7",
      ].join("\n"),
    );
    expect(r.funds.lines.map((l) => [l.annualBudget, l.executed, l.executionRate, l.weight, l.score])).toEqual([[320, 310, 96.88, 10, 9.7]]);
    expect(r.indicators.map((i) => [i.weight, i.score])).toEqual([[90, 89]]);
    expect(r.unmapped).toEqual([]);
  });
});

describe("a project named only by its title", () => {
  it.each([
    ["某县2023年度农村公路养护项目绩效评价指标体系及评分表", "某县2023年度农村公路养护项目"],
    ["城区绿化管护项目绩效评价评分表", "城区绿化管护项目"],
    ["2023年度校舍维修项目支出绩效自评表", "2023年度校舍维修"],
  ])("names the form of %s %s, and says so", (title, name) => {
    const r = project([title, "一级指标\t二级指标\t三级指标\t分值\t得分", "产出指标\t数量指标\t养护里程\t40\t38", "合计\t\t\t40\t38"].join("\n"));
    expect(r.name).toBe(name);
    expect(r.diagnostics.map((d) => d.code)).toContain("name-from-title");
  });
});

describe("the Sichuan funds header's 原因 column", () => {
  it.each(["原因", "偏差原因"])("reads a header with %s whole: no label-unknown, its empty column nothing", (heading) => {
    const r = project(
      [...IDENTITY, `项目资金（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t${heading}`, "总额\t300\t360\t342\t95%\t10\t9.5\t", ...INDICATORS, ...TOTAL].join("\n"),
    );
    expect(r.funds.lines.map((l) => [l.initialBudget, l.annualBudget, l.executed, l.weight, l.score])).toEqual([[300, 360, 342, 10, 9.5]]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("label-unknown");
    expect(r.unmapped).toEqual([]);
  });
});
