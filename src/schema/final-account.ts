/** The `final-account` record: one 部门决算 table, 公开01表 … 公开09表 (SPEC "kind final-account"). */
import { z } from "zod";
import { nullableString, numbersByLabel, recordBase } from "./common.js";

export const AccountRow = z.object({
  side: nullableString,
  code: nullableString,
  name: z.string(),
  lineNo: z.number().int().nullable(),
  values: numbersByLabel,
});
export type AccountRow = z.infer<typeof AccountRow>;

export const FinalAccountRecord = z.object({
  kind: z.literal("final-account"),
  ...recordBase,
  code: z.string(),
  title: nullableString,
  entity: nullableString,
  year: z.number().int().nullable(),
  unit: z.string(),
  columns: z.array(z.string()),
  rows: z.array(AccountRow),
});
export type FinalAccountRecord = z.infer<typeof FinalAccountRecord>;
