/**
 * Self-evaluation result lists (002): 序号 / 主管部门（单位） / 项目名称 / 预算金额 / 自评得分 / 自评等级 →
 * one `result-row` per row. Cells are placed by meaning (some rows carry an extra empty cell);
 * fragment rows after page breaks are joined to the row above where clearly right.
 */
import { LABEL, labelKey } from "../../grammars/labels.js";
import type { Block } from "../document/build-document.js";
import type { Cell, Row } from "../document/model.js";
import { alignCells, type FieldSpec, type HeaderColumns } from "../normalize/align-cells.js";
import { decideFragmentJoin, isFragmentRow } from "../normalize/join-fragment-row.js";
import { amountOf } from "../document/cell-facts.js";
import { readNumber } from "../normalize/read-number.js";
import type { ResultRowRecord } from "../schema/result-row.js";
import { CellLedger } from "./cell-ledger.js";

type ListBlock = Extract<Block, { kind: "list" }>;
export type ResultDraft = Omit<ResultRowRecord, "source"> & { source: { startLine: number; endLine: number } };
type Field = "seq" | "department" | "name" | "budget" | "score" | "grade";

const GRADES = new Set(["优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差"]);
const isNumber = (c: Cell): boolean => amountOf(c).kind === "number";
const FIELDS: ReadonlyArray<FieldSpec<Field>> = [
  { field: "seq", cost: (c) => (/^\d{1,5}$/.test(c.text) ? 0 : Infinity), emptyCost: 5 },
  { field: "department", cost: (c) => (isNumber(c) || GRADES.has(c.text) ? Infinity : 0), emptyCost: 2 },
  { field: "name", cost: (c) => (isNumber(c) || GRADES.has(c.text) ? Infinity : 0), emptyCost: 3 },
  { field: "budget", cost: (c) => (isNumber(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "score", cost: (c) => (isNumber(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "grade", cost: (c) => (GRADES.has(c.text) ? 0 : 3), emptyCost: 1 },
];

function headerField(text: string): Field | null {
  const key = labelKey(text);
  if (key === LABEL.seq) return "seq";
  if (key.endsWith(LABEL.projectName)) return "name";
  if (key.startsWith(LABEL.department) || key.includes("单位")) return "department";
  if (key.startsWith(LABEL.budgetAmount) || key.startsWith("预算")) return "budget";
  if (key.includes("得分")) return "score";
  if (key.includes("等级")) return "grade";
  return null;
}

/** `323003-秦皇岛…社会保险中心` / `[323004]秦皇岛…劳动就业管理局` → code and name. */
export function splitDepartmentCode(text: string): { code: string | null; name: string } {
  const m = /^[[【]?(\d{4,})[\]】]?\s*[-－—]?\s*/.exec(text);
  if (!m || m[0].length === text.length) return { code: null, name: text };
  return { code: m[1] as string, name: text.slice(m[0].length) };
}

interface Pending {
  row: Row;
  ledger: CellLedger;
  placed: Map<Field, Cell>;
  texts: Partial<Record<"department" | "name", string>>;
  endLine: number;
}

export function readResultList(block: ListBlock): ResultDraft[] {
  const headerLedger = new CellLedger();
  const header: HeaderColumns<Field> = block.header.cells
    .filter((c) => c.text !== "")
    .map((c) => ({ field: headerField(c.text), col: c.col }));
  const nameHeader = block.header.cells.find((c) => headerField(c.text) === "name");
  headerLedger.use(...block.header.cells);
  const table = nameHeader?.text ?? LABEL.projectName;

  const pending: Pending[] = [];
  for (const row of block.rows) {
    const texts = row.cells.map((c) => c.text);
    const previous = pending[pending.length - 1];
    if (previous && isFragmentRow(texts)) {
      previous.endLine = row.line;
      for (const cell of row.cells) {
        if (cell.text === "") continue;
        const field = header.find((h) => h.col === cell.col)?.field;
        const target = field === "department" || field === "name" ? field : undefined;
        const head = target ? (previous.texts[target] ?? "") : "";
        const decision = target ? decideFragmentJoin(head, cell.text) : { join: false as const, reason: "no text column above" };
        if (decision.join && target) {
          previous.texts[target] = decision.joined;
          previous.ledger.use(cell);
          previous.ledger.report("cell-joined", { head, tail: cell.text, from: cell.line }, previous.row.line);
        } else {
          previous.ledger.unplace(cell, "result list");
          previous.ledger.report("fragment-kept-apart", { text: cell.text, reason: decision.join ? "" : decision.reason }, cell.line);
        }
      }
      continue;
    }
    const ledger = new CellLedger();
    const cells = row.cells.filter((c) => c.text !== "");
    const alignment = alignCells(cells, FIELDS, header);
    for (const cell of alignment.dropped) ledger.unplace(cell, "result list");
    if (alignment.moved.length > 0) {
      ledger.report("row-realigned", { what: "result list", detail: alignment.moved.map((m) => `${m.field} ${m.cell.text}`).join(", ") }, row.line);
    }
    const texts2: Pending["texts"] = {};
    const dep = alignment.placed.get("department");
    const name = alignment.placed.get("name");
    if (dep) texts2.department = dep.text;
    if (name) texts2.name = name.text;
    ledger.use(dep, name, alignment.placed.get("grade"), alignment.placed.get("seq"));
    pending.push({ row, ledger, placed: alignment.placed, texts: texts2, endLine: row.line });
  }

  return pending.map((p) => {
    const get = (f: Field): Cell | undefined => p.placed.get(f);
    const { code, name: department } = p.texts.department !== undefined ? splitDepartmentCode(p.texts.department) : { code: null, name: null };
    const seqCell = get("seq");
    const score = readNumber(get("score"), "weight", p.ledger, "score");
    const grade = get("grade")?.text ?? null;
    if (grade !== null && score !== null && ((score < 60 && grade.startsWith("优")) || (score >= 90 && grade === "差"))) {
      p.ledger.report("grade-score-mismatch", { grade, score }, p.row.line);
    }
    const draft: ResultDraft = {
      kind: "result-row",
      source: { startLine: p.row.line, endLine: p.endLine },
      diagnostics: p.ledger.diagnostics,
      unmapped: [],
      table,
      seq: seqCell ? Number(seqCell.text) : 0,
      departmentCode: code,
      department: department === "" ? null : department,
      name: p.texts.name ?? "",
      budget: readNumber(get("budget"), "amount", p.ledger, "budget"),
      score,
      grade,
    };
    draft.unmapped = p.ledger.close([p.row], "result list");
    return draft;
  });
}
