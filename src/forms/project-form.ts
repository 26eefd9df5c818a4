/**
 * Recognises a self-evaluation form and builds its record from the form's sections: a project
 * form (项目支出绩效自评表 → `project`, form "expenditure"; 项目单位自评表 → form "unit"), or a
 * department-wide one (部门整体支出绩效自评表, or a form naming a unit and no 项目名称 → `department`).
 */
import {
  ACCOUNT_META_WORDS,
  AMOUNT_UNITS,
  DEPARTMENT_TITLE_WORDS,
  FORM_TITLE,
  PROJECT_NAME_WORDS,
  statedUnit,
  LEVEL1,
  LEVEL1_FALLBACK,
  POINTS,
  TITLE_FORM_WORDS,
  TITLE_YEAR_ONLY,
  labelKey,
  type Level1,
} from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import type { FormBlock, TextLine } from "../document/build-document.js";
import type { Cell, Row } from "../lines/model.js";
import type { ExtraItem } from "../schema/common.js";
import type { DepartmentIndicator, DepartmentRecord } from "../schema/department.js";
import type { FundsLine, Indicator, ProjectRecord } from "../schema/project.js";
import type { RecordDraft } from "../schema/record.js";
import { sumOfStated } from "./arithmetic.js";
import type { FormContext } from "./form-context.js";
import { headingsFrom, labelledValue, labelledYear, titleAndYear, yearInTitle, yearOf } from "./headings.js";
import { readExtra } from "./project/extra.js";
import { readFundsBreakdown } from "./project/funds-breakdown.js";
import { readFunds } from "./project/funds.js";
import { readGoals } from "./project/goals.js";
import { ownerInHeadings, readIdentity } from "./project/identity.js";
import { readIndicators, type ReadIndicator } from "./project/indicators.js";
import { readManagement } from "./project/management.js";
import { readTotal } from "./project/total.js";
import { readLabelledExtra } from "./rules/read-labelled-extra.js";
import { readLabelledIdentity } from "./rules/read-labelled-identity.js";
import { readProseFunds, readProseScore } from "./rules/read-prose-figures.js";
import { checkExecutionRate } from "./rules/check-execution-rate.js";
import { checkFormSections } from "./rules/check-form-sections.js";
import { checkFundsSum } from "./rules/check-funds-sum.js";
import { checkScoreWeight } from "./rules/check-score-weight.js";
import { checkTotalScore } from "./rules/check-total-score.js";

export type ProjectDraft = RecordDraft<ProjectRecord>;
export type DepartmentDraft = RecordDraft<DepartmentRecord>;

/**
 * A form needs more than a lone 主管部门/实施单位 row: its 项目名称, or one of its sections (labelled
 * rows beside the identity rows are none: `单位¦` over `名称¦数量` is a table's). A stray identity row
 * is left to the document's unmapped cells.
 */
export function isProjectForm(block: FormBlock): boolean {
  const s = block.sections;
  return (
    s.identity.some((row) => row.cells.some((c) => PROJECT_NAME_WORDS.some((w) => c.facts.key.startsWith(w)))) ||
    s.rows.some((r) => r.section !== "identity" && r.section !== "layout" && r.section !== "extra" && r.section !== "heading")
  );
}

/** The project a title names, its form words taken off (TITLE_FORM_WORDS); none if nothing is left. */
function nameInTitle(title: string): string | undefined {
  const ending = TITLE_FORM_WORDS.find((w) => title.endsWith(w));
  const name = ending === undefined ? "" : title.slice(0, -ending.length).trim();
  // `2023年度项目支出绩效自评表` names a year, not a project.
  return name === "" || TITLE_YEAR_ONLY.test(name) ? undefined : name;
}

/** The amount unit a line above the form states (`单位：元`, `金额单位：万元`), the nearest first. */
function unitInHeadings(headings: readonly TextLine[]): string | undefined {
  const nearestFirst = [...headings].reverse();
  for (const label of ACCOUNT_META_WORDS.unit) {
    const value = labelledValue(nearestFirst, label);
    if (value !== null && value in AMOUNT_UNITS) return value;
  }
  return undefined;
}

/**
 * An indicator's SPEC fields, in the contract's order, `level1` as given. Written out rather than
 * copied by rest and spread: every indicator of every record passes here.
 */
function specIndicator<L extends string>(i: ReadIndicator, level1: L): Omit<Indicator, "level1"> & { level1: L } {
  return {
    level1,
    level2: i.level2,
    name: i.name,
    target: i.target,
    actual: i.actual,
    nature: i.nature,
    unit: i.unit,
    weight: i.weight,
    score: i.score,
    deviation: i.deviation,
    remark: i.remark,
  };
}

/** A department's indicator: the rubric's own levels, its 评分标准 (or its 指标解释 where it has no 评分标准). */
function departmentIndicator(i: ReadIndicator): DepartmentIndicator {
  const only = i.criteria === null && i.explanation !== null;
  return { ...specIndicator(i, i.level1), criteria: only ? i.explanation : i.criteria, explanation: only ? null : i.explanation };
}

/** A project's 一级指标 is one of the SPEC's (a rubric's own level names none). */
function asLevel1(level1: string): Level1 {
  return (LEVEL1 as readonly string[]).includes(level1) ? (level1 as Level1) : LEVEL1_FALLBACK;
}

/** A project's indicator: the SPEC's fields, its 一级指标 one of the SPEC's. */
function projectIndicator(i: ReadIndicator): Indicator {
  return specIndicator(i, asLevel1(i.level1));
}

/** A department-wide form: its title says so, or it names a unit and no 项目名称. */
function isDepartmentForm(titleKey: string | undefined, identity: { name: string | null; owner: unknown }): boolean {
  if (titleKey !== undefined && DEPARTMENT_TITLE_WORDS.some((w) => titleKey.includes(w))) return true;
  return identity.name === null && identity.owner !== null;
}


/** A number shaped like a 分值 or 得分: no unit, or 分 (`100%`, `2人次` are targets and actuals). */
function isScoreShaped(c: Cell): boolean {
  const a = c.facts.amount;
  return a.kind === "number" && (a.unit === undefined || a.unit === POINTS);
}

/**
 * The funds' score in the 总分: the total line's; where the funds have no total line (`财政拨款¦100¦90¦10¦90%¦9`
 * alone), the scores their lines state.
 */
function fundsScore(lines: readonly FundsLine[]): number | null {
  const total = lines.find((l) => l.item === "total");
  if (total) return total.score;
  return sumOfStated(lines.map((l) => l.score));
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

/**
 * `after`: the rows of a loose table right after the form, where a section the grammar did not take
 * may stand; `tailLines`: the lines of its tail (document/score-tail.ts), prose stating its score
 * (`综合评价得分98.5分`) and labelled values at its foot (`填报人：王丽`).
 */
export function readProjectForm(block: FormBlock, context: FormContext, after: readonly Row[] = [], tailLines: readonly TextLine[] = []): ProjectDraft | DepartmentDraft {
  const s = block.sections;
  const ledger = new CellLedger();
  const { title, year } = titleAndYear(block.headings);
  const identity = readIdentity(s.identity, ledger);
  // Lines above the form written `项目名称：…` fill the fields its rows left empty.
  readLabelledIdentity(identity, block.headings, ledger);
  // `部门:临沧市永德县明朗中学` under the title, when no identity row names the unit.
  identity.owner ??= ownerInHeadings(headingsFrom(block.headings, title).slice(-4));
  const titleKey = title === undefined ? undefined : labelKey(title.text);
  const department = isDepartmentForm(titleKey, identity);
  // A department-wide form has no project to name.
  const titled = identity.name === null && title !== undefined && !department ? nameInTitle(title.text) : undefined;
  if (titled !== undefined) {
    identity.name = titled;
    ledger.report("name-from-title", { name: titled, title: title?.text }, title?.line);
  }
  ledger.use(...s.layout.flatMap((r) => r.cells));
  // A unit line among the form's rows (`单位：万元` between two parts) states the unit; another heading holds nothing.
  let unitInRows: string | undefined;
  for (const row of s.heading) {
    for (const cell of row.cells) {
      const unit = statedUnit(cell.text);
      if (unit !== undefined) {
        unitInRows = unit;
        ledger.use(cell);
      } else ledger.listWith(cell, "part-heading", { text: cell.text });
    }
  }
  // A department's funds may break the total down by income and by expenditure, below its lines.
  const breakdown = department ? readFundsBreakdown([...s.funds, ...s.fundsContinuation], ledger) : { rows: [] as Row[] };
  const notBreakdown = (row: Row): boolean => !breakdown.rows.includes(row);
  const funds = readFunds(s.fundsHeader, s.funds.filter(notBreakdown), s.fundsContinuation.filter(notBreakdown), ledger, context, unitInRows ?? unitInHeadings(block.headings));
  const management = readManagement(s.managementHeader, s.management, ledger, context);
  const goals = readGoals(s.goalsHeader, s.goals, ledger, context);
  const { indicators, lines: indicatorLines, header } = readIndicators(s.indicatorHeader, s.indicators, ledger, context, !department);
  const grades: ExtraItem[] = [];
  const total = readTotal(s.total, header, ledger, context, grades);
  // A result publication states its funds and score in sentences above its table (real/05).
  if (s.funds.length === 0 && s.fundsHeader.length === 0 && funds.lines.length === 0) {
    const prose = readProseFunds(block.headings, identity.name, ledger);
    if (prose) {
      funds.unit = prose.unit;
      funds.lines.push(prose.line);
      funds.rowLines.push(prose.sourceLine);
    }
  }
  // Above the table from its title on (lines above the title may close the form before), or right under it.
  const proseScore = s.total.length === 0 && total.score === null ? readProseScore([...headingsFrom(block.headings, title), ...tailLines], ledger) : null;
  if (proseScore !== null) total.score = proseScore;
  const labelledLines = [
    ...readLabelledExtra(headingsFrom(block.headings, title), title !== undefined, identity.owner?.line, ledger),
    ...readLabelledExtra(tailLines, true, undefined, ledger),
  ];
  let extra = [...labelledLines, ...readExtra(s.extra, ledger), ...grades].sort((a, b) => a.line - b.line);

  const rows = s.rows.map((r) => r.row);
  const firstLine = title?.line ?? year?.line ?? rows[0]?.line ?? 1;
  const lastLine = rows[rows.length - 1]?.line ?? firstLine;

  // The unit form: its title, its 资金管理情况 section, or its 政府性预算资金 row (the Sichuan template
  // has 财政专户管理资金 and 单位资金 rows too, beside 财政资金).
  const isUnit =
    (titleKey !== undefined && titleKey.endsWith(FORM_TITLE.unit)) ||
    s.managementHeader.length > 0 ||
    funds.lines.some((l) => l.item === "government") ||
    (funds.lines.some((l) => l.item === "specialAccount" || l.item === "unitFunds") && !funds.lines.some((l) => l.item === "fiscal"));

  // A target table, or a publication without 得分, has no 总分 to state: only a scored form misses one.
  const scored = (header?.some((c) => c.field === "score") ?? false) || indicators.some((i) => i.score !== null);
  checkFormSections(
    { name: department ? (identity.owner?.value ?? identity.department ?? "") : identity.name, hasIndicators: s.indicatorHeader.length > 0 || s.indicators.length > 0, hasTotal: s.total.length > 0 || proseScore !== null || !scored },
    rows[0]?.line,
    lastLine,
    ledger,
    after.length > 0 ? [...rows, ...after] : rows,
  );
  for (let i = 0; i < funds.lines.length; i++) {
    const line = funds.lines[i] as FundsLine;
    checkExecutionRate(line, funds.rowLines[i], ledger);
    checkScoreWeight(line, line.label, funds.rowLines[i], ledger);
  }
  checkFundsSum(funds.lines, s.funds[0]?.line, ledger);
  for (let i = 0; i < indicators.length; i++) checkScoreWeight(indicators[i] as ReadIndicator, (indicators[i] as ReadIndicator).name, indicatorLines[i], ledger);
  checkTotalScore(
    total.score,
    indicators.map((i) => i.score),
    fundsScore(funds.lines),
    management.map((m) => m.score),
    s.total[0]?.line,
    ledger,
    () => unreadValues(s.indicators, ledger),
  );

  const unmapped = ledger.close(rows, department ? "department form" : "project form");
  const source = { startLine: firstLine, endLine: lastLine };
  // A year line above the form; failing that, a labelled one (`评价年度：2023年`), or the title's.
  const yearValue = year ? yearOf(year.text) : (labelledYear(block.headings) ?? (title ? yearInTitle(title.text) : null));
  if (department) {
    // A department record has one `department` field: the identity values it has no field for are
    // kept as labelled values (a 主管部门 beside the form's own unit is its superior; 实施单位; a 项目名称).
    const kept = (["name", "department", "implementer"] as const).flatMap((field) => {
      const value = identity[field];
      const at = identity.labels[field];
      if (value === null || !at || (field === "department" && identity.owner === null)) return [];
      return [{ label: at.label, value, line: at.line }];
    });
    if (kept.length > 0) extra = [...extra, ...kept].sort((a, b) => a.line - b.line);
    return {
      kind: "department",
      source,
      diagnostics: ledger.diagnostics,
      unmapped,
      title: title?.text ?? null,
      year: yearValue,
      department: identity.owner?.value ?? identity.department,
      funds: {
        unit: funds.unit,
        lines: funds.lines,
        ...(breakdown.byIncome ? { byIncome: breakdown.byIncome } : {}),
        ...(breakdown.byExpenditure ? { byExpenditure: breakdown.byExpenditure } : {}),
      },
      goals,
      indicators: indicators.map(departmentIndicator),
      total,
      extra,
    };
  }
  return {
    kind: "project",
    source,
    diagnostics: ledger.diagnostics,
    unmapped,
    form: isUnit ? "unit" : "expenditure",
    title: title?.text ?? null,
    year: yearValue,
    name: identity.name ?? "",
    department: identity.department,
    implementer: identity.implementer,
    funds: { unit: funds.unit, lines: funds.lines },
    management,
    goals,
    indicators: indicators.map(projectIndicator),
    total,
    extra: identity.owner ? [identity.owner, ...extra].sort((a, b) => a.line - b.line) : extra,
  };
}
