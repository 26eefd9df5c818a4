// readProjectForm / isProjectForm: a project form block → its `project` record (form kind, title,
// year, identity, sections) with the form-level checks' diagnostics.
import { describe, expect, it } from "vitest";
import { formContext } from "../../src/forms/form-context.js";
import { isProjectForm, readProjectForm } from "../../src/forms/project-form.js";
import { blockOf } from "../helpers/blocks.js";

type Excerpt = Array<[number, string]>;

// 004 lines 5–15 and 45: title, year, identity, funds, total
const HEAD_004: Excerpt = [
  [5, "社保工作专项经费项目支出绩效自评表"],
  [7, "(2021 年度)"],
  [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
  [10, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"],
  [11, "项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分\t"],
  [12, "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t"],
];
const INDICATORS_004: Excerpt = [
  [18, "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t"],
  [19, "\t产出指标 50 分\t数量指标\t失业动态监测企业数\t40 家\t40 家\t10\t10\t\t"],
];

describe("readProjectForm", () => {
  it.each([
    {
      name: "reads an expenditure form's title, year, identity and sections, and checks its 总分 (004 lines 5–19, 45)",
      // 总分 12 is neither the indicators' 10 nor 10 + the funds' 3.9: total-score-mismatch
      excerpt: [...HEAD_004, ...INDICATORS_004, [45, "总分\t\t\t\t\t100\t12\t\t\t"]] as Excerpt,
      record: {
        form: "expenditure",
        title: "社保工作专项经费项目支出绩效自评表",
        year: 2021,
        name: "社保工作专项经费",
        department: "承德县人力资源和社会保障局",
        implementer: "承德县社会保险事业管理局",
        source: { startLine: 5, endLine: 45 },
        total: { weight: 100, score: 12 },
      },
      codes: ["total-score-mismatch"],
    },
    {
      // cut off after line 19: no 总分
      name: "reports a form cut off before its 总分 row (004 lines 5–19)",
      excerpt: [...HEAD_004, ...INDICATORS_004],
      record: { form: "expenditure", year: 2021, source: { startLine: 5, endLine: 19 }, total: { weight: null, score: null } },
      codes: ["section-missing"],
    },
    {
      // 003 lines 807–816: the unit form's title and its 资金管理情况 header
      name: "tells a unit form by its title (003 lines 807–815)",
      excerpt: [
        [807, "项目单位自评表"],
        [809, "项目名称\t\t病退、工伤鉴定及勘验费\t\t\t\t\t\t\t\t\t"],
        [823, "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差度 %\t偏差原因分析及改进措施\t\t\t"],
        [824, "成本指标\t经济成本指标\t成本控制率\t≤100%\t100%\t10\t10\t0.00%\t\t\t\t"],
        [840, "总分\t\t\t\t\t10\t10\t\t"],
      ] as Excerpt,
      record: { form: "unit", title: "项目单位自评表", year: null, name: "病退、工伤鉴定及勘验费", source: { startLine: 807, endLine: 840 } },
      codes: [],
    },
  ])("$name", ({ excerpt, record, codes }) => {
    const block = blockOf("form", excerpt);
    const draft = readProjectForm(block, formContext());
    expect(draft).toMatchObject({ kind: "project", ...record });
    expect(draft.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(draft.unmapped).toEqual([]);
  });

  it("lists a cell no section takes in the record's unmapped (004 line 9 with a stray cell)", () => {
    const excerpt: Excerpt = [[9, "项目名称\t\t社保工作专项经费\t\t备用\t\t\t\t\t"], ...INDICATORS_004, [45, "总分\t\t\t\t\t10\t10\t\t\t"]];
    const draft = readProjectForm(blockOf("form", excerpt), formContext());
    expect(draft.unmapped).toEqual([{ line: 9, text: "备用" }]);
  });
});

describe("isProjectForm", () => {
  it.each([
    { name: "is true for a form with its 项目名称 (004 line 9 alone)", excerpt: [[9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"]] as Excerpt, form: true },
    { name: "is true for a form with a section but no name (004 lines 10–12)", excerpt: HEAD_004.slice(3), form: true },
    {
      name: "is false for a lone 主管部门/实施单位 row (004 line 10 alone)",
      excerpt: [[10, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"]] as Excerpt,
      form: false,
    },
  ])("$name", ({ excerpt, form }) => {
    expect(isProjectForm(blockOf("form", excerpt))).toBe(form);
  });
});
