/**
 * 资金管理情况 rows of the unit form (003 line 817):
 *   `安排科学性¦¦按照部门预算编制…¦¦5¦4¦开展一次鉴定活动所需费用约为两万元…`
 *   → { item 安排科学性, description, weight 5, score 4, problems }
 */
import { MANAGEMENT_SECTION_LABEL, type ManagementField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";
import type { ManagementLine } from "../../schema/project.js";
import type { FormContext } from "../form-context.js";
import { layoutOf, type FieldSpec, type HeaderColumns } from "../placement/align-cells.js";
import { headerColumns, valueCells } from "../placement/header-columns.js";
import { readNumber } from "../rules/read-number.js";

const isNumber = (c: Cell): boolean => c.facts.amount.kind === "number";
const text = (c: Cell): number => (isNumber(c) ? Infinity : 0);
const number = (c: Cell): number => (c.facts.amount.kind === "text" ? Infinity : 0);

const FIELDS: ReadonlyArray<FieldSpec<ManagementField>> = [
  { field: "item", cost: text, emptyCost: 3 },
  { field: "description", cost: text, emptyCost: 0.5 },
  { field: "weight", cost: number, emptyCost: 0.5 },
  { field: "score", cost: number, emptyCost: 0.5 },
  { field: "problems", cost: (c) => (isNumber(c) ? 7 : 0), emptyCost: 0 },
];

export function readManagement(
  headerRows: readonly Row[],
  rows: readonly Row[],
  ledger: CellLedger,
  context: FormContext,
): ManagementLine[] {
  let header: HeaderColumns<ManagementField> | undefined;
  for (const row of headerRows) header = headerColumns(row, (c) => c.facts.managementHeader, ledger) ?? header;
  const layout = header ? layoutOf(header, FIELDS) : undefined;
  const lines: ManagementLine[] = [];
  for (const row of rows) {
    const cells = valueCells(row, "management", ledger);
    if (cells.length === 0) continue;
    const alignment = context.aligner.align(cells, FIELDS, layout);
    for (const cell of alignment.dropped) ledger.unplace(cell, MANAGEMENT_SECTION_LABEL);
    const get = (f: ManagementField): Cell | undefined => alignment.placed.get(f);
    const item = get("item");
    if (!item) {
      for (const c of cells) if (!alignment.dropped.includes(c)) ledger.unplace(c, MANAGEMENT_SECTION_LABEL);
      continue;
    }
    ledger.use(item, get("description"), get("problems"));
    lines.push({
      item: item.text,
      description: get("description")?.text ?? null,
      weight: readNumber(get("weight"), "weight", ledger, "management.weight"),
      score: readNumber(get("score"), "weight", ledger, "management.score"),
      problems: get("problems")?.text ?? null,
    });
  }
  return lines;
}
