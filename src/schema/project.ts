/** The `project` record: one 项目支出绩效自评表 or 项目单位自评表 (SPEC "kind project"). */
import { z } from "zod";
import { FUNDS_FIELDS, FUNDS_ITEMS, LEVEL1 } from "../../grammars/vocabulary/index.js";
import { ExtraItem, nullableNumber, nullableString, recordBase } from "./common.js";

/** A nullable number for each of `fields`. */
function numbers<K extends string>(fields: readonly K[]): Record<K, typeof nullableNumber> {
  return Object.fromEntries(fields.map((f) => [f, nullableNumber])) as Record<K, typeof nullableNumber>;
}

export const FundsLine = z.object({
  label: z.string().describe("the row's label as written: 其中：当年财政拨款, 总额"),
  item: z.enum(FUNDS_ITEMS).nullable().describe("the SPEC item the label names; null for a row no item names"),
  ...numbers(FUNDS_FIELDS),
  executionRate: nullableNumber.describe("a percentage: 93.3% → 93.3"),
});
export type FundsLine = z.infer<typeof FundsLine>;

export const ManagementLine = z.object({
  item: z.string(),
  description: nullableString,
  weight: nullableNumber,
  score: nullableNumber,
  problems: nullableString,
});
export type ManagementLine = z.infer<typeof ManagementLine>;

export const Indicator = z.object({
  level1: z.enum(LEVEL1),
  level2: nullableString,
  name: z.string(),
  target: nullableString,
  actual: nullableString,
  nature: nullableString.describe("指标性质 (≥, ≤, =, 定性, 定量) where the form has that column"),
  unit: nullableString.describe("度量单位 (人次, %, 万元) where the form has that column"),
  weight: nullableNumber,
  score: nullableNumber,
  deviation: nullableNumber.describe("偏差度/偏差率 as a percentage; null where the form has none"),
  remark: nullableString,
});
export type Indicator = z.infer<typeof Indicator>;

export const ProjectRecord = z.object({
  kind: z.literal("project"),
  ...recordBase,
  form: z.enum(["expenditure", "unit"]),
  title: nullableString,
  year: z.number().int().nullable(),
  name: z.string(),
  department: nullableString,
  implementer: nullableString,
  funds: z.object({ unit: z.string(), lines: z.array(FundsLine) }),
  management: z.array(ManagementLine),
  goals: z.object({ expected: nullableString, actual: nullableString }),
  indicators: z.array(Indicator),
  total: z.object({ weight: nullableNumber, score: nullableNumber }),
  extra: z.array(ExtraItem).describe("labelled values the form states that no field takes, label as written"),
});
export type ProjectRecord = z.infer<typeof ProjectRecord>;
