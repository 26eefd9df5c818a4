/**
 * The 绩效指标 rows. Each row's filled cells are placed into 一级/二级/三级指标, 年度指标值, 实际完成值,
 * 分值, 得分, 偏差度 and 偏差原因 by vocabulary and shape, against the latest indicator header
 * (rows shifted left or right, or padded, still land right). Then the SPEC's level rules:
 * level1 = written, else implied by level2, else the previous indicator's; level2 = written,
 * else the previous indicator's within the same level1. Template slots (`指标 2:` alone, a row of
 * level words only) are skipped.
 */
import { INDICATORS_SECTION_LABEL, LEVEL1_FALLBACK, POINTS, type IndicatorField, type Level1 } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import { impliedLevel1 } from "../../lines/read-level.js";
import type { Indicator } from "../../schema/project.js";
import type { FormContext } from "../form-context.js";
import { layoutOf, type FieldSpec, type HeaderColumns, type HeaderLayout } from "../placement/align-cells.js";
import { headerColumns, valueCells } from "../placement/header-columns.js";
import { dropRemarkCopy } from "../rules/drop-remark-copy.js";
import { readNumber } from "../rules/read-number.js";
import { reportRealignment } from "../rules/realign-row.js";
import { stripIndicatorLabel } from "../rules/strip-indicator-label.js";

const isLevelWord = (c: Cell): boolean => c.facts.isLevelWord;
/** A cell of only dots or punctuation (`.....`, 004 line 38) is filler, never a value. */
export const isFiller = (c: Cell): boolean => c.facts.filler;

const FIELDS_WITH_DEVIATION = buildFields(true);
const FIELDS_WITHOUT_DEVIATION = buildFields(false);

/** The indicator fields, with or without a 偏差度 column (built once each). */
export function fields(hasDeviation: boolean): ReadonlyArray<FieldSpec<IndicatorField>> {
  return hasDeviation ? FIELDS_WITH_DEVIATION : FIELDS_WITHOUT_DEVIATION;
}

function buildFields(hasDeviation: boolean): ReadonlyArray<FieldSpec<IndicatorField>> {
  return [
    { field: "level1", cost: (c) => (c.facts.level1 !== undefined ? 0 : Infinity), emptyCost: 0 },
    { field: "level2", cost: (c) => (c.facts.level2 !== undefined ? 0 : Infinity), emptyCost: 0 },
    {
      field: "name",
      cost: (c) => (isFiller(c) || !c.facts.wordy ? Infinity : isLevelWord(c) ? 1 : 0),
      emptyCost: 2,
    },
    { field: "target", cost: valueCost, emptyCost: 0.3 },
    { field: "actual", cost: valueCost, emptyCost: 0.3 },
    { field: "weight", cost: (c) => (isPlainNumber(c) ? 0 : Infinity), emptyCost: 0.5 },
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

/** The fields whose value makes a row an indicator rather than a template slot. */
const VALUE_FIELDS = ["target", "actual", "weight", "score"] as const;

export function readIndicators(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
  context: FormContext,
): { indicators: Indicator[]; lines: number[]; header: HeaderColumns<IndicatorField> | undefined } {
  const indicators: Indicator[] = [];
  const lines: number[] = [];
  let latest: HeaderColumns<IndicatorField> | undefined;
  let layout: HeaderLayout<IndicatorField> | undefined;
  const ordered = [...headerRows.map((r) => ({ r, h: true })), ...rows.map((r) => ({ r, h: false }))].sort(
    (a, b) => a.r.line - b.r.line,
  );
  let prevLevel1: string | undefined;
  let prevLevel2: string | null = null;
  let hasDeviation = true;
  for (const { r: row, h } of ordered) {
    if (h) {
      latest = headerColumns(row, (c) => c.facts.indicatorHeader, ledger) ?? latest;
      hasDeviation = latest ? latest.some((c) => c.field === "deviation") : true;
      layout = latest ? layoutOf(latest, fields(hasDeviation)) : undefined;
      continue;
    }
    const cells = valueCells(row, INDICATORS_SECTION_LABEL, ledger);
    if (cells.length === 0) continue;
    // Only level words (`¦¦社会成本指标¦¦¦`, `社会成本指标¦¦生态环境成本指标`): a template slot, whatever
    // their columns; their words are read as labels.
    if (cells.every(isLevelWord)) {
      for (const cell of cells) ledger.label(cell, "indicator template");
      continue;
    }
    const alignment = context.aligner.align(cells, fields(hasDeviation), layout);
    const get = (f: IndicatorField): Cell | undefined => alignment.placed.get(f);
    const nameCell = get("name");
    const name = nameCell ? stripIndicatorLabel(nameCell.text) : "";
    // A template slot: no name, target, actual, weight or score (SPEC indicator rules); level
    // words standing in those columns (`¦¦社会成本指标¦生态环境成本指标¦¦`, 003 line 1408) are not values.
    const meaningful = VALUE_FIELDS.some((f) => {
      const c = get(f);
      return c !== undefined && !isLevelWord(c);
    });
    if (!meaningful && (name === "" || (nameCell !== undefined && isLevelWord(nameCell)))) {
      ledger.use(nameCell, get("level1"), get("level2"), get("target"), get("actual"));
      for (const cell of cells) if (!ledger.isUsed(cell)) ledger.unplace(cell, "indicator template");
      continue;
    }
    reportRealignment(alignment, "indicator", row.line, ledger);
    const level1Cell = get("level1");
    const level2Cell = get("level2");
    const written1 = level1Cell?.facts.level1;
    const written2 = level2Cell ? (level2Cell.facts.level2 ?? null) : null;
    const level1: Level1 = written1 ?? (written2 ? impliedLevel1(written2) : undefined) ?? (prevLevel1 as Level1 | undefined) ?? LEVEL1_FALLBACK;
    const level2: string | null = written2 ?? (level1 === prevLevel1 ? prevLevel2 : null);
    const remarkCell = dropRemarkCopy(get("remark"), cells, nameCell, ledger);
    ledger.use(get("level1"), get("level2"), nameCell, get("target"), get("actual"), remarkCell);
    indicators.push({
      level1,
      level2,
      name,
      target: get("target")?.text ?? null,
      actual: get("actual")?.text ?? null,
      weight: readNumber(get("weight"), "weight", ledger, "indicator.weight"),
      score: readNumber(get("score"), "weight", ledger, "indicator.score"),
      deviation: readNumber(get("deviation"), "percent", ledger, "indicator.deviation"),
      remark: remarkCell?.text ?? null,
    });
    lines.push(row.line);
    prevLevel1 = level1;
    prevLevel2 = level2;
  }
  return { indicators, lines, header: latest };
}
