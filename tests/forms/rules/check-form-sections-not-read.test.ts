// checkFormSections: a gap in a form is `section-missing` when nothing of it is there, and
// `section-not-read` when its words stand in the form's rows or the table after it.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { checkFormSections } from "../../../src/forms/rules/check-form-sections.js";
import { parseText } from "../../../src/parse-text.js";
import type { ProjectRecord } from "../../../src/schema/project.js";
import { rowOf } from "../../helpers/cells.js";

describe("checkFormSections", () => {
  it.each([
    {
      name: "reports a 绩效指标 section absent everywhere as missing",
      form: { name: "某项目", hasIndicators: false, hasTotal: false },
      around: [rowOf("项目名称\t某项目", 3)],
      expected: [{ code: "section-missing", severity: "warning", message: "the form has no 绩效指标 section: it may be cut off; the record is partial", line: 9 }],
    },
    {
      name: "reports a 绩效指标 section whose words stand in rows not read as not read",
      form: { name: "某项目", hasIndicators: false, hasTotal: false },
      around: [rowOf("项目名称\t某项目", 3), rowOf("产出指标\t数量指标\t培训次数\t≥2次\t2次", 12)],
      expected: [
        {
          code: "section-not-read",
          severity: "warning",
          message:
            "the form's 绩效指标 section was not read: its words stand on line 12, in rows pe-parse could not place; the record is partial, the source may not be",
          line: 12,
        },
      ],
    },
    {
      name: "reports a 总分 row standing after the form as not read",
      form: { name: "某项目", hasIndicators: true, hasTotal: false },
      around: [rowOf("小计\t\t100\t96", 20), rowOf("总分\t100\t96", 21)],
      expected: [
        {
          code: "section-not-read",
          severity: "warning",
          message:
            "the form's 总分 row was not read: its words stand on line 21, in rows pe-parse could not place; the record is partial, the source may not be",
          line: 21,
        },
      ],
    },
    { name: "reports nothing on a whole form", form: { name: "某项目", hasIndicators: true, hasTotal: true }, around: [], expected: [] },
  ])("$name", ({ form, around, expected }) => {
    const ledger = new CellLedger();
    checkFormSections(form, 3, 9, ledger, around);
    expect(ledger.diagnostics).toEqual(expected);
  });

  it("looks in the loose table right after a form (a parse)", () => {
    // The indicator header is not recognised (no column the classifier knows), so its rows are a loose table.
    const text = ["项目名称\t某项目", "主管部门\t某局\t实施单位\t某中心", "", "考核内容\t细项\t分数", "产出指标\t培训次数\t5"].join("\n");
    const { records } = parseText(text);
    const project = records.find((r): r is ProjectRecord => r.kind === "project");
    expect(project?.diagnostics.map((d) => d.code)).toContain("section-not-read");
    expect(records.map((r) => r.kind)).toEqual(["project", "table"]);
  });
});
