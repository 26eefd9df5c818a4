// markTaskTableHeadings (src/document/task-table-headings.ts): a task table's second heading row
// (funds items naming its figure columns) stays in the table instead of opening a funds section.
import { describe, expect, it } from "vitest";
import { rowTokensOf } from "../../src/document/build-document.js";
import { readLines } from "../../src/lines/read-lines.js";

/** The token name of each line (page breaks left out). */
const tokens = (lines: readonly string[]): string[] =>
  rowTokensOf(readLines(lines.join("\n"))).map((t) => t.tokenType.name).filter((n) => n !== "PageBreak");

const TASKS = "年度主要任务\t任务名称\t主要内容\t预算金额（万元）";

describe("markTaskTableHeadings", () => {
  it.each([
    { name: "funds items under the table's label row", lines: [TASKS, "\t\t\t总额\t财政拨款\t其他资金", "\t培训\t开展培训\t20\t20\t0"], token: "DataRow" },
    { name: "the same items in other words", lines: ["年度主要任务\t任务名称\t任务内容\t预算数", "\t\t\t资金总额\t其中：财政资金\t其他资金"], token: "DataRow" },
    { name: "a funds line (it states an amount)", lines: [TASKS, "年度资金总额\t100\t100\t90"], token: "FundsRow" },
    { name: "funds items under a row that opens no task table", lines: ["评价结论\t良好", "\t\t\t总额\t财政拨款\t其他资金"], token: "FundsRow" },
  ])("$name: $token", ({ lines, token }) => {
    expect(tokens(lines)[1]).toBe(token);
  });

  it("leaves the rows of a form without a task table as they were", () => {
    const form = ["项目名称\t测试项目", "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数", "\t总额\t财政拨款\t其他资金", "年度资金总额\t100\t100\t90"];
    expect(tokens(form).slice(1)).toEqual(["FundsHeaderRow", "FundsRow", "FundsRow"]);
  });
});
