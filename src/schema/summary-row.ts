/** The `summary-row` record: one row of a 绩效自评结果汇总表 (SPEC "kind summary-row"). */
import { z } from "zod";
import { nullableNumber, nullableString, numbersByLabel, recordBase } from "./common.js";

export const SummaryRowRecord = z.object({
  kind: z.literal("summary-row"),
  ...recordBase,
  table: z.string(),
  department: nullableString,
  unit: z.string(),
  seq: z.number().int(),
  name: z.string(),
  implementer: nullableString,
  budget: numbersByLabel.describe("预算数 by the sub-header's level labels"),
  executed: numbersByLabel.describe("执行数 by the sub-header's level labels"),
  carryover: nullableNumber,
  returned: nullableNumber,
  score: nullableNumber,
  opinion: nullableString,
});
export type SummaryRowRecord = z.infer<typeof SummaryRowRecord>;
