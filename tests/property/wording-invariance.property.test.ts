// One vocabulary, every wording: a seed whose header or label cell is written as another province
// writes it (`全年执行数` → `预算执行数`, `序号` → `编号`, `上年结转资金` → `结转资金` …) gives the same
// records, field for field (the fields an analyst reads; labels as written and repairs may differ).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse-text.js";
import type { PeRecord } from "../../src/schema/record.js";

/** A cell as the seeds write it, and wordings of the same meaning other forms use. */
const WORDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["项目名称", ["项目全称"]],
  ["主管部门", ["主管单位", "项目主管部门"]],
  ["实施单位", ["项目实施单位", "执行单位"]],
  ["年初预算数", ["年初预算"]],
  ["全年预算", ["全年预算数", "调整后预算数"]],
  ["全年执行", ["全年执行数", "预算执行数", "实际执行数"]],
  ["执行率", ["预算执行率"]],
  ["年度资金总额", ["资金总额", "总额"]],
  ["其中：当年财政拨款", ["其中：财政拨款", "其中：本年财政资金"]],
  ["上年结转资金", ["上年结余结转资金", "结转资金", "结转结余资金"]],
  ["年度 总体 目标", ["年度总体目标", "总体目标"]],
  ["年度 指标值", ["年度指标值", "指标值", "目标值"]],
  ["实际 完成值", ["实际完成值", "完成值", "实际值"]],
  ["偏差原因分析 及改进措施", ["偏差原因分析及改进措施", "未完成原因分析"]],
  ["三级指标", ["指标名称"]],
  ["总分", ["合计", "总计"]],
  ["序号", ["编号"]],
  ["项目实施单位", ["实施单位", "单位名称"]],
  ["预算数（调整后）", ["调整后预算数", "全年预算数"]],
  ["执行数（至2025年底）", ["执行数", "实际执行数", "支出数"]],
  ["结余结转数", ["结转结余数", "结余资金"]],
  ["结余交回财政数", ["交回财政数", "结余收回数"]],
  ["自评得分", ["评价得分", "自评分数"]],
  ["自评结果应用意见", ["结果应用意见", "应用意见"]],
  ["主管部门（单位）", ["主管部门", "预算单位"]],
  ["预算金额（调整后）", ["预算金额", "预算资金"]],
  ["自评等级", ["评价等级", "等级"]],
  ["行次", ["行号"]],
];

const SEEDS = ["000_62e7df66abdd3e04", "001_2cec943835bed671", "002_8d8ab4ca45e1b48f", "003_565532f530cb80ee", "004_9b7fb85721d44591"];

/** The fields an analyst reads of each record, without the labels as written. */
function fields(record: PeRecord): unknown {
  switch (record.kind) {
    case "summary-row":
      return [record.kind, record.seq, record.name, record.implementer, Object.values(record.budget), Object.values(record.executed), record.carryover, record.returned, record.score, record.opinion];
    case "result-row":
      return [record.kind, record.seq, record.departmentCode, record.department, record.name, record.budget, record.score, record.grade];
    case "final-account":
      return [record.kind, record.code, record.entity, record.year, record.unit, record.rows.map((r) => [r.side, r.code, r.name, r.lineNo, Object.values(r.values)])];
    case "project":
    case "department":
      return [
        record.kind,
        record.kind === "project" ? record.name : null,
        record.department,
        record.funds.lines.map((l) => [l.item, l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score]),
        record.goals,
        record.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.remark]),
        record.total,
      ];
    default:
      return record.kind;
  }
}

/** The text with every cell written exactly `from` (spaces aside) written `to`. */
function reworded(text: string, from: string, to: string): string {
  return text
    .split("\n")
    .map((line) => line.split("\t").map((cell) => (cell.trim() === from ? to : cell)).join("\t"))
    .join("\n");
}

describe("wording invariance", () => {
  for (const seed of SEEDS) {
    const text = readFileSync(new URL(`../../fixtures/${seed}.txt`, import.meta.url), "utf8");
    const swaps = WORDINGS.flatMap(([from, tos]) => tos.map((to) => [from, to] as const)).filter(([from, to]) => reworded(text, from, to) !== text);
    it(`gives ${seed}'s records whichever wording its header and label cells use (${swaps.length} rewordings)`, () => {
      expect(swaps.length).toBeGreaterThan(0);
      const expected = parseText(text).records.map(fields);
      for (const [from, to] of swaps) {
        expect(parseText(reworded(text, from, to)).records.map(fields), `${from} → ${to}`).toEqual(expected);
      }
    });
  }
});
