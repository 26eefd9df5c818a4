// A whole form on one line, its cells out of order: funds values by the header's own order (the
// 执行率 in the row or found elsewhere by the arithmetic, reported), and every token no reader took
// kept for the record's unmapped.
import { describe, expect, it } from "vitest";
import { readFlattenedText } from "../../../src/lines/flattened-text.js";
import type { Line } from "../../../src/lines/model.js";
import { readLines } from "../../../src/lines/read-lines.js";
import { parseText } from "../../../src/parse-text.js";

const rows = (lines: readonly Line[]): string[] =>
  lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : l.kind === "text" ? `text:${l.text}` : "blank"));

const IDENTITY = "项目名称 社区养老服务补助 主管部门 宁海区民政局 实施单位 宁海区社会福利中心";
/** An indicator section, which makes each line as long as a whole form is (a short line is no scrambled form). */
const INDICATORS = "一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分 ≥600人 612人 90 90 产出指标 数量指标 服务老年人数 总分 100 99.5";

const cases = [
  {
    name: "reads the total's values in the header's order, the 执行率 among them (text in reading order)",
    text: `项目支出绩效自评表 (2023 年度) ${IDENTITY} 项目资金 (万元) 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 80.00 76.00 10 95.00% 9.5 其中:当年财政拨款 80.00 76.00 — 95.00% — ${INDICATORS}`,
    funds: ["项目资金(万元)¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额¦80.00¦76.00¦10¦95.00%¦9.5", "其中:当年财政拨款¦80.00¦76.00¦¦95.00%¦"],
    placed: 0,
  },
  {
    name: "finds the 执行率 standing elsewhere by 执行数 ÷ 预算数 and reports it (01 P1)",
    text: `项目支出绩效自评表 (2023 年度) ${IDENTITY} 年初预算数 全年预算数 全年执行数 分值 执行率 得分 80.00 80.00 76.00 10 9.5 年度资金总额 项目资金 (元) 95.00% ${INDICATORS}`,
    funds: ["项目资金(元)¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额¦80.00¦80.00¦76.00¦10¦95.00%¦9.5"],
    placed: 1,
  },
  {
    name: "finds 执行数, 执行率 and 分值 among loose numbers when only the budgets and the 得分 follow the header (01 P2)",
    text: `项目支出绩效自评表 (2023 年度) ${IDENTITY} 年初预算数 全年预算数 全年执行数 分值 执行率 得分 20000.00 20000.00 4.52 年度资金总额 项目资金 (元) 9,034 预期目标 10 45.17% ${INDICATORS}`,
    funds: ["项目资金(元)¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额¦20000.00¦20000.00¦9,034¦10¦45.17%¦4.52"],
    placed: 1,
  },
];

describe("readScrambledLine", () => {
  it.each(cases)("$name", ({ text, funds, placed }) => {
    const { lines, diagnostics } = readFlattenedText(readLines(`\n${text}`));
    const got = rows(lines).filter((r) => r.startsWith("项目资金") || r.startsWith("年度资金总额") || r.startsWith("其中"));
    expect(got).toEqual(funds);
    expect(diagnostics.filter((d) => d.code === "placed-by-arithmetic" && d.message.includes("年度资金总额"))).toHaveLength(placed);
  });

  it("keeps the tokens no reader took, and parseText lists them in that form's record's unmapped", () => {
    const text = `项目支出绩效自评表 (2023 年度) ${IDENTITY} 年初预算数 全年预算数 全年执行数 分值 执行率 得分 80.00 80.00 76.00 10 9.5 年度资金总额 项目资金 (万元) 95.00% ${INDICATORS} 附注 见附件三`;
    const flat = readFlattenedText(readLines(`\n${text}`));
    expect(flat.unread).toEqual([
      { line: 2, text: "附注", form: 0 },
      { line: 2, text: "见附件三", form: 0 },
    ]);
    const [record] = parseText(`\n${text}`).records;
    expect(record?.unmapped).toEqual(expect.arrayContaining([{ line: 2, text: "附注" }, { line: 2, text: "见附件三" }]));
    expect(record?.diagnostics.find((d) => d.code === "layout-flattened")?.message).toContain("2 more pieces of text kept in unmapped");
  });
});
