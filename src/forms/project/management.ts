/**
 * 资金管理情况 rows of the unit form (003 line 817):
 *   `安排科学性¦¦按照部门预算编制…¦¦5¦4¦开展一次鉴定活动所需费用约为两万元…`
 *   → { item 安排科学性, description, weight 5, score 4, problems }
 */
import { LABEL, labelKey } from "../../../grammars/labels.js";
import type { Cell, Row } from "../../document/model.js";
import { alignCells, type FieldSpec } from "../../normalize/align-cells.js";
import { amountOf } from "../../document/cell-facts.js";
import { readNumber } from "../../normalize/read-number.js";
import type { ManagementLine } from "../../schema/project.js";
import type { CellLedger } from "../cell-ledger.js";
import { headerColumns, valueCells } from "./header-columns.js";

type Field = "item" | "description" | "weight" | "score" | "problems";

const isNumber = (c: Cell): boolean => amountOf(c).kind === "number";
const text = (c: Cell): number => (isNumber(c) ? Infinity : 0);
const number = (c: Cell): number => (amountOf(c).kind === "text" ? Infinity : 0);

const FIELDS: ReadonlyArray<FieldSpec<Field>> = [
  { field: "item", cost: text, emptyCost: 3 },
  { field: "description", cost: text, emptyCost: 0.5 },
  { field: "weight", cost: number, emptyCost: 0.5 },
  { field: "score", cost: number, emptyCost: 0.5 },
  { field: "problems", cost: (c) => (isNumber(c) ? 7 : 0), emptyCost: 0 },
];

function headerFieldOf(text: string): Field | null | undefined {
  const key = labelKey(text);
  if (key === LABEL.management) return "item";
  if (key === LABEL.description) return "description";
  if (key === LABEL.weight) return "weight";
  if (key === LABEL.score) return "score";
  if (key.startsWith("存在问题")) return "problems";
  return undefined;
}

export function readManagement(headerRows: readonly Row[], rows: readonly Row[], ledger: CellLedger): ManagementLine[] {
  let header = undefined as ReturnType<typeof headerColumns<Field>>;
  for (const row of headerRows) header = headerColumns(row, headerFieldOf, ledger) ?? header;
  const lines: ManagementLine[] = [];
  for (const row of rows) {
    const cells = valueCells(row, LABEL.management, ledger);
    if (cells.length === 0) continue;
    const alignment = alignCells(cells, FIELDS, header);
    for (const cell of alignment.dropped) ledger.unplace(cell, "资金管理情况");
    const get = (f: Field): Cell | undefined => alignment.placed.get(f);
    const item = get("item");
    if (!item) {
      for (const c of cells) if (!alignment.dropped.includes(c)) ledger.unplace(c, "资金管理情况");
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
