/**
 * The 绩效指标 rows. Each row's filled cells are placed into 一级/二级/三级指标, 年度指标值, 实际完成值,
 * 分值, 得分, 偏差度 and 偏差原因 by vocabulary and shape, against the latest indicator header
 * (rows shifted left or right, or padded, still land right). Then the SPEC's level rules:
 * level1 = written, else implied by level2, else the previous indicator's; level2 = written,
 * else the previous indicator's within the same level1. Template slots (`指标 2:` alone, a row of
 * level words only) are skipped.
 */
import { LABEL, labelKey } from "../../../grammars/labels.js";
import type { Cell, Row } from "../../document/model.js";
import { alignCells, type FieldSpec, type HeaderColumns } from "../../normalize/align-cells.js";
import { impliedLevel1 } from "../../normalize/canonical-level.js";
import { amountOf, factsOf } from "../../document/cell-facts.js";
import { readNumber } from "../../normalize/read-number.js";
import { stripIndicatorLabel } from "../../normalize/strip-indicator-label.js";
import type { Indicator } from "../../schema/project.js";
import type { CellLedger } from "../cell-ledger.js";
import { headerColumns, valueCells } from "./header-columns.js";

export type IndicatorField =
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "remark";

const kindOf = amountOf;
const isLevelWord = (c: Cell): boolean => factsOf(c).isLevelWord;
const hasWords = (c: Cell): boolean => factsOf(c).wordy;
/** A cell of only dots or punctuation (`.....`, 004 line 38) is filler, never a value. */
export const isFiller = (c: Cell): boolean => factsOf(c).filler;

const FIELDS_WITH_DEVIATION = buildFields(true);
const FIELDS_WITHOUT_DEVIATION = buildFields(false);

/** The indicator fields, with or without a 偏差度 column (built once each). */
export function fields(hasDeviation: boolean): ReadonlyArray<FieldSpec<IndicatorField>> {
  return hasDeviation ? FIELDS_WITH_DEVIATION : FIELDS_WITHOUT_DEVIATION;
}

function buildFields(hasDeviation: boolean): ReadonlyArray<FieldSpec<IndicatorField>> {
  return [
    { field: "level1", cost: (c) => (factsOf(c).level1 !== undefined ? 0 : Infinity), emptyCost: 0 },
    { field: "level2", cost: (c) => (factsOf(c).level2 !== undefined ? 0 : Infinity), emptyCost: 0 },
    {
      field: "name",
      cost: (c) => (isFiller(c) || !hasWords(c) ? Infinity : isLevelWord(c) ? 1 : 0),
      emptyCost: 2,
    },
    { field: "target", cost: valueCost, emptyCost: 0.3 },
    { field: "actual", cost: valueCost, emptyCost: 0.3 },
    { field: "weight", cost: (c) => (isPlainNumber(c) ? 0 : Infinity), emptyCost: 0.5 },
    { field: "score", cost: (c) => (isPlainNumber(c) ? 0 : Infinity), emptyCost: 0.5 },
    {
      field: "deviation",
      cost: (c) => (!hasDeviation ? Infinity : kindOf(c).kind === "number" ? 0 : Infinity),
      emptyCost: 0.2,
    },
    { field: "remark", cost: (c) => (isFiller(c) ? Infinity : kindOf(c).kind === "number" ? 7 : 0), emptyCost: 0 },
  ];
}

/** 年度指标值 / 实际完成值 take any text; a level word or a bare small number (more like a 分值) costs a little. */
function valueCost(c: Cell): number {
  if (isFiller(c)) return Infinity;
  if (isLevelWord(c)) return 0.8;
  const p = kindOf(c);
  if (p.kind === "number" && p.unit === undefined && p.value <= 100) return 0.8;
  return 0;
}

function isPlainNumber(c: Cell): boolean {
  const p = kindOf(c);
  return p.kind === "number" && (p.unit === undefined || p.unit === "分");
}

export function indicatorHeaderField(text: string): IndicatorField | null | undefined {
  const key = labelKey(text).replace(/%$/, "");
  if (LABEL.indicators.startsWith(key) && key.length >= 2) return null;
  if (key === LABEL.level1) return "level1";
  if (key === LABEL.level2) return "level2";
  // The seeds' headings first, then wordings other templates use for the same columns.
  if (key === LABEL.level3 || key === "指标名称" || key === "指标内容" || key === "三级指标名称") return "name";
  if (key.endsWith("指标值") || key === LABEL.target || key.endsWith("目标值")) return "target";
  if (key.startsWith("实际完成") || key === "实际值" || key === "完成值") return "actual";
  if (key === LABEL.weight || key === "权重" || key === "指标分值") return "weight";
  if (key === LABEL.score || key === "自评得分" || key === "实际得分") return "score";
  if (key.startsWith("偏差原因") || key.includes("改进措施")) return "remark";
  if (key.startsWith(LABEL.deviation) || key.startsWith(LABEL.deviationRate)) return "deviation";
  return undefined;
}

/** The fields whose value makes a row an indicator rather than a template slot. */
const VALUE_FIELDS = ["target", "actual", "weight", "score"] as const;

/** `name 完成值, target ≥95%`: what a realigned row's moved cells became. */
function movedDetail(moved: ReadonlyArray<{ cell: Cell; field: IndicatorField }>): string {
  let detail = "";
  for (const m of moved) detail += `${detail === "" ? "" : ", "}${m.field} ${m.cell.text}`;
  return detail;
}

export function readIndicators(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
): { indicators: Indicator[]; lines: number[]; header: HeaderColumns<IndicatorField> | undefined } {
  const indicators: Indicator[] = [];
  const lines: number[] = [];
  let latest: HeaderColumns<IndicatorField> | undefined;
  const ordered = [...headerRows.map((r) => ({ r, h: true })), ...rows.map((r) => ({ r, h: false }))].sort(
    (a, b) => a.r.line - b.r.line,
  );
  let prevLevel1: string | undefined;
  let prevLevel2: string | null = null;
  let hasDeviation = true;
  for (const { r: row, h } of ordered) {
    if (h) {
      latest = headerColumns(row, indicatorHeaderField, ledger) ?? latest;
      hasDeviation = latest ? latest.some((c) => c.field === "deviation") : true;
      continue;
    }
    const cells = valueCells(row, LABEL.indicators, ledger);
    if (cells.length === 0) continue;
    // Only level words (`¦¦社会成本指标¦¦¦`, `社会成本指标¦¦生态环境成本指标`): a template slot, whatever
    // their columns; their words are read as labels.
    if (cells.every(isLevelWord)) {
      ledger.use(...cells);
      continue;
    }
    const alignment = alignCells(cells, fields(hasDeviation), latest);
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
    for (const cell of alignment.dropped) ledger.unplace(cell, "indicator");
    if (alignment.moved.length > 0) {
      ledger.report(
        "row-realigned",
        { what: "indicator", detail: movedDetail(alignment.moved) },
        row.line,
      );
    }
    const level1Cell = get("level1");
    const level2Cell = get("level2");
    const written1 = level1Cell ? factsOf(level1Cell).level1 : undefined;
    const written2 = level2Cell ? (factsOf(level2Cell).level2 ?? null) : null;
    const level1: string = written1 ?? (written2 ? impliedLevel1(written2) : undefined) ?? prevLevel1 ?? "产出指标";
    const level2: string | null = written2 ?? (level1 === prevLevel1 ? prevLevel2 : null);
    // A 偏差原因 that only repeats the cell before it (`…¦完成¦完成¦¦¦`, 001 line 576) is the scraper's
    // copy of that cell, not a remark: it goes to unmapped like the copies on the rows above it.
    let remarkCell = get("remark");
    const beforeRemark = remarkCell ? cells[cells.indexOf(remarkCell) - 1] : undefined;
    if (remarkCell && beforeRemark && beforeRemark.text === remarkCell.text && beforeRemark !== nameCell) {
      ledger.unplace(remarkCell, "indicator");
      remarkCell = undefined;
    }
    ledger.use(get("level1"), get("level2"), nameCell, get("target"), get("actual"), remarkCell);
    indicators.push({
      level1: level1 as Indicator["level1"],
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
