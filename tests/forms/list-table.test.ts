// readListTable: a list table is a summary table (预算数/执行数/结余 columns → summary-row) or a
// result list (预算金额/自评等级 → result-row), told by its header.
import { describe, expect, it } from "vitest";
import { formContext } from "../../src/forms/form-context.js";
import { readListTable } from "../../src/forms/list-table.js";
import { blockOf } from "../helpers/blocks.js";

describe("readListTable", () => {
  it.each([
    {
      name: "reads 000 lines 11–13 as a summary table",
      excerpt: [
        [11, "序号\t项目名称\t项目实施单位\t预算数（调整后）\t\t\t执行数（至2025年底）\t\t结余结转数\t结余交回财政数\t自评得分\t自评结果应用意见"],
        [12, "\t\t\t中央\t省级\t市级\t市级\t县（市）区级\t\t\t\t"],
        [13, "1\t聘用保险办理人员劳务经费\t石家庄市机关事业单位社会保险中心\t\t\t42.21\t42.21\t\t0\t0\t100\t"],
      ] as Array<[number, string]>,
      kinds: ["summary-row"],
    },
    {
      name: "reads 002 lines 29–31 as a result list",
      excerpt: [
        [29, "序号\t主管部门（单位）\t项目名称\t预算金额（调整后）\t自评得分\t自评等级"],
        [30, "1\t323003-秦皇岛经济技术开发区社会保险中心\t城乡医疗救助\t54.939800\t100\t优"],
        [31, "2\t323003-秦皇岛经济技术开发区社会保险中心\t社保中心专项业务费\t9.544240\t100\t优"],
      ] as Array<[number, string]>,
      kinds: ["result-row", "result-row"],
    },
  ])("$name", ({ excerpt, kinds }) => {
    expect(readListTable(blockOf("list", excerpt), formContext()).map((d) => d.kind)).toEqual(kinds);
  });
});
