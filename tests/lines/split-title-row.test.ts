// A form's title written in a table row beside labelled cells becomes text lines: the title and
// the lines under it. Any other row stays a row.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/lines/model.js";
import { readLines } from "../../src/lines/read-lines.js";
import { rebuildRows } from "../../src/lines/rebuild-rows.js";

function shape(lines: readonly Line[]): string[] {
  return lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : l.kind === "text" ? `text:${l.text}@${l.line}` : "blank"));
}

describe("a title in a table row", () => {
  it.each([
    {
      name: "a title and the unit beside it (real 02 line 1)",
      text: "2022年度项目支出绩效自评表\t部门:临沧市永德县明朗中学\t",
      lines: ["text:2022年度项目支出绩效自评表@1", "text:部门:临沧市永德县明朗中学@1"],
      codes: ["title-split"],
    },
    {
      name: "a department form's title and two labelled cells",
      text: "\t2023年度部门整体支出绩效自评表\t填报单位：某县水利局\t金额单位：万元",
      lines: ["text:2023年度部门整体支出绩效自评表@1", "text:填报单位：某县水利局@1", "text:金额单位：万元@1"],
      codes: ["title-split"],
    },
    {
      name: "no title: a row whose first cell only ends like one",
      text: "评分表\t5\t5",
      lines: ["评分表¦5¦5"],
      codes: [],
    },
    {
      name: "no title: a title beside a cell that is no labelled value",
      text: "2022年度项目支出绩效自评表\t义务教育营养改善计划",
      lines: ["2022年度项目支出绩效自评表¦义务教育营养改善计划"],
      codes: [],
    },
  ])("reads $name", ({ text, lines, codes }) => {
    const result = rebuildRows(readLines(text));
    expect(shape(result.lines)).toEqual(lines);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});

describe("the labelled lines under a title written as a row", () => {
  it.each([
    {
      name: "the filing unit and the amount unit under a project form's title",
      text: "某市2023年度项目支出绩效自评表\n填报单位：某市水利局\t单位：万元",
      lines: ["text:某市2023年度项目支出绩效自评表@1", "text:填报单位：某市水利局@2", "text:单位：万元@2"],
      codes: ["headings-split"],
    },
    {
      name: "a unit alone, padded, after a blank line",
      text: "2023年度部门整体支出绩效自评表\n\n\t\t金额单位：元\t\t",
      lines: ["text:2023年度部门整体支出绩效自评表@1", "blank", "text:金额单位：元@3"],
      codes: ["headings-split"],
    },
    {
      name: "no headings: the form's own identity cells (项目名称：…) keep their row",
      text: "2023年度项目支出绩效自评表\n项目名称：校舍维修\t主管部门：县教育局",
      lines: ["text:2023年度项目支出绩效自评表@1", "项目名称：校舍维修¦主管部门：县教育局"],
      codes: [],
    },
    {
      name: "no headings: labelled cells under a line that is no title",
      text: "关于2023年度绩效自评情况的说明\n填报单位：某市水利局\t单位：万元",
      lines: ["text:关于2023年度绩效自评情况的说明@1", "填报单位：某市水利局¦单位：万元"],
      codes: [],
    },
    {
      name: "no headings: a cell that is no labelled line",
      text: "2023年度项目支出绩效自评表\n填报单位：某市水利局\t2023年度",
      lines: ["text:2023年度项目支出绩效自评表@1", "填报单位：某市水利局¦2023年度"],
      codes: [],
    },
  ])("reads $name", ({ text, lines, codes }) => {
    const result = rebuildRows(readLines(text));
    expect(shape(result.lines)).toEqual(lines);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
