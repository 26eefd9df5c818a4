/** The `result-row` record: one row of a self-evaluation result list (SPEC "kind result-row"). */
import { z } from "zod";
import { nullableNumber, nullableString, recordBase } from "./common.js";

export const ResultRowRecord = z.object({
  kind: z.literal("result-row"),
  ...recordBase,
  table: z.string().describe("the header of the 项目名称 column"),
  seq: z.number().int(),
  departmentCode: nullableString,
  department: nullableString,
  name: z.string(),
  initialBudget: nullableNumber.optional().describe("v2: 年初预算数, where the list has the column beside its 全年预算数"),
  budget: nullableNumber,
  executed: nullableNumber.optional().describe("v2: 执行金额, where the list has the column"),
  executionRate: nullableNumber.optional().describe("v2: 执行率 in percent, where the list has the column"),
  score: nullableNumber,
  grade: nullableString.describe("优/良/中/差"),
});
export type ResultRowRecord = z.infer<typeof ResultRowRecord>;
