/**
 * 年度总体目标: the 预期目标 and 实际完成情况 texts, placed under the header's two columns
 * (003 line 822: `依据国家有关标准…¦¦¦¦¦2023年工伤认定568起…`).
 */
import { LABEL, labelKey } from "../../../grammars/labels.js";
import type { Cell, Row } from "../../document/model.js";
import { alignCells, type FieldSpec } from "../../normalize/align-cells.js";
import { splitMergedGoals } from "../../normalize/split-merged-goals.js";
import type { CellLedger } from "../cell-ledger.js";
import { headerColumns, valueCells } from "./header-columns.js";

type Field = "expected" | "actual";

const FIELDS: ReadonlyArray<FieldSpec<Field>> = [
  { field: "expected", cost: () => 0, emptyCost: 1 },
  { field: "actual", cost: () => 0, emptyCost: 1 },
];

function headerFieldOf(text: string): Field | null | undefined {
  const key = labelKey(text);
  if (key === LABEL.goals) return null;
  if (key === LABEL.expected || key === "预期目标" ) return "expected";
  if (key.startsWith("实际完成")) return "actual";
  return undefined;
}

export function readGoals(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
): { expected: string | null; actual: string | null } {
  let header = undefined as ReturnType<typeof headerColumns<Field>>;
  for (const row of headerRows) header = headerColumns(row, headerFieldOf, ledger) ?? header;
  const parts: Record<Field, string[]> = { expected: [], actual: [] };
  let goalLine: number | undefined;
  for (const row of rows) {
    const cells = valueCells(row, LABEL.goals, ledger);
    if (cells.length === 0) continue;
    const alignment = alignCells(cells, FIELDS, header);
    for (const cell of alignment.dropped) ledger.unplace(cell, "年度总体目标");
    for (const [field, cell] of alignment.placed as Map<Field, Cell>) {
      parts[field].push(cell.text);
      ledger.use(cell);
      goalLine ??= cell.line;
    }
  }
  if (parts.expected.length === 1 && parts.actual.length === 0) {
    const split = splitMergedGoals(parts.expected[0] as string);
    if (split) {
      ledger.report("cell-split", { text: parts.expected[0], head: split.expected, tail: split.actual }, goalLine);
      return { expected: split.expected, actual: split.actual };
    }
  }
  const join = (texts: string[]): string | null => (texts.length === 0 ? null : texts.join(""));
  return { expected: join(parts.expected), actual: join(parts.actual) };
}
