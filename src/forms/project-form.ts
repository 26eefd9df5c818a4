/**
 * Recognises a project self-evaluation form (项目支出绩效自评表 → form "expenditure", 项目单位自评表 →
 * form "unit") and builds its `project` record from the form's sections.
 */
import { FORM_TITLE, IDENTITY_LABEL, POINTS, labelKey } from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import type { Block } from "../document/build-document.js";
import type { Cell, Row } from "../lines/model.js";
import type { ProjectRecord } from "../schema/project.js";
import type { FormContext } from "./form-context.js";
import { titleAndYear, yearInTitle, yearOf } from "./headings.js";
import { readFunds } from "./project/funds.js";
import { readGoals } from "./project/goals.js";
import { readIdentity } from "./project/identity.js";
import { readIndicators } from "./project/indicators.js";
import { readManagement } from "./project/management.js";
import { readTotal } from "./project/total.js";
import { checkExecutionRate } from "./rules/check-execution-rate.js";
import { checkFormSections } from "./rules/check-form-sections.js";
import { checkFundsSum } from "./rules/check-funds-sum.js";
import { checkScoreWeight } from "./rules/check-score-weight.js";
import { checkTotalScore } from "./rules/check-total-score.js";

type FormBlock = Extract<Block, { kind: "form" }>;
export type ProjectDraft = Omit<ProjectRecord, "source"> & { source: { startLine: number; endLine: number } };

/**
 * A form needs more than a lone 主管部门/实施单位 row: its 项目名称, or one of its sections. A stray
 * identity row is left to the document's unmapped cells.
 */
export function isProjectForm(block: FormBlock): boolean {
  const s = block.sections;
  return (
    s.identity.some((row) => row.cells.some((c) => c.facts.key.startsWith(IDENTITY_LABEL.name))) ||
    s.rows.some((r) => r.section !== "identity" && r.section !== "layout")
  );
}

/** `after`: the rows of a loose table right after the form, where a section the grammar did not take may stand. */
/** A number shaped like a 分值 or 得分: no unit, or 分 (`100%`, `2人次` are targets and actuals). */
function isScoreShaped(c: Cell): boolean {
  const a = c.facts.amount;
  return a.kind === "number" && (a.unit === undefined || a.unit === POINTS);
}

/**
 * Values of the indicator rows no field holds: score-shaped numbers placed nowhere (or listed in
 * unmapped) and cells a numeric field could not read (`value-not-number`). Their scores may be
 * missing from a sum.
 */
function unreadValues(rows: readonly Row[], ledger: CellLedger): number {
  let lost = 0;
  const lines = new Set<number>();
  for (const row of rows) {
    lines.add(row.line);
    for (const c of row.cells) if (c.text !== "" && isScoreShaped(c) && (!ledger.isUsed(c) || ledger.isListed(c))) lost++;
  }
  for (const d of ledger.diagnostics) if (d.code === "value-not-number" && d.line !== undefined && lines.has(d.line)) lost++;
  return lost;
}

export function readProjectForm(block: FormBlock, context: FormContext, after: readonly Row[] = []): ProjectDraft {
  const s = block.sections;
  const ledger = new CellLedger();
  const { title, year } = titleAndYear(block.headings);
  const identity = readIdentity(s.identity, ledger);
  ledger.use(...s.layout.flatMap((r) => r.cells));
  const funds = readFunds(s.fundsHeader, s.funds, s.fundsContinuation, ledger, context);
  const management = readManagement(s.managementHeader, s.management, ledger, context);
  const goals = readGoals(s.goalsHeader, s.goals, ledger, context);
  const { indicators, lines: indicatorLines, header } = readIndicators(s.indicatorHeader, s.indicators, ledger, context);
  const total = readTotal(s.total, header, ledger, context);

  const rows = s.rows.map((r) => r.row);
  const firstLine = title?.line ?? year?.line ?? rows[0]?.line ?? 1;
  const lastLine = rows[rows.length - 1]?.line ?? firstLine;

  const isUnit =
    (title !== undefined && labelKey(title.text).endsWith(FORM_TITLE.unit)) ||
    s.managementHeader.length > 0 ||
    funds.lines.some((l) => l.item === "government" || l.item === "specialAccount" || l.item === "unitFunds");

  checkFormSections(
    { name: identity.name, hasIndicators: s.indicatorHeader.length > 0 || s.indicators.length > 0, hasTotal: s.total.length > 0 },
    rows[0]?.line,
    lastLine,
    ledger,
    after.length > 0 ? [...rows, ...after] : rows,
  );
  funds.lines.forEach((line, i) => {
    checkExecutionRate(line, funds.rowLines[i], ledger);
    checkScoreWeight(line, line.item, funds.rowLines[i], ledger);
  });
  checkFundsSum(funds.lines, s.funds[0]?.line, ledger);
  indicators.forEach((ind, i) => checkScoreWeight(ind, ind.name, indicatorLines[i], ledger));
  checkTotalScore(
    total.score,
    indicators.map((i) => i.score),
    funds.lines.find((l) => l.item === "total")?.score ?? null,
    management.map((m) => m.score),
    s.total[0]?.line,
    ledger,
    unreadValues(s.indicators, ledger),
  );

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
