/**
 * The CSV tables (`--format csv --table …`): each turns records into flat rows with a fixed column
 * list, documented in the README. Records of other kinds are skipped by a table; a department-wide
 * form's record goes into the project tables, `form` `department`, its project name empty. A column named
 * `group.*` is spread by the writer into one column per label (`budget.中央`, `budget.省级`): its
 * cell is the record's numbers by label, and the labels are the union over the run.
 */
import type { DepartmentRecord } from "../schema/department.js";
import type { ProjectRecord } from "../schema/project.js";
import type { PeRecord } from "../schema/record.js";

export const CSV_TABLES = ["projects", "indicators", "funds", "summary", "results", "final-accounts", "tables"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The table that has rows for each kind of record. */
export const TABLE_OF_KIND: Readonly<Record<PeRecord["kind"], CsvTable>> = {
  project: "projects",
  department: "projects",
  "summary-row": "summary",
  "result-row": "results",
  "final-account": "final-accounts",
  table: "tables",
};

/** The languages of the header row (`--headers`): the column names below, or csv-headers-zh.ts. */
export const CSV_HEADER_LANGUAGES = ["en", "zh"] as const;
export type CsvHeaderLanguage = (typeof CSV_HEADER_LANGUAGES)[number];

/** The suffix of a column spread into one column per label. */
export const SPREAD = ".*";

export const COLUMNS = {
  projects: [
    "file", "startLine", "endLine", "form", "title", "year", "name", "department", "implementer", "fundsUnit",
    "initialBudget", "annualBudget", "executed", "executionRate", "fundsWeight", "fundsScore",
    "totalWeight", "totalScore", "indicators", "managementItems", "warnings", "errors", "unmapped",
  ],
  indicators: [
    "file", "startLine", "year", "project", "department", "implementer",
    "level1", "level2", "name", "target", "actual", "weight", "score", "deviation", "remark",
  ],
  funds: [
    "file", "startLine", "year", "project", "department", "implementer", "unit",
    "item", "initialBudget", "annualBudget", "executed", "weight", "executionRate", "score",
  ],
  summary: [
    "file", "line", "table", "department", "unit", "seq", "name", "implementer",
    "budget.*", "budgetTotal", "executed.*", "executedTotal", "carryover", "returned", "score", "opinion",
  ],
  results: ["file", "line", "table", "seq", "departmentCode", "department", "name", "budget", "score", "grade", "executed", "executionRate", "initialBudget"],
  "final-accounts": ["file", "code", "title", "entity", "year", "unit", "side", "rowCode", "name", "lineNo", "column", "value"],
  tables: ["file", "startLine", "title", "part", "row", "line", "cell", "text"],
} as const satisfies Record<CsvTable, readonly string[]>;
export type Column<T extends CsvTable> = (typeof COLUMNS)[T][number];

export type Cell = string | number | null;
/** Numbers by the labels the source chose, for a `group.*` column. */
export type SpreadCell = { readonly byLabel: Readonly<Record<string, number | null>> };
export type TableCell = Cell | SpreadCell;

export interface TableSpec {
  readonly columns: readonly string[];
  readonly rows: (record: PeRecord) => TableCell[][];
}

const sum = (values: Record<string, number | null>): number | null => {
  const xs = Object.values(values).filter((v): v is number => v !== null);
  return xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
};
const count = (record: PeRecord, severity: string): number => record.diagnostics.filter((d) => d.severity === severity).length;

/** A project or department-wide form as the project tables show it: who it is about, in their columns. */
function formOf(r: ProjectRecord | DepartmentRecord): { form: string; name: string | null; department: string | null; implementer: string | null } {
  return r.kind === "project"
    ? { form: r.form, name: r.name, department: r.department, implementer: r.implementer }
    : { form: "department", name: null, department: r.department, implementer: null };
}

export const TABLES: Record<CsvTable, TableSpec> = {
  projects: {
    columns: COLUMNS.projects,
    rows: (r) => {
      if (r.kind !== "project" && r.kind !== "department") return [];
      const f = formOf(r);
      const t = r.funds.lines.find((l) => l.item === "total");
      return [[
        r.source.file, r.source.startLine, r.source.endLine, f.form, r.title, r.year, f.name, f.department, f.implementer,
        r.funds.unit, t?.initialBudget ?? null, t?.annualBudget ?? null, t?.executed ?? null, t?.executionRate ?? null,
        t?.weight ?? null, t?.score ?? null, r.total.weight, r.total.score, r.indicators.length, r.kind === "project" ? r.management.length : 0,
        count(r, "warning"), count(r, "error"), r.unmapped.length,
      ]];
    },
  },
  indicators: {
    columns: COLUMNS.indicators,
    rows: (r) => {
      if (r.kind !== "project" && r.kind !== "department") return [];
      const f = formOf(r);
      return r.indicators.map((i) => [
        r.source.file, r.source.startLine, r.year, f.name, f.department, f.implementer,
        i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviation, i.remark,
      ]);
    },
  },
  funds: {
    columns: COLUMNS.funds,
    rows: (r) => {
      if (r.kind !== "project" && r.kind !== "department") return [];
      const f = formOf(r);
      return r.funds.lines.map((l) => [
        r.source.file, r.source.startLine, r.year, f.name, f.department, f.implementer, r.funds.unit,
        l.item, l.initialBudget, l.annualBudget, l.executed, l.weight, l.executionRate, l.score,
      ]);
    },
  },
  summary: {
    columns: COLUMNS.summary,
    rows: (r) =>
      r.kind !== "summary-row"
        ? []
        : [[
            r.source.file, r.source.startLine, r.table, r.department, r.unit, r.seq, r.name, r.implementer,
            { byLabel: r.budget }, sum(r.budget), { byLabel: r.executed }, sum(r.executed), r.carryover, r.returned, r.score, r.opinion,
          ]],
  },
  results: {
    columns: COLUMNS.results,
    rows: (r) =>
      r.kind !== "result-row"
        ? []
        : [[r.source.file, r.source.startLine, r.table, r.seq, r.departmentCode, r.department, r.name, r.budget, r.score, r.grade, r.executed ?? null, r.executionRate ?? null, r.initialBudget ?? null]],
  },
  "final-accounts": {
    columns: COLUMNS["final-accounts"],
    rows: (r) =>
      r.kind !== "final-account"
        ? []
        : r.rows.flatMap((row) =>
            Object.entries(row.values).map(([column, value]) => [
              r.source.file, r.code, r.title, r.entity, r.year, r.unit, row.side, row.code, row.name, row.lineNo, column, value,
            ]),
          ),
  },
  tables: {
    columns: COLUMNS.tables,
    // Long format, one row per cell: `part` header or row, `row` and `cell` 1-based within it;
    // header rows have no line of their own in the record.
    rows: (r) =>
      r.kind !== "table"
        ? []
        : [
            ...r.header.flatMap((cells, i) => cells.map((text, j) => [r.source.file, r.source.startLine, r.title, "header", i + 1, null, j + 1, text])),
            ...r.rows.flatMap((x, i) => x.cells.map((text, j) => [r.source.file, r.source.startLine, r.title, "row", i + 1, x.line, j + 1, text])),
          ],
  },
};
