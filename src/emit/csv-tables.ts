/**
 * The CSV tables (`--format csv --table …`): each turns records into flat rows with a fixed column
 * list, documented in the README. Records of other kinds are skipped by a table.
 */
import type { PeRecord } from "../schema/record.js";

export const CSV_TABLES = ["projects", "indicators", "funds", "summary", "results", "final-accounts"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | null;
export interface TableSpec {
  readonly columns: readonly string[];
  readonly rows: (record: PeRecord) => Cell[][];
}

const levels = (values: Record<string, number | null>): string =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${v ?? ""}`)
    .join("; ");
const sum = (values: Record<string, number | null>): number | null => {
  const xs = Object.values(values).filter((v): v is number => v !== null);
  return xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
};
const count = (record: PeRecord, severity: string): number => record.diagnostics.filter((d) => d.severity === severity).length;

export const TABLES: Record<CsvTable, TableSpec> = {
  projects: {
    columns: [
      "file", "startLine", "endLine", "form", "title", "year", "name", "department", "implementer", "fundsUnit",
      "initialBudget", "annualBudget", "executed", "executionRate", "fundsWeight", "fundsScore",
      "totalWeight", "totalScore", "indicators", "managementItems", "warnings", "errors", "unmapped",
    ],
    rows: (r) => {
      if (r.kind !== "project") return [];
      const t = r.funds.lines.find((l) => l.item === "total");
      return [[
        r.source.file, r.source.startLine, r.source.endLine, r.form, r.title, r.year, r.name, r.department, r.implementer,
        r.funds.unit, t?.initialBudget ?? null, t?.annualBudget ?? null, t?.executed ?? null, t?.executionRate ?? null,
        t?.weight ?? null, t?.score ?? null, r.total.weight, r.total.score, r.indicators.length, r.management.length,
        count(r, "warning"), count(r, "error"), r.unmapped.length,
      ]];
    },
  },
  indicators: {
    columns: [
      "file", "startLine", "year", "project", "department", "implementer",
      "level1", "level2", "name", "target", "actual", "weight", "score", "deviation", "remark",
    ],
    rows: (r) =>
      r.kind !== "project"
        ? []
        : r.indicators.map((i) => [
            r.source.file, r.source.startLine, r.year, r.name, r.department, r.implementer,
            i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation, i.remark,
          ]),
  },
  funds: {
    columns: [
      "file", "startLine", "year", "project", "department", "implementer", "unit",
      "item", "initialBudget", "annualBudget", "executed", "weight", "executionRate", "score",
    ],
    rows: (r) =>
      r.kind !== "project"
        ? []
        : r.funds.lines.map((l) => [
            r.source.file, r.source.startLine, r.year, r.name, r.department, r.implementer, r.funds.unit,
            l.item, l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score,
          ]),
  },
  summary: {
    columns: [
      "file", "line", "table", "department", "unit", "seq", "name", "implementer",
      "budget", "budgetTotal", "executed", "executedTotal", "carryover", "returned", "score", "opinion",
    ],
    rows: (r) =>
      r.kind !== "summary-row"
        ? []
        : [[
            r.source.file, r.source.startLine, r.table, r.department, r.unit, r.seq, r.name, r.implementer,
            levels(r.budget), sum(r.budget), levels(r.executed), sum(r.executed), r.carryover, r.returned, r.score, r.opinion,
          ]],
  },
  results: {
    columns: ["file", "line", "table", "seq", "departmentCode", "department", "name", "budget", "score", "grade"],
    rows: (r) =>
      r.kind !== "result-row"
        ? []
        : [[r.source.file, r.source.startLine, r.table, r.seq, r.departmentCode, r.department, r.name, r.budget, r.score, r.grade]],
  },
  "final-accounts": {
    columns: ["file", "code", "title", "entity", "year", "unit", "side", "rowCode", "name", "lineNo", "column", "value"],
    rows: (r) =>
      r.kind !== "final-account"
        ? []
        : r.rows.flatMap((row) =>
            Object.entries(row.values).map(([column, value]) => [
              r.source.file, r.code, r.title, r.entity, r.year, r.unit, row.side, row.code, row.name, row.lineNo, column, value,
            ]),
          ),
  },
};
