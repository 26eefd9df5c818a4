/**
 * Records → a canonical dump text: one table row per line, cells split by TAB, a blank line
 * between records. Parsing the text gives the same records again (all fields but `source`,
 * `diagnostics` and `unmapped`), which `pe-parse check` and a property test rely on.
 */
import {
  ACCOUNT_COLUMN_LABEL,
  ACCOUNT_META_LABEL,
  BREAKDOWN_AMOUNT_LABEL,
  FUNDS_BREAKDOWN,
  FUNDS_HEADER_LABEL,
  FUNDS_SECTION_LABEL,
  GOALS_HEADER_LABEL,
  GOALS_SECTION_LABEL,
  HEADING_LABEL,
  IDENTITY_LABEL,
  IDENTITY_WORDS,
  INDICATOR_HEADER_LABEL,
  INDICATORS_SECTION_LABEL,
  MANAGEMENT_HEADER_LABEL,
  MANAGEMENT_SECTION_LABEL,
  PERCENT,
  RESULT_HEADER_LABEL,
  SIDE_LABEL,
  SUMMARY_HEADER_LABEL,
  TOTAL_LABEL,
  YEAR_WORD,
} from "../../grammars/vocabulary/index.js";
import type { DepartmentRecord } from "../schema/department.js";
import type { FinalAccountRecord } from "../schema/final-account.js";
import type { ProjectRecord } from "../schema/project.js";
import type { PeRecord } from "../schema/record.js";
import type { ResultRowRecord } from "../schema/result-row.js";
import type { SummaryRowRecord } from "../schema/summary-row.js";
import type { TableRecord } from "../schema/table.js";

const F = FUNDS_HEADER_LABEL;
/** The owner label a department form's identity row carries. */
const OWNER_LABEL = IDENTITY_WORDS.find(([, field]) => field === "owner")?.[0] ?? "";
const I = INDICATOR_HEADER_LABEL;

const num = (v: number | null): string => (v === null ? "" : String(v));
const txt = (v: string | null): string => v ?? "";
const row = (cells: readonly string[]): string => cells.join("\t");

/** The 指标性质 / 指标值 / 度量单位 cells a joined target was read from. */
function splitTarget(i: Pick<ProjectRecord["indicators"][number], "target" | "nature" | "unit">): string[] {
  let value = i.target ?? "";
  if (i.nature !== null && value.startsWith(i.nature)) value = value.slice(i.nature.length);
  if (i.unit !== null && value.endsWith(i.unit)) value = value.slice(0, -i.unit.length);
  return [txt(i.nature), value, txt(i.unit)];
}

function renderProject(r: ProjectRecord): string[] {
  const lines = renderTitle(r.title, r.year);
  lines.push(row([IDENTITY_LABEL.name, r.name]));
  lines.push(row([IDENTITY_LABEL.department, txt(r.department), IDENTITY_LABEL.implementer, txt(r.implementer)]));
  lines.push(...renderFunds(r.funds));
  if (r.form === "unit" || r.management.length > 0) {
    lines.push(row([MANAGEMENT_SECTION_LABEL, "", MANAGEMENT_HEADER_LABEL.description, F.weight, F.score, MANAGEMENT_HEADER_LABEL.problems]));
    for (const m of r.management) lines.push(row(["", m.item, txt(m.description), num(m.weight), num(m.score), txt(m.problems)]));
  }
  lines.push(...renderGoals(r.goals), ...renderIndicators(r.indicators, r.form === "unit"), ...renderTotalAndExtra(r));
  return lines;
}

function renderDepartment(r: DepartmentRecord): string[] {
  const lines = renderTitle(r.title, r.year);
  lines.push(row([OWNER_LABEL, txt(r.department)]));
  lines.push(...renderFunds(r.funds));
  const breakdown = [r.funds.byIncome ?? {}, r.funds.byExpenditure ?? {}].map((side) => Object.entries(side));
  if (breakdown.some((side) => side.length > 0)) {
    lines.push(row([FUNDS_BREAKDOWN.byIncome, BREAKDOWN_AMOUNT_LABEL, FUNDS_BREAKDOWN.byExpenditure, BREAKDOWN_AMOUNT_LABEL]));
    const [income = [], expenditure = []] = breakdown;
    for (let i = 0; i < Math.max(income.length, expenditure.length); i++) {
      const [a, av] = income[i] ?? ["", null];
      const [b, bv] = expenditure[i] ?? ["", null];
      lines.push(row([a, a === "" ? "" : num(av), b, b === "" ? "" : num(bv)]));
    }
  }
  lines.push(...renderGoals(r.goals), ...renderIndicators(r.indicators, false), ...renderTotalAndExtra(r));
  return lines;
}

function renderTitle(title: string | null, year: number | null): string[] {
  const lines: string[] = [];
  if (title !== null) lines.push(title);
  if (year !== null) lines.push(`(${year}${YEAR_WORD})`);
  return lines;
}

function renderFunds(funds: ProjectRecord["funds"]): string[] {
  const lines = [row([`${FUNDS_SECTION_LABEL}(${funds.unit})`, "", F.initialBudget, F.annualBudget, F.executed, F.weight, F.executionRate, F.score])];
  for (const l of funds.lines) {
    lines.push(row(["", l.label, num(l.initialBudget), num(l.annualBudget), num(l.executed), num(l.weight), l.executionRate === null ? "" : `${l.executionRate}%`, num(l.score)]));
  }
  return lines;
}

function renderGoals(goals: ProjectRecord["goals"]): string[] {
  const lines = [row([GOALS_SECTION_LABEL, GOALS_HEADER_LABEL.expected, GOALS_HEADER_LABEL.actual])];
  if (goals.expected !== null || goals.actual !== null) lines.push(row(["", txt(goals.expected), txt(goals.actual)]));
  return lines;
}

function renderIndicators(indicators: ReadonlyArray<Omit<ProjectRecord["indicators"][number], "level1"> & { level1: string }>, unitForm: boolean): string[] {
  const deviation = unitForm || indicators.some((i) => i.deviation !== null);
  // A form with 指标性质 / 度量单位 columns writes its target in three cells (`≥`, `735`, `人次`).
  const split = indicators.some((i) => i.nature !== null || i.unit !== null);
  const targetHeader = split ? [I.nature, I.target, I.unit] : [I.target];
  const lines = [row([INDICATORS_SECTION_LABEL, I.level1, I.level2, I.name, ...targetHeader, I.actual, I.weight, I.score, ...(deviation ? [`${I.deviation}${PERCENT}`] : []), I.remark])];
  for (const i of indicators) {
    const target = split ? splitTarget(i) : [txt(i.target)];
    lines.push(row(["", i.level1, txt(i.level2), i.name, ...target, txt(i.actual), num(i.weight), num(i.score), ...(deviation ? [i.deviation === null ? "" : `${i.deviation}%`] : []), txt(i.remark)]));
  }
  return lines;
}

function renderTotalAndExtra(r: ProjectRecord | DepartmentRecord): string[] {
  const lines = [row([TOTAL_LABEL, "", "", "", "", "", num(r.total.weight), num(r.total.score)])];
  for (const e of r.extra) lines.push(row([`${e.label}：${e.value}`]));
  return lines;
}

function renderSummary(rs: readonly SummaryRowRecord[]): string[] {
  const first = rs[0] as SummaryRowRecord;
  const budgetLevels = Object.keys(first.budget);
  const executedLevels = Object.keys(first.executed);
  const lines: string[] = first.table === "" ? [] : [first.table];
  if (first.department !== null) lines.push(`${HEADING_LABEL.department}：${first.department}`);
  lines.push(`${HEADING_LABEL.unit}：${first.unit}`);
  const S = SUMMARY_HEADER_LABEL;
  lines.push(row([S.seq, S.name, S.implementer, S.budget, ...budgetLevels.slice(1).map(() => ""), S.executed, ...executedLevels.slice(1).map(() => ""), S.carryover, S.returned, S.score, S.opinion]));
  lines.push(row(["", "", "", ...budgetLevels, ...executedLevels, "", "", "", ""]));
  for (const r of rs) {
    lines.push(row([String(r.seq), r.name, txt(r.implementer), ...budgetLevels.map((l) => num(r.budget[l] ?? null)), ...executedLevels.map((l) => num(r.executed[l] ?? null)), num(r.carryover), num(r.returned), num(r.score), txt(r.opinion)]));
  }
  return lines;
}

function renderResults(rs: readonly ResultRowRecord[]): string[] {
  const first = rs[0] as ResultRowRecord;
  const R = RESULT_HEADER_LABEL;
  const lines = [row([R.seq, R.department, first.table, R.budget, R.score, R.grade])];
  for (const r of rs) {
    const department = r.departmentCode !== null ? `${r.departmentCode}-${txt(r.department)}` : txt(r.department);
    lines.push(row([String(r.seq), department, r.name, num(r.budget), num(r.score), txt(r.grade)]));
  }
  return lines;
}

function renderAccount(r: FinalAccountRecord): string[] {
  const lines: string[] = [];
  if (r.title !== null) lines.push(r.title);
  lines.push(r.code);
  if (r.entity !== null) lines.push(`${ACCOUNT_META_LABEL.entity}：${r.entity}`);
  if (r.year !== null) lines.push(`${r.year}${YEAR_WORD}`);
  lines.push(`${ACCOUNT_META_LABEL.unit}：${r.unit}`);
  const sides: Array<string | null> = [];
  for (const x of r.rows) if (!sides.includes(x.side)) sides.push(x.side);
  if (sides.length === 0) sides.push(null);
  const hasCode = r.rows.some((x) => x.code !== null);
  const hasLineNo = r.rows.some((x) => x.lineNo !== null);
  const hasName = r.rows.some((x) => x.name !== "") || hasCode;
  const groups = sides.map((side) => {
    const rows = r.rows.filter((x) => x.side === side);
    const columns = r.columns.filter((c) => rows.some((x) => c in x.values));
    return { side, rows, columns: columns.length > 0 || rows.length > 0 ? columns : r.columns };
  });
  if (groups.length === 1 && groups[0] && groups[0].rows.length === 0) groups[0].columns = r.columns;
  const labelCols = [...(hasCode ? [ACCOUNT_COLUMN_LABEL.code] : []), ...(hasName ? [ACCOUNT_COLUMN_LABEL.name] : []), ...(hasLineNo ? [ACCOUNT_COLUMN_LABEL.lineNo] : [])];
  const depth = Math.max(1, ...r.columns.map((c) => c.split("/").length));
  const sideRow = groups.every((g) => g.side === SIDE_LABEL.income || g.side === SIDE_LABEL.expense) && groups.length > 1;
  const header: string[][] = Array.from({ length: depth + (sideRow ? 1 : 0) }, () => []);
  for (const g of groups) {
    const width = labelCols.length + g.columns.length;
    if (sideRow) (header[0] as string[]).push(g.side ?? "", ...Array<string>(width - 1).fill(""));
    const base = sideRow ? 1 : 0;
    labelCols.forEach((label) => {
      (header[base] as string[]).push(label);
      for (let d = 1; d < depth; d++) (header[base + d] as string[]).push("");
    });
    g.columns.forEach((column, i) => {
      const parts = column.split("/");
      const previous = i > 0 ? (g.columns[i - 1] as string).split("/") : [];
      for (let d = 0; d < depth; d++) {
        const part = parts[d] ?? "";
        const sameParent = parts.slice(0, d + 1).join("/") === previous.slice(0, d + 1).join("/") && d < parts.length - 1;
        (header[base + d] as string[]).push(sameParent ? "" : part);
      }
    });
  }
  for (const h of header) lines.push(row(h));
  const height = Math.max(0, ...groups.map((g) => g.rows.length));
  for (let i = 0; i < height; i++) {
    const cells: string[] = [];
    for (const g of groups) {
      const x = g.rows[i];
      if (hasCode) cells.push(x ? txt(x.code) : "");
      if (hasName) cells.push(x ? x.name : "");
      if (hasLineNo) cells.push(x && x.lineNo !== null ? String(x.lineNo) : "");
      for (const c of g.columns) cells.push(x ? num(x.values[c] ?? null) : "");
    }
    lines.push(row(cells));
  }
  return lines;
}

/** A text line that is no title: it only ends the loose table above it. */
const TABLE_SEPARATOR = "---";

/** A `table` record renders back as it was read: its title, header rows and rows, filled cells only. */
function renderTable(r: TableRecord): string[] {
  // A one-cell row keeps a TAB, or it would read back as a text line.
  const tableRow = (cells: readonly string[]): string => (cells.length === 1 ? `${cells[0]}\t` : row(cells));
  const lines: string[] = r.title !== null ? [r.title] : [];
  for (const cells of r.header) lines.push(tableRow(cells));
  for (const x of r.rows) lines.push(tableRow(x.cells));
  return lines;
}

/** Consecutive summary or result rows of one table render as one table. */
export function renderRecords(records: readonly PeRecord[]): string {
  const blocks: string[][] = [];
  for (let i = 0; i < records.length; ) {
    const r = records[i] as PeRecord;
    if (r.kind === "summary-row" || r.kind === "result-row") {
      const run: PeRecord[] = [r];
      let j = i + 1;
      while (j < records.length) {
        const next = records[j] as PeRecord;
        if (next.kind !== r.kind || next.table !== r.table) break;
        if (next.kind === "summary-row" && r.kind === "summary-row" && (next.department !== r.department || next.unit !== r.unit || Object.keys(next.budget).join() !== Object.keys(r.budget).join() || Object.keys(next.executed).join() !== Object.keys(r.executed).join())) break;
        run.push(next);
        j++;
      }
      blocks.push(r.kind === "summary-row" ? renderSummary(run as SummaryRowRecord[]) : renderResults(run as ResultRowRecord[]));
      i = j;
      continue;
    }
    if (r.kind === "table") {
      // A loose table runs on over page breaks: a table right after another needs a text line
      // between them (its title, or a plain separator no title reading takes), or they read back as one.
      const lines = renderTable(r);
      if (r.title === null && records[i - 1]?.kind === "table") lines.unshift(TABLE_SEPARATOR);
      blocks.push(lines);
      i++;
      continue;
    }
    blocks.push(r.kind === "project" ? renderProject(r) : r.kind === "department" ? renderDepartment(r) : renderAccount(r));
    i++;
  }
  return blocks.map((b) => b.join("\n")).join("\n\n") + (blocks.length > 0 ? "\n" : "");
}
