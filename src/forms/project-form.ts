/**
 * Recognises a project self-evaluation form (项目支出绩效自评表 → form "expenditure", 项目单位自评表 →
 * form "unit") and builds its `project` record from the form's sections.
 */
import { FORM_TITLE, labelKey } from "../../grammars/labels.js";
import type { Block, TextLine } from "../document/build-document.js";
import { checkExecutionRate } from "../normalize/check-execution-rate.js";
import { checkFundsSum } from "../normalize/check-funds-sum.js";
import { checkScoreWeight } from "../normalize/check-score-weight.js";
import { checkTotalScore } from "../normalize/check-total-score.js";
import type { ProjectRecord } from "../schema/project.js";
import { CellLedger } from "./cell-ledger.js";
import { readFunds } from "./project/funds.js";
import { readGoals } from "./project/goals.js";
import { readIdentity } from "./project/identity.js";
import { readIndicators } from "./project/indicators.js";
import { readManagement } from "./project/management.js";
import { readTotal } from "./project/total.js";

type FormBlock = Extract<Block, { kind: "form" }>;
export type ProjectDraft = Omit<ProjectRecord, "source"> & { source: { startLine: number; endLine: number } };

export function yearOf(text: string): number | null {
  const m = /(\d{4})/.exec(text);
  return m ? Number(m[1]) : null;
}

function yearInTitle(text: string): number | null {
  const m = /(\d{4})\s*年度/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The title and year lines standing directly above the form. */
function headingOf(headings: readonly TextLine[]): { title: TextLine | undefined; year: TextLine | undefined } {
  let title: TextLine | undefined;
  let year: TextLine | undefined;
  for (let i = headings.length - 1; i >= 0 && i >= headings.length - 4; i--) {
    const h = headings[i] as TextLine;
    if (h.token === "year" && !year && !title) year = h;
    else if (h.token === "formTitle" && !title) title = h;
  }
  return { title, year };
}

/**
 * A form needs more than a lone 主管部门/实施单位 row: its 项目名称, or one of its sections. A stray
 * identity row is left to the document's unmapped cells.
 */
export function isProjectForm(block: FormBlock): boolean {
  const s = block.sections;
  return (
    s.identity.some((row) => row.cells.some((c) => labelKey(c.text).startsWith("项目名称"))) ||
    s.rows.some((r) => r.section !== "identity" && r.section !== "layout")
  );
}

export function readProjectForm(block: FormBlock): ProjectDraft {
  const s = block.sections;
  const ledger = new CellLedger();
  const { title, year } = headingOf(block.headings);
  const identity = readIdentity(s.identity, ledger);
  ledger.use(...s.layout.flatMap((r) => r.cells));
  const funds = readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger);
  const management = readManagement(s.managementHeader, s.management, ledger);
  const goals = readGoals(s.goalsHeader, s.goals, ledger);
  const { indicators, lines: indicatorLines, header } = readIndicators(s.indicatorHeader, s.indicators, ledger);
  const total = readTotal(s.total, header, ledger);

  const rows = s.rows.map((r) => r.row);
  const firstLine = title?.line ?? year?.line ?? rows[0]?.line ?? 1;
  const lastLine = rows[rows.length - 1]?.line ?? firstLine;

  const isUnit =
    (title !== undefined && labelKey(title.text).endsWith(FORM_TITLE.unit)) ||
    s.managementHeader.length > 0 ||
    funds.lines.some((l) => l.item === "government" || l.item === "specialAccount" || l.item === "unitFunds");

  if (identity.name === null) ledger.report("name-missing", {}, rows[0]?.line);
  if (s.indicatorHeader.length === 0 && s.indicators.length === 0) {
    ledger.report("section-missing", { section: "绩效指标 section" }, lastLine);
  } else if (s.total.length === 0) {
    ledger.report("section-missing", { section: "总分 row" }, lastLine);
  }

  const fundsRowLine = (i: number): number | undefined => funds.rowLines[i];
  funds.lines.forEach((line, i) => {
    const d = checkExecutionRate(line, fundsRowLine(i));
    if (d) ledger.diagnostics.push(d);
    const w = checkScoreWeight(line, line.item, fundsRowLine(i));
    if (w) ledger.diagnostics.push(w);
  });
  ledger.diagnostics.push(...checkFundsSum(funds.lines, s.funds[0]?.line));
  indicators.forEach((ind, i) => {
    const d = checkScoreWeight(ind, ind.name, indicatorLines[i]);
    if (d) ledger.diagnostics.push(d);
  });
  const totalCheck = checkTotalScore(
    total.score,
    indicators.map((i) => i.score),
    funds.lines.find((l) => l.item === "total")?.score ?? null,
    management.map((m) => m.score),
    s.total[0]?.line,
  );
  if (totalCheck) ledger.diagnostics.push(totalCheck);

  const unmapped = ledger.close(rows, "project form");
  return {
    kind: "project",
    source: { startLine: firstLine, endLine: lastLine },
    diagnostics: ledger.diagnostics,
    unmapped,
    form: isUnit ? "unit" : "expenditure",
    title: title?.text ?? null,
    // A year line above the form; failing that, a `2023年度` the title carries.
    year: year ? yearOf(year.text) : title ? yearInTitle(title.text) : null,
    name: identity.name ?? "",
    department: identity.department,
    implementer: identity.implementer,
    funds: { unit: funds.unit, lines: funds.lines },
    management,
    goals,
    indicators,
    total,
  };
}
