/** The `department` record: one 部门整体支出绩效自评表 (SPEC v2 "kind department"). */
import { z } from "zod";
import { ExtraItem, nullableNumber, nullableString, numbersByLabel, recordBase } from "./common.js";
import { FundsLine, Indicator } from "./project.js";

export const DepartmentIndicator = Indicator.extend({
  level1: z.string().describe("the 一级指标 as the form names it (a scoring rubric's own levels, 投入 / 过程 …)"),
  criteria: nullableString.describe("the rubric's 评分标准 text (or its 指标解释 where it has no 评分标准)"),
  explanation: nullableString.describe("the rubric's 指标解释 text, where it has both columns"),
});
export type DepartmentIndicator = z.infer<typeof DepartmentIndicator>;

export const DepartmentRecord = z.object({
  kind: z.literal("department"),
  ...recordBase,
  title: nullableString,
  year: z.number().int().nullable(),
  department: nullableString.describe("the 部门 / 单位名称 / 主管部门 the form names"),
  funds: z.object({
    unit: z.string(),
    lines: z.array(FundsLine),
    byIncome: numbersByLabel.optional().describe("年度资金总额 按收入性质分, where the form breaks it down"),
    byExpenditure: numbersByLabel.optional().describe("年度资金总额 按支出性质分, where the form breaks it down"),
  }),
  goals: z.object({ expected: nullableString, actual: nullableString }),
  indicators: z.array(DepartmentIndicator),
  total: z.object({ weight: nullableNumber, score: nullableNumber }),
  extra: z.array(ExtraItem),
});
export type DepartmentRecord = z.infer<typeof DepartmentRecord>;
