// readTotal: the 总分 row's 分值 and 得分, placed under the indicator header's columns.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readIndicators } from "../../../src/forms/project/indicators.js";
import { readTotal } from "../../../src/forms/project/total.js";
import { blockOf } from "../../helpers/blocks.js";

const NAME_004: readonly [number, string] = [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"];
const HEADER_004: readonly [number, string] = [18, "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t"];

describe("readTotal", () => {
  it.each([
    { name: "reads 分值 and 得分 of the 总分 row (004 lines 18, 45)", excerpt: [NAME_004, HEADER_004, [45, "总分\t\t\t\t\t100\t93.9\t\t\t"]], total: { weight: 100, score: 93.9 } },
    // 001 line 366 `总分¦¦¦¦¦100¦99¦¦`
    { name: "reads the 总分 row of 001 (001 lines 355, 366)", excerpt: [NAME_004, [355, "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"], [366, "总分\t\t\t\t\t100\t99\t\t"]], total: { weight: 100, score: 99 } },
    // without a header the two numbers are still 分值 then 得分
    { name: "reads the two numbers in order without an indicator header (004 line 45 alone)", excerpt: [NAME_004, [45, "总分\t\t\t\t\t100\t93.9\t\t\t"]], total: { weight: 100, score: 93.9 } },
    { name: "gives nulls for a 总分 row without values (004 line 45, its values empty)", excerpt: [NAME_004, HEADER_004, [45, "总分\t\t\t\t\t\t\t\t\t"]], total: { weight: null, score: null } },
  ] as Array<{ name: string; excerpt: Array<[number, string]>; total: { weight: number | null; score: number | null } }>)("$name", ({ excerpt, total }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const { header } = readIndicators(s.indicatorHeader, s.indicators, ledger, formContext());
    expect(s.total).toHaveLength(1);
    expect(readTotal(s.total, header, ledger, formContext())).toEqual(total);
    expect(ledger.unmapped).toEqual([]);
  });
});

describe("readTotal with a grade after the score", () => {
  it.each([
    { name: "takes a grade after the 总分's numbers as the 自评等级 (real 02 line 34)", row: "总分\t100\t96\t优", total: { weight: 100, score: 96 }, grades: [{ label: "自评等级", value: "优", line: 45 }] },
    { name: "takes 良好 as well", row: "总分\t\t\t\t\t100\t85\t良好", total: { weight: 100, score: 85 }, grades: [{ label: "自评等级", value: "良好", line: 45 }] },
    { name: "takes no grade from a 总分 row without a number", row: "总分\t优", total: { weight: null, score: null }, grades: [] },
  ])("$name", ({ row, total, grades }) => {
    const { sections: s } = blockOf("form", [NAME_004, HEADER_004, [45, row]]);
    const ledger = new CellLedger();
    const { header } = readIndicators(s.indicatorHeader, s.indicators, ledger, formContext());
    const found: Array<{ label: string; value: string; line: number }> = [];
    expect(readTotal(s.total, header, ledger, formContext(), found)).toEqual(total);
    expect(found).toEqual(grades);
  });
});
