// Forms worded as other provinces word them read the same whatever the scrape did to their layout:
// written one cell per line (rows ended by a line of one TAB, or not at all) or with spaces for TABs,
// each gives the record its TAB dump gives (the fields an analyst reads; repairs differ).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";
import type { DepartmentRecord } from "../../src/schema/department.js";
import type { ProjectRecord } from "../../src/schema/project.js";

const FORMS: Record<string, string[][]> = {
  // 合计 as the funds' total, numbered funds rows, a 项目负责人 row between identity and funds.
  "合计 total, numbered items, 项目负责人": [
    ["2023年度项目支出绩效自评表"],
    ["项目名称", "农村公路建设"],
    ["主管部门", "某县交通局", "实施单位", "某县交通局"],
    ["项目负责人", "张三", "联系电话", "12345678"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["合计", "800", "800", "760", "10", "95%", "9.5"],
    ["1.财政拨款", "800", "800", "760"],
    ["2.其他资金", "0", "0", "0"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "建设农村公路20公里", "建成19公里"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "建设里程", "20公里", "19公里", "40", "38", "天气原因"],
    ["效益指标", "社会效益指标", "通行条件改善", "改善", "改善", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20"],
    ["合计", "", "", "", "", "100", "97.5"],
  ],
  // 执行进度 / 预算安排数 headings, a zero 其他资金 row, 自评得分 as the 总分 row's label.
  "执行进度 heading, zero amounts, 自评得分 total": [
    ["某市2022年度部门项目绩效自评表"],
    ["项目名称", "城区绿化提升工程"],
    ["项目主管部门", "某市园林局", "项目实施单位", "某市园林绿化中心"],
    ["资金情况（万元）", "预算安排数", "实际支出数", "执行进度", "分值", "得分"],
    ["资金总额", "500", "450", "90%", "10", "9"],
    ["其中：本年财政资金", "500", "450", "90%"],
    ["其他资金", "0", "0"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "新增绿地面积2万平方米", "新增绿地面积2.1万平方米"],
    ["一级指标", "二级指标", "三级指标", "权重", "指标值", "实际值", "得分"],
    ["产出指标", "数量指标", "新增绿地面积", "30", "2万平方米", "2.1万平方米", "30"],
    ["效益指标", "生态效益指标", "绿化覆盖率提高", "30", "≥1%", "1.2%", "30"],
    ["满意度指标", "服务对象满意度", "市民满意度", "30", "≥85%", "92%", "30"],
    ["自评得分", "", "", "100", "", "", "99"],
  ],
  // Labelled lines under the title written as a row, a funds header opening with 资金来源, short
  // level words (产出 / 数量 / 成本), 指标名称 / 目标值 / 实际值 / 权重 / 评分 headings, 合计 as 总分.
  "资金来源 header, headings row, short level words": [
    ["某市2023年度项目支出绩效自评表"],
    ["填报单位：某市水利局", "单位：万元"],
    ["项目名称", "农村饮水安全巩固提升工程"],
    ["主管单位", "某市水利局", "项目单位", "某市农村供水中心"],
    ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["资金总额", "800", "820", "790", "10", "96.34%", "9.6"],
    ["其中：财政资金", "800", "820", "790", "—", "—", "—"],
    ["自筹资金", "0", "0", "0", "—", "—", "—"],
    ["年度目标", "预期目标", "实际完成情况"],
    ["", "完成10个村饮水工程", "完成10个村饮水工程"],
    ["一级指标", "二级指标", "指标名称", "目标值", "实际值", "权重", "评分", "备注"],
    ["产出", "数量", "改造村数", "10个", "10个", "40", "40"],
    ["", "成本", "单村改造成本", "≤80万元", "79万元", "30", "30"],
    ["满意度", "服务对象满意度", "群众满意度", "≥90%", "95%", "20", "17.6"],
    ["合计", "", "", "", "", "100", "97.2"],
  ],
  // 评价得分 over the funds' and the indicators' scores, 调整后预算数 / 预算执行数, 结转资金, 总计 as 总分.
  "评价得分 headings, 结转资金, 总计 total": [
    ["2023年度项目支出绩效自评表"],
    ["项目全称", "城乡居民健康体检"],
    ["主管部门", "某县卫生健康局", "执行单位", "某县疾病预防控制中心"],
    ["项目资金（万元）", "年初预算数", "调整后预算数", "预算执行数", "分值", "预算执行率", "评价得分"],
    ["资金总额", "200", "200", "190", "10", "95%", "9.5"],
    ["其中：财政拨款", "180", "180", "172", "—", "—", "—"],
    ["结转资金", "20", "20", "18", "—", "—", "—"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "完成居民体检5000人", "完成居民体检5210人"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际值", "分值", "评价得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "体检人数", "≥5000人", "5210人", "40", "40"],
    ["效益指标", "社会效益指标", "慢病早发现人数", "≥100人", "126人", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "受检群众满意度", "≥90%", "93%", "20", "20"],
    ["总计", "", "", "", "", "100", "99.5"],
  ],
  // 年初预算金额 / 调整预算数 / 实际支出数 / 预算执行率 / 指标权重 / 评分 headings, 指标名称 / 年度目标值 / 实际值.
  "指标权重 headings": [
    ["2023年度项目支出绩效自评表"],
    ["项目名称", "城市道路照明维护"],
    ["主管部门", "某市城市管理局", "实施单位", "某市路灯管理所"],
    ["资金情况（万元）", "年初预算金额", "调整预算数", "实际支出数", "预算执行率", "指标权重", "评分"],
    ["资金总额", "300", "320", "310", "96.88%", "10", "9.7"],
    ["其中：财政资金", "300", "320", "310", "96.88%"],
    ["其他资金", "0", "0", "0"],
    ["年度总体目标", "预期目标", "目标完成情况"],
    ["", "路灯亮灯率达到98%", "路灯亮灯率99%"],
    ["一级指标", "二级指标", "指标名称", "年度目标值", "实际值", "指标权重", "评分", "原因分析"],
    ["产出指标", "数量指标", "维护路灯数量", "≥20000盏", "21000盏", "30", "30"],
    ["效益指标", "社会效益指标", "夜间出行安全", "有效保障", "有效保障", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92%", "30", "29"],
    ["合计", "", "", "", "", "100", "98.7"],
  ],
  // A unit form's 资金管理情况 section between funds and goals (Henan's template, 003), its
  // descriptions sentences, its items' problems written or left empty.
  "资金管理情况 section of sentences": [
    ["项目单位自评表"],
    ["项目名称", "乡村道路养护"],
    ["主管部门", "某县交通运输局", "实施单位", "某县公路事业发展中心"],
    ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率 %", "得分"],
    ["年度资金总额(万元):", "120", "120", "114", "10", "95", "9.5"],
    ["政府性预算资金", "120", "120", "114", "-", "95", "-"],
    ["单位资金", "0", "0", "0", "-", "0", "-"],
    ["资金管理情况", "情况说明", "分值", "得分", "存在问题和改进措施"],
    ["安排科学性", "按照部门预算编制的要求,对该项目进行了论证和评审。", "5", "5", "无"],
    ["拨付合规性", "严格按照国库集中支付制度有关规定支付资金。", "5", "4", "拨付进度偏慢,下一年度加快拨付。"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "养护农村公路120公里,路况优良率达到80%。", "养护农村公路120公里,路况优良率82%。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差度 %", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "养护里程", "120公里", "120公里", "30", "30", "0.00%"],
    ["效益指标", "社会效益指标", "路况优良率", "≥80%", "82%", "30", "30", "0.00%"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "20", "20", "0.00%"],
    ["", "总分", "", "", "", "100", "98.5"],
  ],
};

/** A department-wide form: a 年度主要任务 table, the funds broken down by income and expenditure. */
const DEPARTMENT_FORM: string[][] = [
  ["2023年度部门整体支出绩效自评表"],
  ["部门（单位）名称", "某县农业农村局"],
  ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "执行金额（万元）"],
  ["", "农民培训", "开展高素质农民培训", "500", "480"],
  ["", "农田建设", "建设高标准农田", "300", "290"],
  ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["年度资金总额", "800", "900", "850", "10", "94.44%", "9.4"],
  ["按收入性质分", "", "按支出性质分"],
  ["其中：一般公共预算", "700", "其中：基本支出", "300"],
  ["政府性基金预算", "100", "项目支出", "550"],
  ["年度总体目标", "预期目标", "实际完成情况"],
  ["", "保障农业生产", "农业生产稳定"],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ["产出指标", "数量指标", "培训农民人次", "1000人次", "1200人次", "20", "20"],
  ["效益指标", "经济效益指标", "农民增收", "≥5%", "6%", "30", "30"],
  ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", "30", "30"],
  ["总分", "", "", "", "", "90", "89.4"],
];

/**
 * Department forms in the national template's other wordings: funds under 年度预算申请 or a 项目
 * corner, the breakdown with 金额 headings or its items beside the side labels, the task table's
 * figures under a heading in two rows (预算金额 over 总额 / 财政拨款 / 其他资金) or under 预算数 / 执行数,
 * its 金额合计 row, and labelled values at the form's foot.
 */
const DEPARTMENT_FORMS: Record<string, string[][]> = {
  "年度预算申请 funds, 金额 headings, a two-row task heading, 金额合计, 填报人 at the foot": [
    ["2023年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某市文化广电旅游局"],
    ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "900", "960", "912", "10", "95%", "9.5"],
    ["按收入性质分", "金额", "按支出性质分", "金额"],
    ["一般公共预算", "900", "基本支出", "600"],
    ["其他资金", "60", "项目支出", "312"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
    ["", "", "", "总额", "财政拨款", "其他资金"],
    ["", "文物保护", "开展文物巡查修缮", "300", "280", "20"],
    ["", "公共文化服务", "送戏下乡120场", "200", "200", "0"],
    ["金额合计", "", "", "500", "480", "20"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "完成文物巡查修缮和送戏下乡", "全部完成"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["", "产出指标", "数量指标", "送戏下乡场次", "120场", "120场", "40", "40"],
    ["", "效益指标", "社会效益指标", "文物完好率", "100%", "100%", "30", "30"],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "20", "19"],
    ["总分", "", "", "", "", "", "100", "98.5"],
    ["填报人：王丽", "联系电话：0775-6123456"],
  ],
  "a 项目 corner, items beside the breakdown's side labels, 预算数 / 执行数 task headings": [
    ["部门整体支出绩效自评表"],
    ["（2023年度）"],
    ["单位名称", "某市生态环境局"],
    ["项目", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率", "权重", "得分"],
    ["资金总额", "860", "920", "874", "95%", "10", "9.5"],
    ["按收入性质分", "其中：一般公共预算", "820", "按支出性质分", "其中：基本支出", "610"],
    ["", "政府性基金预算", "0", "", "项目支出", "310"],
    ["", "其他资金", "100"],
    ["年度主要任务", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）"],
    ["", "大气监测", "运维监测点位12个", "80", "78"],
    ["", "执法检查", "检查重点排污单位", "40", "36"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["", "空气优良天数比例不低于90%", "空气优良天数比例91.2%"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分"],
    ["产出指标", "数量指标", "监测点位运维数", "12个", "12个", "30", "30"],
    ["效益指标", "生态效益指标", "空气优良天数比例", "≥90%", "91.2%", "30", "28"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "88%", "30", "30"],
    ["自评总分", "", "", "", "", "100", "97.5"],
  ],
};

/** A result list grouped under heading rows, with a 合计 row. */
const RESULT_LIST: string[][] = [
  ["某县2023年度项目支出绩效自评结果"],
  ["序号", "项目名称", "主管部门", "预算金额（万元）", "自评得分", "自评等级"],
  ["一、县教育局"],
  ["1", "校舍维修", "县教育局", "100", "96", "优"],
  ["2", "营养餐", "县教育局", "300", "92", "优"],
  ["二、县卫健局"],
  ["3", "公共卫生", "县卫健局", "500", "85", "良"],
  ["合计", "", "", "900", "", ""],
];

const LAYOUTS: Record<string, (rows: string[][]) => string> = {
  "one cell per line, rows ended by a TAB line": (rows) =>
    rows.map((r) => (r.length === 1 ? (r[0] as string) : [...r.filter((c) => c !== "").map((c) => `${c}\t`), "\t"].join("\n"))).join("\n"),
  "one cell per line, no row ends": (rows) => rows.flatMap((r) => r.filter((c) => c !== "")).join("\n"),
  "spaces for TABs": (rows) => rows.map((r) => r.filter((c) => c !== "").join(" ")).join("\n"),
};

function reading(text: string): unknown {
  const records = parseText(text).records.filter((r): r is ProjectRecord | DepartmentRecord => r.kind === "project" || r.kind === "department");
  expect(records).toHaveLength(1);
  const r = records[0] as ProjectRecord | DepartmentRecord;
  return {
    ...(r.kind === "project" ? { name: r.name, department: r.department, implementer: r.implementer } : { department: r.department, extra: r.extra.map((e) => [e.label, e.value]) }),
    funds: r.funds.lines.map((l) => [l.item, l.annualBudget, l.executed, l.executionRate, l.weight, l.score]),
    ...(r.kind === "department" ? { byIncome: r.funds.byIncome, byExpenditure: r.funds.byExpenditure } : {}),
    goals: r.goals,
    indicators: r.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score]),
    total: r.total,
    ...(r.kind === "project" && r.management.length > 0 ? { management: r.management.map((m) => [m.item, m.description, m.weight, m.score, m.problems]) } : {}),
  };
}

describe("forms in other wordings read the same in every layout", () => {
  const listRows = (text: string): unknown =>
    parseText(text).records.map((r) => (r.kind === "result-row" ? [r.seq, r.name, r.department, r.budget, r.score, r.grade] : r.kind));
  // A group heading is a merged cell across the row: its TAB dump writes the row's TABs.
  const list = listRows(RESULT_LIST.map((r) => (r.length === 1 && r !== RESULT_LIST[0] ? `${r[0]}\t\t\t\t\t` : r.join("\t"))).join("\n"));
  it("a result list: the TAB dump itself gives one record per project, none for headings and 合计", () => {
    expect(list).toEqual([
      [1, "校舍维修", "县教育局", 100, 96, "优"],
      [2, "营养餐", "县教育局", 300, 92, "优"],
      [3, "公共卫生", "县卫健局", 500, 85, "良"],
    ]);
  });
  for (const [layout, write] of Object.entries(LAYOUTS)) {
    it(`a result list with group headings and a 合计 row: ${layout}`, () => {
      expect(listRows(write(RESULT_LIST))).toEqual(list);
    });
  }

  const department = reading(DEPARTMENT_FORM.map((r) => r.join("\t")).join("\n")) as { byIncome: unknown; byExpenditure: unknown; extra: unknown[] };
  it("a department form: the TAB dump itself reads its tasks and its breakdown", () => {
    expect(department.extra).toHaveLength(6);
    expect([department.byIncome, department.byExpenditure]).toEqual([
      { "其中：一般公共预算": 700, 政府性基金预算: 100 },
      { "其中：基本支出": 300, 项目支出: 550 },
    ]);
  });
  for (const [layout, write] of Object.entries(LAYOUTS)) {
    it(`a department form with tasks and a breakdown: ${layout}`, () => {
      expect(reading(write(DEPARTMENT_FORM))).toEqual(department);
    });
  }

  for (const [form, rows] of Object.entries(DEPARTMENT_FORMS)) {
    const expected = reading(rows.map((r) => r.join("\t")).join("\n")) as { funds: unknown[]; byIncome: unknown; extra: unknown[]; indicators: unknown[] };
    it(`${form}: the TAB dump itself reads its funds, breakdown, tasks and indicators`, () => {
      expect(expected.funds).toHaveLength(1);
      expect(expected.byIncome).toBeDefined();
      expect(expected.extra.length).toBeGreaterThanOrEqual(6);
      expect(expected.indicators).toHaveLength(3);
    });
    for (const [layout, write] of Object.entries(LAYOUTS)) {
      it(`${form}: ${layout}`, () => {
        expect(reading(write(rows))).toEqual(expected);
      });
    }
  }

  for (const [form, rows] of Object.entries(FORMS)) {
    const expected = reading(rows.map((r) => r.join("\t")).join("\n")) as { funds: unknown[]; indicators: unknown[]; total: { score: number | null } };
    it(`${form}: the TAB dump itself reads its funds, indicators and 总分`, () => {
      expect(expected.funds).toHaveLength(3);
      expect(expected.indicators).toHaveLength(3);
      expect(expected.total.score).not.toBeNull();
    });
    for (const [layout, write] of Object.entries(LAYOUTS)) {
      it(`${form}: ${layout}`, () => {
        expect(reading(write(rows))).toEqual(expected);
      });
    }
  }
});

/** Result lists whose names hold spaces of their own and open with a bracketed qualifier (002 lines 50–51, 116). */
const SPACED_NAME_LISTS: Record<string, string[][]> = {
  "主管部门 before 项目名称": [
    ["序号", "主管部门（单位）", "项目名称", "预算金额（调整后）", "自评得分", "自评等级"],
    ["1", "[323005]某开发区人才交流服务中心", "追加 2022 年未支付项目 (人才中心印刷费)", "0.87", "100", "优"],
    ["2", "[323001]某开发区社会发展局(社会事务局)", "(上级) 秦财社[2022]33号 退役安置补助经费", "12.5", "95", "优"],
    ["3", "[323001]某开发区社会发展局(社会事务局)", "基层社会救助工作人员经费", "13.08", "88", "良"],
  ],
  "项目名称 first, 部门 last": [
    ["序号", "项目名称", "项目金额（万元）", "自评得分", "自评等级", "部门"],
    ["1", "(本级) 农村 公路 养护", "120", "96", "优", "某县交通局"],
    ["2", "乡村振兴 衔接资金 (第二批)", "300", "85", "良", "某县农业农村局"],
  ],
};

describe("a result list whose names hold spaces, in spaced text", () => {
  const listRows = (text: string): unknown =>
    parseText(text).records.map((r) => (r.kind === "result-row" ? [r.seq, r.name, r.department, r.budget, r.score, r.grade] : r.kind));
  for (const [wording, rows] of Object.entries(SPACED_NAME_LISTS)) {
    it(`joins each name's parts back, a bracketed qualifier opening it: ${wording}`, () => {
      const expected = listRows(rows.map((r) => r.join("\t")).join("\n")) as unknown[][];
      expect(expected).toHaveLength(rows.length - 1);
      expect(listRows(rows.map((r) => r.join(" ")).join("\n"))).toEqual(expected);
    });
  }
});

describe("a seed result list in another layout", () => {
  it("002 written one cell per line (rows ended by a line of one TAB, or not at all; page breaks and the fragment 「心」 kept) gives its result rows", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../fixtures/002_8d8ab4ca45e1b48f.txt", import.meta.url), "utf8");
    const oneCellPerLine = text
      .split("\n")
      .flatMap((l) => (l.includes("\t") ? [...l.split("\t").filter((c) => c.trim() !== "").map((c) => `${c}\t`), "\t"] : [l]))
      .join("\n");
    const rows = (t: string): unknown[] =>
      parseText(t).records.map((r) => (r.kind === "result-row" ? [r.table, r.seq, r.departmentCode, r.department, r.name, r.budget, r.score, r.grade] : r.kind));
    const expected = rows(text);
    expect(expected).toHaveLength(94);
    expect(rows(oneCellPerLine)).toEqual(expected);
    // No TABs and no row ends at all: rows cut at each next 序号, long names still cells.
    const flat = text
      .split("\n")
      .flatMap((l) => (l.includes("\t") ? l.split("\t").filter((c) => c.trim() !== "") : [l]))
      .join("\n");
    expect(rows(flat)).toEqual(expected);
  });
});

describe("a seed form in another layout", () => {
  it("004 written one cell per line with no TABs and no row ends gives its name, funds and 总分", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../fixtures/004_9b7fb85721d44591.txt", import.meta.url), "utf8");
    const flat = text
      .split("\n")
      .flatMap((l) => (l.includes("\t") ? l.split("\t").filter((c) => c.trim() !== "") : [l]))
      .join("\n");
    const reading = (t: string): unknown =>
      parseText(t)
        .records.filter((r): r is ProjectRecord => r.kind === "project")
        .map((r) => [r.name, r.department, r.implementer, r.funds.lines, r.total]);
    const expected = reading(text) as unknown[];
    expect(expected).toHaveLength(1);
    expect(reading(flat)).toEqual(expected);
  });
});

describe("a 部门决算 table with side-by-side halves in other layouts", () => {
  const TABLE: string[][] = [
    ["收入支出决算总表"],
    ["公开01表"],
    ["编制单位：某县教育局", "", "", "", "", "金额单位：万元"],
    ["收入", "", "", "支出", "", ""],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["一、一般公共预算财政拨款收入", "1", "1,234.56", "一、一般公共服务支出", "31", ""],
    ["四、上级补助收入", "4", "12.00", "五、教育支出", "35", "1,200.00"],
    ["本年收入合计", "5", "1,246.56", "本年支出合计", "36", "1,200.00"],
  ];
  const account = (text: string): unknown =>
    parseText(text).records.map((r) => (r.kind === "final-account" ? [r.entity, r.unit, r.columns, r.rows.map((x) => [x.side, x.name, x.lineNo, x.values])] : r.kind));
  const expected = account(TABLE.map((r) => r.join("\t")).join("\n")) as unknown[];
  it("the TAB dump itself gives one record with six rows", () => {
    expect(expected).toHaveLength(1);
    expect((expected[0] as unknown[])[3]).toHaveLength(6);
  });
  for (const layout of ["one cell per line, rows ended by a TAB line", "spaces for TABs"]) {
    it(layout, () => {
      const write = LAYOUTS[layout] as (rows: string[][]) => string;
      expect(account(write(TABLE))).toEqual(expected);
    });
  }
});
