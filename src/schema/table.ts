/** The `table` record: a table no other kind claims, kept whole so nothing is dropped (SPEC v2 "kind table"). */
import { z } from "zod";
import { nullableString, recordBase } from "./common.js";

export const TableRow = z.object({
  line: z.number().int().positive(),
  cells: z.array(z.string().min(1)).describe("every non-empty cell of the row, in order"),
});
export type TableRow = z.infer<typeof TableRow>;

export const TableRecord = z.object({
  kind: z.literal("table"),
  ...recordBase,
  title: nullableString.describe("the nearest title line above the table"),
  header: z.array(z.array(z.string().min(1))).describe("the header rows as read: each row's non-empty cells"),
  rows: z.array(TableRow),
  reason: z.string().describe("why no other kind claimed the table, in words"),
});
export type TableRecord = z.infer<typeof TableRecord>;
