/**
 * 年度总体目标: the 预期目标 and 实际完成情况 texts, placed under the header's two columns
 * (003 line 822: `依据国家有关标准…¦¦¦¦¦2023年工伤认定568起…`).
 */
import { GOALS_SECTION_LABEL, type GoalsField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { FormContext } from "../form-context.js";
import { layoutOf, type FieldSpec, type HeaderColumns } from "../placement/align-cells.js";
import { headerColumns, valueCells } from "../placement/header-columns.js";
import { splitMergedGoals } from "../rules/split-merged-goals.js";

const FIELDS: ReadonlyArray<FieldSpec<GoalsField>> = [
  { field: "expected", cost: () => 0, emptyCost: 1 },
  { field: "actual", cost: () => 0, emptyCost: 1 },
];

export function readGoals(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
  context: FormContext,
): { expected: string | null; actual: string | null } {
  let header: HeaderColumns<GoalsField> | undefined;
  const parts: Record<GoalsField, string[]> = { expected: [], actual: [] };
  let goalLine: number | undefined;
  for (const row of headerRows) {
    // `年度目标¦完成全县12所…`: a label with its text beside it and no 预期目标 / 实际完成 columns.
    const text = row.cells.filter((c) => c.text !== "" && c.facts.goalsHeader === undefined);
    if (text.length > 0 && row.cells.every((c) => c.text === "" || c.facts.goalsHeader === undefined || c.facts.goalsHeader === null)) {
      for (const cell of row.cells) if (cell.text !== "") ledger.use(cell);
      // One text is the 预期目标; two are 预期目标 and 实际完成情况, in that order.
      if (text.length === 2) {
        parts.expected.push((text[0] as Cell).text);
        parts.actual.push((text[1] as Cell).text);
      } else parts.expected.push(...text.map((c) => c.text));
      goalLine ??= text[0]?.line;
      continue;
    }
    // `年度总体目标¦预期目标¦实际完成情况¦…¦…`: the header with its texts after it, in its order
    // (a row glued from the header and the row under it), when no row under it holds them. Or
    // the goals written as labelled rows, the section's label on the first (`年度总体目标¦预期目标¦…`
    // over `¦实际完成情况¦…`): every row under it is a label with its text.
    const trailing = rows.length === 0 || rows.every(isLabelledGoalRow) ? textsAfterHeader(row) : undefined;
    if (trailing) {
      for (const cell of row.cells) if (cell.text !== "" && !trailing.some((t) => t.cell === cell)) ledger.label(cell, "goals header");
      for (const { field, cell } of trailing) {
        parts[field].push(cell.text);
        ledger.use(cell);
        goalLine ??= cell.line;
      }
      continue;
    }
    header = headerColumns(row, (c) => c.facts.goalsHeader, ledger) ?? header;
  }
  const layout = header ? layoutOf(header, FIELDS) : undefined;
  for (const row of rows) {
    const cells = valueCells(row, "goals", ledger);
    if (cells.length === 0) continue;
    // `年度目标完成情况¦全年服务老年人3万人次`: a label standing before its text, under no header.
    const [first, ...texts] = cells;
    const field = first?.facts.goalsHeader;
    if (field && texts.length > 0 && texts.every((c) => c.facts.goalsHeader === undefined)) {
      ledger.use(first);
      for (const cell of texts) {
        parts[field].push(cell.text);
        ledger.use(cell);
        goalLine ??= cell.line;
      }
      continue;
    }
    const alignment = context.aligner.align(cells, FIELDS, layout);
    for (const cell of alignment.dropped) ledger.unplace(cell, GOALS_SECTION_LABEL);
    for (const [field, cell] of alignment.placed) {
      parts[field].push(cell.text);
      ledger.use(cell);
      goalLine ??= cell.line;
    }
  }
  const split = splitMergedGoals(parts.expected, parts.actual, goalLine, ledger);
  if (split) return split;
  const join = (texts: string[]): string | null => (texts.length === 0 ? null : texts.join(""));
  return { expected: join(parts.expected), actual: join(parts.actual) };
}

/** `¦实际完成情况¦完成养护农村公路310公里`: a 预期目标 or 实际完成情况 label, then its text. */
function isLabelledGoalRow(row: Row): boolean {
  const cells = row.cells.filter((c) => c.text !== "" && c.facts.goalsHeader !== null);
  const [first, ...texts] = cells;
  return first?.facts.goalsHeader !== undefined && texts.length > 0 && texts.every((c) => c.facts.goalsHeader === undefined);
}

/**
 * The texts standing after a goals header's labels in its own row, each with the field of the
 * label at the same place in the header's order (预期目标, 实际完成情况): only when there are as
 * many texts as labels and nothing else follows.
 */
function textsAfterHeader(row: Row): Array<{ field: GoalsField; cell: Cell }> | undefined {
  const labels: GoalsField[] = [];
  let texts: Cell[] = [];
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    const field = cell.facts.goalsHeader;
    if (field === null) continue;
    if (field !== undefined) {
      if (texts.length > 0) return undefined;
      labels.push(field);
    } else texts.push(cell);
  }
  if (labels.length === 0 || texts.length !== labels.length) return undefined;
  return texts.map((cell, k) => ({ field: labels[k] as GoalsField, cell }));
}
