/** Every record kind, joined on `kind`; the JSON Schema users see is generated from this. */
import { z } from "zod";
import { DepartmentRecord } from "./department.js";
import { FinalAccountRecord } from "./final-account.js";
import { ProjectRecord } from "./project.js";
import { ResultRowRecord } from "./result-row.js";
import { SummaryRowRecord } from "./summary-row.js";
import { TableRecord } from "./table.js";

export const RecordSchema = z.discriminatedUnion("kind", [
  ProjectRecord,
  DepartmentRecord,
  SummaryRowRecord,
  ResultRowRecord,
  FinalAccountRecord,
  TableRecord,
]);
export type PeRecord = z.infer<typeof RecordSchema>;
export type RecordKind = PeRecord["kind"];

/** A record as a recogniser makes it: its source lines known, the file written in by the parse. */
export type RecordDraft<R extends PeRecord = PeRecord> = Omit<R, "source"> & { source: { startLine: number; endLine: number } };

/** The JSON Schema of one record, generated from the zod schemas. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: "draft-2020-12" });
}
