// decideFragmentJoin / isFragmentRow: the wrapped tail of a list row after a page break is joined to
// the cell above only where the join is clearly right.
import { describe, expect, it } from "vitest";
import { decideFragmentJoin, isFragmentRow, type FragmentDecision } from "../../../src/forms/rules/join-fragment-row.js";
import { parseText } from "../../../src/parse-text.js";
import type { PeRecord } from "../../../src/schema/record.js";
import { cellsOf, dumpOf } from "../../helpers/cells.js";

interface Case {
  readonly name: string;
  readonly head: string;
  readonly tail: string;
  readonly decision: FragmentDecision;
}

const cases: Case[] = [
  {
    // 002 line 46 `16¦[323005]秦皇岛经济技术开发区人才交流服务中¦…` + line 48 `¦心¦¦¦¦¦`
    name: "joins the wrapped tail 心 to the department above (002 lines 46, 48)",
    head: "[323005]秦皇岛经济技术开发区人才交流服务中",
    tail: "心",
    decision: { join: true, joined: "[323005]秦皇岛经济技术开发区人才交流服务中心" },
  },
  {
    // 002 line 55 `23¦[323001]…人力资源和社会保障局¦…` + line 57 `¦局)¦¦¦¦¦`: the next rows (line 58)
    // show the cell should have read `…保障局(社会发展局)`, so the tail alone cannot repair it
    name: "keeps apart a tail that would unbalance the brackets of a balanced cell (002 lines 55, 57)",
    head: "[323001]秦皇岛经济技术开发区人力资源和社会保障局",
    tail: "局)",
    decision: { join: false, reason: "the join would unbalance its brackets" },
  },
  {
    // 002 line 64 `30¦[323001]…保障局(社会发展局)¦…` + line 66 `¦局)¦¦¦¦¦`
    name: "keeps apart a tail the cell above already ends with (002 lines 64, 66)",
    head: "[323001]秦皇岛经济技术开发区人力资源和社会保障局(社会发展局)",
    tail: "局)",
    decision: { join: false, reason: "the cell above already ends with 「局)」" },
  },
  {
    // line 64's cell cut before its closing bracket: the tail closes it, which is clearly right
    name: "joins a tail that closes a bracket the cell above left open (002 line 64, cut short)",
    head: "[323001]秦皇岛经济技术开发区人力资源和社会保障局(社会发展",
    tail: "局)",
    decision: { join: true, joined: "[323001]秦皇岛经济技术开发区人力资源和社会保障局(社会发展局)" },
  },
  {
    // 002 line 48's tail under an empty cell
    name: "keeps apart a tail under an empty cell (002 line 48)",
    head: "",
    tail: "心",
    decision: { join: false, reason: "the cell above is empty" },
  },
];

describe("decideFragmentJoin", () => {
  it.each(cases)("$name", ({ head, tail, decision }) => {
    expect(decideFragmentJoin(head, tail)).toEqual(decision);
  });
});

describe("isFragmentRow", () => {
  it.each([
    // 002 line 48 and line 57: no 序号, one short text cell
    { source: "002 line 48", row: "\t心\t\t\t\t\t", fragment: true },
    { source: "002 line 57", row: "\t局)\t\t\t\t\t", fragment: true },
    // 002 line 46: a data row with its 序号
    { source: "002 line 46", row: "16\t[323005]秦皇岛经济技术开发区人才交流服务中\t人才中心专项业务费\t2.35\t100\t优", fragment: false },
    // 002 line 67 without its 序号 would still carry long texts: not a fragment
    { source: "002 line 67", row: "\t[323001]秦皇岛经济技术开发区人力资源和社会保障局(社会发展局)\t散居孤儿补助支出\t\t4.94\t100\t优", fragment: false },
    // a number is a value, never a wrapped tail (002 line 49's budget alone)
    { source: "002 line 49", row: "\t\t\t5.58\t\t\t", fragment: false },
  ])("tells whether $source is a fragment row: $fragment", ({ row, fragment }) => {
    expect(isFragmentRow(cellsOf(row).map((c) => c.text))).toBe(fragment);
  });

  it("is false for a row of empty cells", () => {
    expect(isFragmentRow(["", "", "", "", "", ""])).toBe(false);
  });
});

describe("fragment rows in a result list", () => {
  // 002 lines 29–66: the list header and three page breaks that left a fragment row
  const text = dumpOf([
    [29, "序号\t主管部门（单位）\t项目名称\t预算金额（调整后）\t自评得分\t自评等级"],
    [46, "16\t[323005]秦皇岛经济技术开发区人才交流服务中\t人才中心专项业务费\t2.35\t100\t优"],
    [48, "\t心\t\t\t\t\t"],
    [49, "17\t[323005]秦皇岛经济技术开发区人才交流服务中心\t人才中心办公场地费用\t5.58\t0\t\t差"],
    [55, "23\t[323001]秦皇岛经济技术开发区人力资源和社会保障局\t流浪乞讨人员救助资金\t0.5\t90\t\t优"],
    [57, "\t局)\t\t\t\t\t"],
    [64, "30\t[323001]秦皇岛经济技术开发区人力资源和社会保障局(社会发展局)\t城市特困人员供养支出\t14.917913\t100\t优\t"],
    [66, "\t局)\t\t\t\t\t"],
  ]);
  const { records } = parseText(text, { file: "002.txt" });
  type ResultRow = Extract<PeRecord, { kind: "result-row" }>;
  const bySeq = (seq: number): ResultRow | undefined =>
    records.find((r): r is ResultRow => r.kind === "result-row" && r.seq === seq);

  it("joins a cell split by a page break and reports cell-joined", () => {
    const row = bySeq(16);
    expect(row).toMatchObject({
      source: { startLine: 46, endLine: 48 },
      department: "秦皇岛经济技术开发区人才交流服务中心",
      departmentCode: "323005",
      unmapped: [],
      diagnostics: [
        {
          code: "cell-joined",
          severity: "info",
          message: "joined the split cell 「[323005]秦皇岛经济技术开发区人才交流服务中」 with its continuation 「心」 from line 48",
          line: 46,
        },
      ],
    });
  });

  it.each([
    { seq: 23, line: 57, department: "秦皇岛经济技术开发区人力资源和社会保障局", reason: "the join would unbalance its brackets" },
    { seq: 30, line: 66, department: "秦皇岛经济技术开发区人力资源和社会保障局(社会发展局)", reason: "the cell above already ends with 「局)」" },
  ])("keeps the fragment of line $line apart, lists it in unmapped and reports fragment-kept-apart", ({ seq, line, department, reason }) => {
    const row = bySeq(seq);
    expect(row?.department).toBe(department);
    expect(row?.unmapped).toEqual([{ line, text: "局)" }]);
    expect(row?.diagnostics).toContainEqual({
      code: "fragment-kept-apart",
      severity: "warning",
      message: `the fragment row 「局)」 does not clearly continue the row above (${reason}); its cells are listed in unmapped`,
      line,
    });
  });

  it("gives no fragment to the row after it (002 line 49)", () => {
    expect(bySeq(17)).toMatchObject({ source: { startLine: 49, endLine: 49 }, diagnostics: [], unmapped: [] });
  });
});
