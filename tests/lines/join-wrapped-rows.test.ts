// Rows wrapped over several lines (an HTML table rendered cell by cell): the header is rebuilt
// from its pieces, the rows by 序号 or by what fits the header's order, each cell keeping its
// source line; a header that is whole on one line, or a second header row, is left alone.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/lines/model.js";
import { readLines } from "../../src/lines/read-lines.js";
import { rebuildRows } from "../../src/lines/rebuild-rows.js";

/** Each table line as its cells joined by `¦`, text lines as `text:…`. */
function shape(lines: readonly Line[]): string[] {
  return lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : l.kind === "text" ? `text:${l.text}` : "blank"));
}

const CASES: Array<{ name: string; text: string; rows: string[]; codes: string[] }> = [
  {
    name: "a rubric's header over four lines and a row over three, told apart by 序号 (real 06, lines 3–10)",
    text: [
      "序号\t一级 指标\t",
      "二级 指标\t",
      "三级 指标\t",
      "指标分值\t指标解释\t评分标准\t自评得分\t",
      "1\t规划 (15分)\t",
      "基础信息 (3分)\t基础信息 完整性\t3\t是否真实\t真实得3分\t",
      "3\t",
      "2\t工作计划 (6分)\t年度工作 计划完整性\t3\t是否完整\t完整得3分\t3\t\t",
    ].join("\n"),
    rows: [
      "序号¦一级指标¦二级指标¦三级指标¦指标分值¦指标解释¦评分标准¦自评得分",
      "1¦规划(15分)¦基础信息(3分)¦基础信息完整性¦3¦是否真实¦真实得3分¦3",
      "2¦工作计划(6分)¦年度工作计划完整性¦3¦是否完整¦完整得3分¦3",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "header words cut at the line ends (`年度` + `指标值`, `实际` + `完成值`) and rows opened by level words",
    text: [
      "一级指标\t二级指标\t三级指标\t年度\t",
      "指标值\t实际\t",
      "完成值\t分值\t得分\t",
      "产出指标\t数量指标\t养护里程\t≥180公里\t182公里\t",
      "20\t20\t",
      "质量指标\t路面完好率\t≥90%\t93%\t20\t20\t",
    ].join("\n"),
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分", "产出指标¦数量指标¦养护里程¦≥180公里¦182公里¦20¦20", "质量指标¦路面完好率¦≥90%¦93%¦20¦20"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "rows without 序号, a line that cannot follow the row's cells in the header's order opening the next",
    text: [
      "一级指标\t二级指标\t",
      "三级指标\t权重\t",
      "评分细则\t实际得分\t扣分原因\t",
      "决策（15）\t目标设定（8）\t绩效目标合理性\t4\t",
      "相符得4分。\t4\t\t",
      "政府采购规范性\t10\t",
      "规范得10分。\t9\t备案滞后\t",
      "合计\t100\t",
      "95.1\t\t",
    ].join("\n"),
    rows: [
      "一级指标¦二级指标¦三级指标¦权重¦评分细则¦实际得分¦扣分原因",
      "决策（15）¦目标设定（8）¦绩效目标合理性¦4¦相符得4分。¦4",
      "政府采购规范性¦10¦规范得10分。¦9¦备案滞后",
      "合计¦¦¦100¦¦95.1¦",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a cell whose closing TAB never came (the text cut inside it) as the last row's next cell",
    text: ["序号\t一级指标\t", "二级指标\t三级指标\t", "分值\t评分标准\t得分\t", "6\t执行\t预算执行\t预算执行率\t5\t", "1、无预算追加(1"].join("\n"),
    rows: ["序号¦一级指标¦二级指标¦三级指标¦分值¦评分标准¦得分", "6¦执行¦预算执行¦预算执行率¦5¦1、无预算追加(1"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a header whole on one line with a second header row under it (指标值 named twice) is left as it is",
    text: ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t", "指标性质\t指标值\t度量单位\t", "产出指标\t数量指标\t人数\t≥\t100\t人\t120"].join("\n"),
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦", "指标性质¦指标值¦度量单位¦", "产出指标¦数量指标¦人数¦≥¦100¦人¦120"],
    codes: [],
  },
  {
    name: "a whole header on one line and a row opening with 绩效指标 under it are left as they are (003 lines 1655–1656)",
    text: ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差率 %\t偏差原因分析及改进措施\t", "绩效指标\t成本指标\t经济成本指标\t代缴标准\t100人/年\t100人/年\t10\t10\t0.00%\t"].join("\n"),
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分¦偏差率%¦偏差原因分析及改进措施¦", "绩效指标¦成本指标¦经济成本指标¦代缴标准¦100人/年¦100人/年¦10¦10¦0.00%¦"],
    codes: [],
  },
  {
    name: "an ordinary header on one line followed by its rows is left as it is",
    text: ["序号\t一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分", "1\t投入\t预算编制\t目标合理性\t5\t合理得5分\t5"].join("\n"),
    rows: ["序号¦一级指标¦二级指标¦三级指标¦分值¦评分标准¦得分", "1¦投入¦预算编制¦目标合理性¦5¦合理得5分¦5"],
    codes: [],
  },
];

describe("rebuildRows on rows wrapped over lines", () => {
  it.each(CASES)("rebuilds $name", ({ text, rows, codes }) => {
    const result = rebuildRows(readLines(text));
    expect(shape(result.lines)).toEqual(rows);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it("keeps each cell's source line and reports the lines and the width", () => {
    const text = ["序号\t一级指标\t", "二级指标\t三级指标\t", "分值\t得分\t", "1\t投入\t", "预算编制\t目标合理性\t5\t", "5\t"].join("\n");
    const { lines, diagnostics } = rebuildRows(readLines(text));
    const row = lines[1];
    expect(row?.kind === "table" && row.row.cells.map((c) => c.line)).toEqual([4, 4, 5, 5, 5, 6]);
    expect(diagnostics[0]).toMatchObject({ code: "rows-rebuilt", severity: "info", line: 1 });
    expect(diagnostics[0]?.message).toContain("lines 1–6");
    expect(diagnostics[0]?.message).toContain("wrapped");
  });
});

describe("rebuildRows on a wrapped header whose last line starts the first row", () => {
  it.each([
    {
      name: "the first row after the header's last words on their line",
      text: ["序号\t一级指标\t", "二级指标\t三级指标\t", "分值\t得分\t1\t投入\t", "预算编制\t目标合理性\t5\t5\t", "2\t目标明确性\t5\t4\t"].join("\n"),
      rows: ["序号¦一级指标¦二级指标¦三级指标¦分值¦得分", "1¦投入¦预算编制¦目标合理性¦5¦5", "2¦目标明确性¦5¦4"],
    },
    {
      name: "a 序号 skipped (3 after 1) opening a row where the line cannot continue the one before",
      text: ["序号\t一级指标\t", "二级指标\t三级指标\t", "分值\t得分\t", "1\t投入\t预算编制\t目标合理性\t5\t5\t", "3\t目标明确性\t5\t4\t"].join("\n"),
      rows: ["序号¦一级指标¦二级指标¦三级指标¦分值¦得分", "1¦投入¦预算编制¦目标合理性¦5¦5", "3¦目标明确性¦5¦4"],
    },
  ])("rebuilds $name", ({ text, rows }) => {
    const result = rebuildRows(readLines(text));
    expect(shape(result.lines)).toEqual(rows);
  });
});
