/**
 * Self-evaluation result lists (002): 序号 / 主管部门（单位） / 项目名称 / 预算金额 / 自评得分 / 自评等级 →
 * one `result-row` per row. Cells are placed by meaning (some rows carry an extra empty cell);
 * fragment rows after page breaks are joined to the row above where clearly right.
 */
import { GRADES, IDENTITY_LABEL, OPTIONAL_RESULT_FIELDS, PERCENT, RESULT_HEADER_LABEL, RESULT_HEADER_WORDS, labelKey, lookup, type ResultField } from "../../grammars/vocabulary/index.js";
import { CellLedger } from "../diagnostics/cell-ledger.js";
import type { ListBlock } from "../document/build-document.js";
import { rowNumber } from "../lines/parse-amount.js";
import type { Cell, Row } from "../lines/model.js";
import type { RecordDraft } from "../schema/record.js";
import type { ResultRowRecord } from "../schema/result-row.js";
import type { FormContext } from "./form-context.js";
import { fieldsInHeaderOrder, layoutOf, type FieldSpec, type HeaderColumns } from "./placement/align-cells.js";
import { giveHeaderBooksToFirst } from "./header-books.js";
import { checkExecutionRate } from "./rules/check-execution-rate.js";
import { checkGradeScore } from "./rules/check-grade-score.js";
import { isFragmentRow, joinFragmentRow } from "./rules/join-fragment-row.js";
import { bookGroupHeading, groupEffect, groupHeadingOf, headingName } from "./rules/list-group-row.js";
import { checkListTotal, listSumOf, rowsSummed, type ListSum } from "./rules/list-total-row.js";
import { readNumber } from "./rules/read-number.js";
import { reportRealignment } from "./rules/realign-row.js";

export type ResultDraft = RecordDraft<ResultRowRecord>;

const isNumber = (c: Cell): boolean => c.facts.amount.kind === "number";
/** A budget or a score, not a rate: `93.18%` under no known column is never either. */
const isAmount = (c: Cell): boolean => c.facts.amount.kind === "number" && c.facts.amount.unit !== PERCENT;
/** An execution rate: `96%`, or a bare number no more than a few times 100. */
const isRate = (c: Cell): boolean => c.facts.amount.kind === "number" && (c.facts.amount.unit === PERCENT || (c.facts.amount.unit === undefined && c.facts.amount.value <= 1000));
const isGrade = (c: Cell): boolean => GRADES.has(c.text);
const FIELDS: ReadonlyArray<FieldSpec<ResultField>> = [
  { field: "seq", cost: (c) => (rowNumber(c.text) !== undefined ? 0 : Infinity), emptyCost: 5 },
  { field: "department", cost: (c) => (isNumber(c) || isGrade(c) ? Infinity : 0), emptyCost: 2 },
  { field: "name", cost: (c) => (isNumber(c) || isGrade(c) ? Infinity : 0), emptyCost: 3 },
  { field: "initialBudget", cost: (c) => (isAmount(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "budget", cost: (c) => (isAmount(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "executed", cost: (c) => (isAmount(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "executionRate", cost: (c) => (isRate(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "score", cost: (c) => (isAmount(c) ? 0 : Infinity), emptyCost: 1 },
  { field: "grade", cost: (c) => (isGrade(c) ? 0 : 3), emptyCost: 1 },
];

function headerField(cell: Cell): ResultField | null {
  return lookup(RESULT_HEADER_WORDS, cell.facts.key) ?? null;
}

/** `323003-秦皇岛…社会保险中心` / `[323004]秦皇岛…劳动就业管理局` → code and name. */
export function splitDepartmentCode(text: string): { code: string | null; name: string } {
  const m = /^[[【]?(\d{4,})[\]】]?\s*[-－—]?\s*/.exec(text);
  if (!m || m[0].length === text.length) return { code: null, name: text };
  return { code: m[1] as string, name: text.slice(m[0].length) };
}

type TextField = "department" | "name";

/** The amount columns a list's sum row sums. */
const AMOUNT_FIELDS = ["initialBudget", "budget", "executed"] as const;

interface Pending {
  row: Row;
  ledger: CellLedger;
  placed: Map<ResultField, Cell>;
  texts: Partial<Record<TextField, string>>;
  endLine: number;
}

/**
 * One row's record, from its placed cells; `present`: the fields the list's header has.
 * (Not a callback made per call: docs/performance.md, "Optimised code lost at each full collection".)
 */
function readResultRow(p: Pending, table: string, present: ReadonlySet<ResultField | null>): ResultDraft {
  const get = (f: ResultField): Cell | undefined => p.placed.get(f);
  const { code, name: department } = p.texts.department !== undefined ? splitDepartmentCode(p.texts.department) : { code: null, name: null };
  const seqCell = get("seq");
  const score = readNumber(get("score"), "weight", p.ledger, "score");
  const grade = get("grade")?.text ?? null;
  checkGradeScore(grade, score, p.row.line, p.ledger);
  const draft: ResultDraft = {
    kind: "result-row",
    source: { startLine: p.row.line, endLine: p.endLine },
    diagnostics: p.ledger.diagnostics,
    unmapped: [],
    table,
    seq: (seqCell ? rowNumber(seqCell.text) : undefined) ?? 0,
    departmentCode: code,
    department: department === "" ? null : department,
    name: p.texts.name ?? "",
    ...(present.has("initialBudget") ? { initialBudget: readNumber(get("initialBudget"), "amount", p.ledger, "initialBudget") } : {}),
    budget: readNumber(get("budget"), "amount", p.ledger, "budget"),
    ...(present.has("executed") ? { executed: readNumber(get("executed"), "amount", p.ledger, "executed") } : {}),
    ...(present.has("executionRate") ? { executionRate: readNumber(get("executionRate"), "percent", p.ledger, "executionRate") } : {}),
    score,
    grade,
  };
  checkExecutionRate({ annualBudget: draft.budget, executed: draft.executed ?? null, executionRate: draft.executionRate ?? null }, p.row.line, p.ledger);
  return draft;
}

export function readResultList(block: ListBlock, context: FormContext): ResultDraft[] {
  const headerLedger = new CellLedger();
  const header: HeaderColumns<ResultField> = block.header.cells
    .filter((c) => c.text !== "")
    .map((c) => ({ field: headerField(c), col: c.col }));
  // Another template's order (项目名称 before 主管部门) places as the 002 template's does.
  // 年初预算数, 执行金额 and 执行率 (OPTIONAL_RESULT_FIELDS) are placed, and given, only where the list has them.
  const has = (field: ResultField): boolean => header.some((h) => h.field === field);
  const fields = fieldsInHeaderOrder(
    FIELDS.filter((f) => !OPTIONAL_RESULT_FIELDS.has(f.field) || has(f.field)),
    header,
  );
  const layout = layoutOf(header, fields);
  const nameHeader = block.header.cells.find((c) => headerField(c) === "name");
  // Header cells are labels, checked; the 项目名称 column's is kept as `table`. With no row there
  // is no record: parse-text lists the table's cells in the document's unmapped.
  if (block.rows.length > 0) for (const cell of block.header.cells) headerLedger.label(cell, "result list header", cell === nameHeader);
  const table = nameHeader?.text ?? IDENTITY_LABEL.name;
  const textFieldAt = (col: number): TextField | undefined => {
    const field = header.find((h) => h.col === col)?.field;
    return field === "department" || field === "name" ? field : undefined;
  };

  const pending: Pending[] = [];
  // Rows that are no project: group headings (before the row at `at`) and sum rows (after `at` rows).
  const groups: Array<{ heading: Cell; at: number }> = [];
  const sums: Array<{ row: Row; sum: ListSum; at: number }> = [];
  for (const row of block.rows) {
    const sum = listSumOf(row);
    if (sum !== undefined) {
      sums.push({ row, sum, at: pending.length });
      continue;
    }
    const heading = groupHeadingOf(row);
    if (heading !== undefined) {
      groups.push({ heading, at: pending.length });
      continue;
    }
    const previous = pending[pending.length - 1];
    if (previous && isFragmentRow(row.cells.map((c) => c.text))) {
      previous.endLine = row.line;
      joinFragmentRow(row, previous.texts, textFieldAt, { line: previous.row.line, ledger: previous.ledger, what: "result list" });
      continue;
    }
    const ledger = new CellLedger();
    const cells = row.cells.filter((c) => c.text !== "");
    const alignment = context.aligner.align(cells, fields, layout);
    reportRealignment(alignment, "result list", row.line, ledger);
    const texts: Pending["texts"] = {};
    const dep = alignment.placed.get("department");
    const name = alignment.placed.get("name");
    if (dep) texts.department = dep.text;
    if (name) texts.name = name.text;
    ledger.use(dep, name, alignment.placed.get("grade"), alignment.placed.get("seq"));
    pending.push({ row, ledger, placed: alignment.placed, texts, endLine: row.line });
  }

  groups.forEach((g, k) => {
    const under = pending.slice(g.at, groups[k + 1]?.at ?? pending.length);
    const effect = groupEffect(g.heading, under.map((p) => p.texts.department ?? null));
    if (effect === "fills") for (const p of under) p.texts.department ??= headingName(g.heading);
    const books = under[0] ?? pending[g.at - 1];
    bookGroupHeading(g.heading, effect, RESULT_HEADER_LABEL.department, books?.ledger ?? headerLedger);
  });

  const present = new Set(header.map((h) => h.field));
  const drafts: ResultDraft[] = [];
  for (const p of pending) drafts.push(readResultRow(p, table, present));
  for (const s of sums) {
    const { from, to } = rowsSummed(s.sum, s.at, groups, sums);
    const summed = drafts.slice(from, to);
    const columns = AMOUNT_FIELDS.filter((f) => f === "budget" || has(f)).map((field) => ({
      field,
      stated: s.row.cells.find((c) => c.text !== "" && header.some((h) => h.field === field && h.col === c.col)),
      values: summed.map((d) => d[field] ?? null),
    }));
    checkListTotal(s.row, columns, (pending[s.at - 1] ?? pending[s.at])?.ledger ?? headerLedger);
  }
  for (let i = 0; i < drafts.length; i++) {
    const p = pending[i] as Pending;
    (drafts[i] as ResultDraft).unmapped = p.ledger.close([p.row], "result list");
  }
  giveHeaderBooksToFirst(drafts, headerLedger);
  return drafts;
}
