// readGoals: the 年度总体目标 section's 预期目标 and 实际完成情况 texts, placed under the header's
// two columns.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readGoals } from "../../../src/forms/project/goals.js";
import { blockOf } from "../../helpers/blocks.js";

const NAME: readonly [number, string] = [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"];

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  readonly goals: { expected: string | null; actual: string | null };
  readonly unmapped: UnmappedEntry[];
}

const cases: Case[] = [
  {
    name: "places the two texts under 预期目标 and 实际完成情况 (004 lines 16–17)",
    excerpt: [
      NAME,
      [16, "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t"],
      [17, "\t按照上级要求及时发放失业动态监测联络员的工作补贴。\t\t\t\t失业动态监测联络员的工作正在进行中。\t\t\t\t"],
    ],
    goals: { expected: "按照上级要求及时发放失业动态监测联络员的工作补贴。", actual: "失业动态监测联络员的工作正在进行中。" },
    unmapped: [],
  },
  {
    // 003 line 822: the 预期目标 text in the label's column, the 实际完成情况 text far right
    name: "places texts standing off their header's columns (003 lines 821–822, shortened)",
    excerpt: [
      [809, "项目名称\t\t病退、工伤鉴定及勘验费\t\t\t\t\t\t\t\t\t"],
      [821, "年度总体目标\t\t预期目标\t\t\t实际完成情况\t\t\t\t\t\t"],
      [822, "依据国家有关标准进行鉴定并作出技术性结论。\t\t\t\t\t2023年工伤认定568起。\t\t\t\t\t\t"],
    ],
    goals: { expected: "依据国家有关标准进行鉴定并作出技术性结论。", actual: "2023年工伤认定568起。" },
    unmapped: [],
  },
  {
    name: "gives only the 预期目标 of a form whose goals row has one text (004 lines 16–17, 实际完成情况 empty)",
    excerpt: [NAME, [16, "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t"], [17, "\t按照上级要求及时发放。\t\t\t\t\t\t\t\t"]],
    goals: { expected: "按照上级要求及时发放。", actual: null },
    unmapped: [],
  },
  {
    // the header and the row under it glued on one line: each text after the labels takes the
    // label at its place in the header's order
    name: "reads the texts standing after the header's labels in its own row (real 02 line 15)",
    excerpt: [NAME, [15, "年度 总体 目标\t预期目标\t实际完成情况\t确保每一个学生都能享受政策\t每一个学生都享受了政策"]],
    goals: { expected: "确保每一个学生都能享受政策", actual: "每一个学生都享受了政策" },
    unmapped: [],
  },
  {
    name: "reads 完成情况 as the 实际完成情况 column (synthetic 01b line 9)",
    excerpt: [NAME, [16, "年度总体目标\t预期目标\t完成情况"], [17, "\t开展执法检查60次。\t开展执法检查64次。"]],
    goals: { expected: "开展执法检查60次。", actual: "开展执法检查64次。" },
    unmapped: [],
  },
  {
    // goals written as labelled rows, the section's label on the first: a label and its text on each
    name: "reads goals written as two labelled rows, the section's label on the first (预期目标 / 实际完成情况)",
    excerpt: [NAME, [16, "年度总体目标\t预期目标\t养护农村公路300公里"], [17, "\t实际完成情况\t完成养护农村公路310公里"]],
    goals: { expected: "养护农村公路300公里", actual: "完成养护农村公路310公里" },
    unmapped: [],
  },
  {
    name: "reads goals written as two labelled rows in other words (年度预期目标 / 目标完成情况)",
    excerpt: [NAME, [16, "绩效目标\t年度预期目标\t开展执法检查60次。"], [17, "\t年度目标完成情况\t开展执法检查64次。"]],
    goals: { expected: "开展执法检查60次。", actual: "开展执法检查64次。" },
    unmapped: [],
  },
];

describe("readGoals", () => {
  it.each(cases)("$name", ({ excerpt, goals, unmapped }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    expect(readGoals(s.goalsHeader, s.goals, ledger, formContext())).toEqual(goals);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual([]);
  });
});
