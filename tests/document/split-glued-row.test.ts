// A line holding the cells of several rows (a table rendered cell by cell) is cut where another
// part of the form opens; an ordinary row, whatever labels it holds, stays whole.
import { describe, expect, it } from "vitest";
import { rowTokensOf } from "../../src/document/build-document.js";
import { readRow } from "../../src/document/classify-row.js";
import { splitGluedRow } from "../../src/document/split-glued-row.js";
import { readLines } from "../../src/lines/read-lines.js";
import { rowOf } from "../helpers/cells.js";

const pieces = (text: string): string[] => splitGluedRow(rowOf(text)).map((r) => r.cells.filter((c) => c.text !== "").map((c) => c.text).join("¦"));

describe("splitGluedRow", () => {
  it.each([
    {
      name: "the tail of the funds, the goals, the indicator header and the first indicator (real 02 line 15)",
      row: "\t—\t年度 总体 目标\t预期目标\t实际完成情况\t甲\t乙\t绩效指标\t年度指标值\t实际完成值\t分值\t得分\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t产出指标\t数量指标\t受助人数\t≧\t735\t人次\t735\t10\t10\t",
      rows: ["—", "年度总体目标¦预期目标¦实际完成情况¦甲¦乙", "绩效指标¦年度指标值¦实际完成值¦分值¦得分¦一级指标¦二级指标¦三级指标¦指标性质¦指标值¦度量单位", "产出指标¦数量指标¦受助人数¦≧¦735¦人次¦735¦10¦10"],
    },
    {
      name: "an identity row and the funds label after it (real 02 line 6)",
      row: "\t公开14表\t项目名称\t营养改善计划\t主管部门\t县教育体育局\t实施单位\t县明朗中学\t项目资金 (元)\t",
      rows: ["公开14表¦项目名称¦营养改善计划¦主管部门¦县教育体育局¦实施单位¦县明朗中学", "项目资金(元)"],
    },
    {
      name: "the funds header and the first item label (real 02 line 7)",
      row: "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t年度资金总额\t",
      rows: ["年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分", "年度资金总额"],
    },
    {
      name: "values and the next item label (real 02 line 8)",
      row: "\t387664.62\t387664.62\t10\t100%\t10\t其中:当年财政 拨款\t",
      rows: ["387664.62¦387664.62¦10¦100%¦10", "其中:当年财政拨款"],
    },
    {
      name: "a labelled value and the 总分 (real 02 line 34)",
      row: "\t其他需要说明事项\t无\t总分\t100\t96\t优\t",
      rows: ["其他需要说明事项¦无", "总分¦100¦96¦优"],
    },
    {
      name: "nothing in a funds row whose section label stands before its item (003 line 1218)",
      row: "项目资金（万元）\t年度资金总额（万元）：\t年初预算数\t3.84\t全年预算数\t3.84\t全年执行数\t10\t执行率 %\t10\t",
      rows: ["项目资金（万元）¦年度资金总额（万元）：¦年初预算数¦3.84¦全年预算数¦3.84¦全年执行数¦10¦执行率%¦10"],
    },
    {
      name: "nothing in a header whose last column is 备注 (real 07 line 3, once split)",
      row: "评价指标\t评价内容\t指标名称\t指标说明\t目标值\t分值\t备注",
      rows: ["评价指标¦评价内容¦指标名称¦指标说明¦目标值¦分值¦备注"],
    },
  ])("cuts $name", ({ row, rows }) => {
    expect(pieces(row)).toEqual(rows);
  });

  it.each([
    { source: "004 line 18, an indicator header", row: "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析 及改进措施\t" },
    { source: "004 line 16, a goals header whose 实际完成情况 both headers take", row: "年度 总体 目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t" },
    { source: "004 line 10, an identity row", row: "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t" },
    { source: "004 line 12, a funds row", row: "\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9\t" },
    { source: "003 line 1227, 实际完成目标 both headers take", row: "年度总体目标\t预期目标\t实际完成目标" },
  ])("sees no glued row in $source", ({ row }) => {
    expect(readRow(rowOf(row)).glued).toBe(false);
  });
});

describe("rows split while tokens are read (build-document.ts)", () => {
  const read = (line: string): { tokens: string[]; codes: string[] } => {
    const repairs = { diagnostics: [] as Array<{ code: string }>, extraRows: 0 };
    const tokens = rowTokensOf(readLines(line), repairs as never).map((t) => t.tokenType.name);
    return { tokens, codes: repairs.diagnostics.map((d) => d.code) };
  };
  it.each([
    ["项目名称\t乡村振兴示范带建设\t项目编码\t440104-2022-0031", ["ProjectNameRow", "ExtraRow"]],
    ["主管部门\t某区农业农村局\t项目负责人\t李明", ["IdentityRow", "ExtraRow"]],
  ])("splits labelled values side by side (%s) without reporting rows glued by a scrape", (line, tokens) => {
    expect(read(line)).toEqual({ tokens, codes: [] });
  });

  it("reports a row that holds a funds item after the identity's values (rows-split)", () => {
    const { tokens, codes } = read("实施单位\t某中心\t项目资金（万元）\t年初预算数\t全年预算数\t全年执行数");
    expect(tokens.length).toBe(2);
    expect(codes).toEqual(["rows-split"]);
  });
});
