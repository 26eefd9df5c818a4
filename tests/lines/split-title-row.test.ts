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
