/**
 * The 绩效指标 rows. Each row's filled cells are placed into 一级/二级/三级指标, 年度指标值, 实际完成值,
 * 分值, 得分, 偏差度 and 偏差原因 by vocabulary and shape, against the latest indicator header
 * (rows shifted left or right, or padded, still land right). Then the SPEC's level rules:
 * level1 = written, else implied by level2, else the previous indicator's; level2 = written,
 * else the previous indicator's within the same level1. Template slots (`指标 2:` alone, a row of
 * level words only) are skipped.
 */
import { LEVEL1_FALLBACK, NATURE_KINDS, NATURE_SIGNS, POINTS, type IndicatorField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import { rowNumber } from "../../lines/parse-amount.js";
import { impliedLevel1, levelKey } from "../../lines/read-level.js";
import type { Indicator } from "../../schema/project.js";
import type { FormContext } from "../form-context.js";
import { fieldsInHeaderOrder, layoutOf, type Alignment, type FieldSpec, type HeaderColumns, type HeaderLayout } from "../placement/align-cells.js";
import { headerColumns, valueCells } from "../placement/header-columns.js";
import { dropRemarkCopy } from "../rules/drop-remark-copy.js";
import { keepUnreadIndicatorText } from "../rules/keep-unread-indicator-text.js";
import { joinNameFragments } from "../rules/join-name-fragments.js";
import { reportWrappedRows, wrappedRowCount } from "../rules/join-wrapped-values.js";
import { readNumber } from "../rules/read-number.js";
import { reportRealignment } from "../rules/realign-row.js";
import { reportAssumedLevel } from "../rules/report-assumed-level.js";
import { stripIndicatorLabel } from "../rules/strip-indicator-label.js";

const isLevelWord = (c: Cell): boolean => c.facts.isLevelWord;
/** A cell of only dots or punctuation (`.....`, 004 line 38) is filler, never a value. */
export const isFiller = (c: Cell): boolean => c.facts.filler;

const isNature = (c: Cell): boolean => NATURE_SIGNS.includes(c.text) || NATURE_KINDS.includes(c.text);
/** A 度量单位 cell: a short word or sign, not a number (`人次`, `%`, `万元`). */
const isUnit = (c: Cell): boolean => c.text.length <= 4 && c.facts.amount.kind === "text" && !isNature(c) && !c.facts.isLevelWord;

/** What a header's columns ask of the field list: a 偏差度 column, 指标性质 / 度量单位 columns, a scoring rubric's. */
interface Columns {
  readonly deviation: boolean;
  readonly splitTarget: boolean;
  readonly rubric: boolean;
}

/** The indicator fields for each kind of header (built once each), by the header's three answers as bits. */
const FIELD_LISTS: Array<ReadonlyArray<FieldSpec<IndicatorField>> | undefined> = [];

export function fields(hasDeviation: boolean, splitTarget = false, rubric = false): ReadonlyArray<FieldSpec<IndicatorField>> {
  const index = (hasDeviation ? 1 : 0) | (splitTarget ? 2 : 0) | (rubric ? 4 : 0);
  return (FIELD_LISTS[index] ??= buildFields({ deviation: hasDeviation, splitTarget, rubric }));
}

/** A row's cells that may be an indicator's values wrapped onto it: filled, no indicator label. */
const quietCells = (row: Row): Cell[] => row.cells.filter((c) => c.text !== "" && c.facts.rowLabel !== "indicators");
const indicatorHeaderOf = (cell: Cell) => cell.facts.indicatorHeader;
const byRowLine = (a: { r: Row }, b: { r: Row }): number => a.r.line - b.r.line;

/** A rubric's own levels (`决策（15）`, `规划 (15分)`): any text that can name something. */
const rubricLevel = (c: Cell): number => (c.facts.wordy && c.facts.amount.kind === "text" ? 0 : Infinity);

function buildFields(columns: Columns): ReadonlyArray<FieldSpec<IndicatorField>> {
  const { deviation: hasDeviation, splitTarget, rubric } = columns;
  const targetFields: Array<FieldSpec<IndicatorField>> = splitTarget
    ? [
        { field: "nature", cost: (c) => (isNature(c) ? 0 : Infinity), emptyCost: 0.3 },
        // A unit with no value before it says nothing: an empty 指标值 costs more than an empty 度量单位.
        { field: "target", cost: valueCost, emptyCost: 0.4 },
        { field: "unit", cost: (c) => (isUnit(c) ? 0 : Infinity), emptyCost: 0.3 },
      ]
    : [{ field: "target", cost: valueCost, emptyCost: 0.3 }];
  const level = (canonical: (c: Cell) => boolean) => (c: Cell): number => (canonical(c) ? 0 : rubric ? rubricLevel(c) : Infinity);
  const rubricFields: Array<FieldSpec<IndicatorField>> = rubric
    ? [
        { field: "explanation", cost: (c) => (c.facts.wordy ? 0 : Infinity), emptyCost: 0.3 },
        { field: "criteria", cost: (c) => (c.facts.wordy ? 0 : Infinity), emptyCost: 0.3 },
      ]
    : [];
  return [
    ...(rubric ? [{ field: "seq" as const, cost: (c: Cell) => (rowNumber(c.text, 3) !== undefined ? 0 : Infinity), emptyCost: 0 }] : []),
    { field: "level1", cost: level((c) => c.facts.level1 !== undefined), emptyCost: 0 },
    { field: "level2", cost: level((c) => c.facts.level2 !== undefined), emptyCost: 0 },
    {
      field: "name",
      cost: (c) => (isFiller(c) || !c.facts.wordy ? Infinity : isLevelWord(c) ? 1 : 0),
      emptyCost: 2,
    },
    ...targetFields,
    { field: "actual", cost: valueCost, emptyCost: 0.3 },
    { field: "weight", cost: (c) => (isPlainNumber(c) ? 0 : Infinity), emptyCost: 0.5 },
    ...rubricFields,
    { field: "score", cost: (c) => (isPlainNumber(c) ? 0 : Infinity), emptyCost: 0.5 },
    {
      field: "deviation",
      cost: (c) => (!hasDeviation ? Infinity : c.facts.amount.kind === "number" ? 0 : Infinity),
      emptyCost: 0.2,
    },
    { field: "remark", cost: (c) => (isFiller(c) ? Infinity : c.facts.amount.kind === "number" ? 7 : 0), emptyCost: 0 },
  ];
}

/** 年度指标值 / 实际完成值 take any text; a level word or a bare small number (more like a 分值) costs a little. */
function valueCost(c: Cell): number {
  if (isFiller(c)) return Infinity;
  if (isLevelWord(c)) return 0.8;
  const p = c.facts.amount;
  if (p.kind === "number" && p.unit === undefined && p.value <= 100) return 0.8;
  return 0;
}

function isPlainNumber(c: Cell): boolean {
  const p = c.facts.amount;
  return p.kind === "number" && (p.unit === undefined || p.unit === POINTS);
}

/**
 * The target as a reader writes it from its 指标性质 / 指标值 / 度量单位 cells: `≥` `735` `人次` →
 * `≥735人次`; a 定性 / 定量 kind is not written before the value.
 */
function joinTarget(nature: string | null, value: string | null, unit: string | null): string | null {
  if (value === null) return null;
  const sign = nature !== null && NATURE_SIGNS.includes(nature) ? nature : "";
  return `${sign}${value}${unit !== null && !value.endsWith(unit) ? unit : ""}`;
}

/** An indicator as read: the SPEC's fields, a rubric's 评分标准 and 指标解释, its level1 as written where it is no SPEC level. */
export type ReadIndicator = Omit<Indicator, "level1"> & { level1: string; criteria: string | null; explanation: string | null };

/**
 * A row that may continue on the lines below: a name with no value, or, under a header with 分值 /
 * 得分 columns, a name with neither (`¦时效指标¦资金发放及时率¦≥¦95¦%` then `¦96%¦10¦10`).
 */
function mayWrap(alignment: Alignment<IndicatorField>, scored: boolean): boolean {
  if (!alignment.placed.has("name")) return false;
  if (!VALUE_FIELDS.some((f) => alignment.placed.has(f))) return true;
  return scored && !alignment.placed.has("weight") && !alignment.placed.has("score");
}

/** The fields whose value makes a row an indicator rather than a template slot. */
const VALUE_FIELDS = ["target", "actual", "weight", "score"] as const;

/** A cell in one of those fields that is a value, not a level word standing in its column. */
const isValueCell = (c: Cell | undefined): boolean => c !== undefined && !isLevelWord(c);

export function readIndicators(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
  context: FormContext,
  /**
   * The rows belong to a project, whose record has SPEC levels and no 指标说明 / 评分标准: a level
   * the header's rubric columns let through as written, and those columns' cells, are listed in
   * unmapped (keep-unread-indicator-text.ts); a department keeps them.
   */
  project = false,
): { indicators: ReadIndicator[]; lines: number[]; header: HeaderColumns<IndicatorField> | undefined } {
  const indicators: ReadIndicator[] = [];
  const lines: number[] = [];
  const wroteLevel: Array<{ level1: boolean; level2: boolean }> = [];
  let latest: HeaderColumns<IndicatorField> | undefined;
  let layout: HeaderLayout<IndicatorField> | undefined;
  let rowFields = fields(true);
  const ordered = [...headerRows.map((r) => ({ r, h: true })), ...rows.map((r) => ({ r, h: false }))].sort(byRowLine);
  let prevLevel1: string | undefined;
  let prevLevel2: string | null = null;
  // Rows whose level1 no cell of theirs or of a row before them states (rules/report-assumed-level.ts).
  let assumed = false;
  const assumedLines: number[] = [];
  let hasDeviation = true;
  let splitTarget = false;
  let rubric = false;
  let scoreColumns = false;
  // Rows joined to the indicator above them (their values wrapped onto the lines below).
  const absorbed = new Set<Row>();
  for (let at = 0; at < ordered.length; at++) {
    const { r: row, h } = ordered[at] as { r: Row; h: boolean };
    if (absorbed.size > 0 && absorbed.has(row)) continue;
    if (h) {
      latest = headerColumns(row, indicatorHeaderOf, ledger) ?? latest;
      hasDeviation = latest ? latest.some((c) => c.field === "deviation") : true;
      splitTarget = latest ? latest.some((c) => c.field === "nature" || c.field === "unit") : false;
      rubric = latest ? latest.some((c) => c.field === "criteria" || c.field === "explanation") : false;
      scoreColumns = latest?.some((c) => c.field === "weight" || c.field === "score") ?? false;
      const list = fields(hasDeviation, splitTarget, rubric);
      // The levels and the name lead every template's columns; what follows may come in any order.
      rowFields = latest ? fieldsInHeaderOrder(list, latest, list.findIndex((f) => f.field === "name") + 1) : list;
      layout = latest ? layoutOf(latest, rowFields) : undefined;
      continue;
    }
    const cells = valueCells(row, "indicators", ledger);
    if (cells.length === 0) continue;
    // Only level words (`¦¦社会成本指标¦¦¦`, `社会成本指标¦¦生态环境成本指标`): a template slot, whatever
    // their columns; their words are read as labels.
    if (cells.every(isLevelWord)) {
      for (const cell of cells) ledger.label(cell, "indicator template");
      continue;
    }
    let alignment = context.aligner.align(cells, rowFields, layout);
    if (!rubric && mayWrap(alignment, scoreColumns)) {
      const below: Row[] = [];
      for (let k = at + 1; k < ordered.length && !(ordered[k] as { h: boolean }).h; k++) below.push((ordered[k] as { r: Row }).r);
      const count = wrappedRowCount(row, below, quietCells, (c) => context.aligner.align(c, rowFields), rowFields);
      if (count > 0) {
        const more = below.slice(0, count);
        for (const r of more) {
          absorbed.add(r);
          cells.push(...valueCells(r, "indicators", ledger));
        }
        reportWrappedRows(row.line, (more[0] as Row).line, (more[more.length - 1] as Row).line, ledger);
        alignment = context.aligner.align(cells, rowFields);
      }
    }
    // Each field's cell, read from the placement once.
    const placed = alignment.placed;
    const nameCell = placed.get("name");
    const level1Cell = placed.get("level1");
    const level2Cell = placed.get("level2");
    const targetCell = placed.get("target");
    const actualCell = placed.get("actual");
    const weightCell = placed.get("weight");
    const scoreCell = placed.get("score");
    const natureCell = placed.get("nature");
    const unitCell = placed.get("unit");
    const criteriaCell = placed.get("criteria");
    const explanationCell = placed.get("explanation");
    const name = nameCell ? stripIndicatorLabel(nameCell.text) : "";
    // A template slot: no name, target, actual, weight or score (SPEC indicator rules); level
    // words standing in those columns (`¦¦社会成本指标¦生态环境成本指标¦¦`, 003 line 1408) are not values.
    const meaningful = VALUE_FIELDS.some((field) => isValueCell(placed.get(field)));
    if (!meaningful && (name === "" || (nameCell !== undefined && isLevelWord(nameCell)))) {
      ledger.use(nameCell, level1Cell, level2Cell, targetCell, actualCell);
      for (const cell of cells) if (!ledger.isUsed(cell)) ledger.unplace(cell, "indicator template");
      continue;
    }
    reportRealignment(alignment, "indicator", row.line, ledger);
    const written1 = level1Cell?.facts.level1;
    const written2 = level2Cell ? (level2Cell.facts.level2 ?? null) : null;
    // A department's rubric names its own levels as written (`决策（15）` → 决策, `产出（30分）` → 产出,
    // not the SPEC's 产出指标); a project's levels are the SPEC's, a 二级指标 no SPEC word names as written.
    const asWritten = rubric && !project;
    const own1 = asWritten && level1Cell ? levelKey(level1Cell.text) : undefined;
    const own2 = rubric && level2Cell ? levelKey(level2Cell.text) : null;
    const stated1 = own1 ?? written1 ?? (written2 ? impliedLevel1(written2) : undefined);
    const level1: string = stated1 ?? prevLevel1 ?? LEVEL1_FALLBACK;
    // Only rows before it in the table that assumed theirs left prevLevel1 so.
    assumed = stated1 === undefined && (prevLevel1 === undefined || assumed);
    if (assumed) assumedLines.push(row.line);
    const level2: string | null = (asWritten ? (own2 ?? written2) : (written2 ?? own2)) ?? (level1 === prevLevel1 ? prevLevel2 : null);
    const remarkCell = dropRemarkCopy(placed.get("remark"), cells, nameCell, ledger);
    if (project) keepUnreadIndicatorText(written1 === undefined ? level1Cell : undefined, [criteriaCell, explanationCell], ledger);
    ledger.use(level1Cell, level2Cell, nameCell, targetCell, actualCell, remarkCell, natureCell, unitCell);
    ledger.use(placed.get("seq"), criteriaCell, explanationCell);
    const nature = natureCell?.text ?? null;
    const unit = unitCell?.text ?? null;
    indicators.push({
      level1,
      level2,
      name,
      target: joinTarget(nature, targetCell?.text ?? null, unit),
      actual: actualCell?.text ?? null,
      nature,
      unit,
      weight: readNumber(weightCell, "weight", ledger, "indicator.weight"),
      score: readNumber(scoreCell, "weight", ledger, "indicator.score"),
      deviation: readNumber(placed.get("deviation"), "percent", ledger, "indicator.deviation"),
      remark: remarkCell?.text ?? null,
      criteria: criteriaCell?.text ?? null,
      explanation: explanationCell?.text ?? null,
    });
    lines.push(row.line);
    wroteLevel.push({ level1: level1Cell !== undefined, level2: level2Cell !== undefined });
    prevLevel1 = level1;
    prevLevel2 = level2;
  }
  joinNameFragments(indicators, lines, wroteLevel, ledger);
  reportAssumedLevel(assumedLines, LEVEL1_FALLBACK, ledger);
  return { indicators, lines, header: latest };
}
