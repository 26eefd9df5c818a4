/**
 * 绩效自评结果汇总表 (000): one `summary-row` per row. The two-level header gives the keys of
 * `budget` and `executed` (预算数（调整后） over 中央/省级/市级). Rows that lost a column after a page
 * break are placed by `inferMissingColumn`, and every inferred placement is reported.
 */
import { LABEL, labelKey } from "../../grammars/labels.js";
import type { Block, TextLine } from "../document/build-document.js";
import type { Cell, Row } from "../document/model.js";
import { inferMissingColumn, type ColumnSpec } from "../normalize/infer-missing-column.js";
import { parseAmount } from "../normalize/parse-amount.js";
import { readNumber } from "../normalize/read-number.js";
import type { SummaryRowRecord } from "../schema/summary-row.js";
import { CellLedger } from "./cell-ledger.js";

type ListBlock = Extract<Block, { kind: "list" }>;
export type SummaryDraft = Omit<SummaryRowRecord, "source"> & { source: { startLine: number; endLine: number } };

interface Column {
  key: string;
  group?: "budget" | "executed";
  level?: string;
  col: number;
}

function fieldOfHeader(text: string): string | undefined {
  const key = labelKey(text);
  if (key === LABEL.seq) return "seq";
  if (key.endsWith(LABEL.projectName)) return "name";
  if (key.includes("实施单位")) return "implementer";
  if (key.startsWith("预算")) return "budget";
  if (key.startsWith(LABEL.executedList)) return "executed";
  // 结余结转数, 结转结余数, 结余: what was left over; 结余交回财政数: what was handed back.
  if (key.includes("交回")) return "returned";
  if (key.includes("结余") || key.includes("结转")) return "carryover";
  if (key.includes("得分")) return "score";
  if (key.includes("意见") || key.includes("应用")) return "opinion";
  return undefined;
}

function headingValue(headings: readonly TextLine[], label: string): string | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const text = (headings[i] as TextLine).text;
    const m = new RegExp(`^${label}[:：]\\s*(.*)$`).exec(text);
    if (m) return (m[1] as string).trim();
  }
  return null;
}

const LEVEL_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/中央/, "中央"],
  [/省级|省财政|省/, "省级"],
  [/市级|市本级|市财政|市/, "市级"],
];

function hintOf(name: string, levels: readonly string[]): string | undefined {
  for (const [pattern, level] of LEVEL_HINTS) if (pattern.test(name) && levels.includes(level)) return level;
  return undefined;
}

const parse = (text: string): number | null => {
  const p = parseAmount(text);
  return p.kind === "number" ? p.value : p.kind === "empty" ? null : Number.NaN;
};

export function readSummaryTable(block: ListBlock): SummaryDraft[] {
  const header = block.header;
  const headerLedger = new CellLedger();
  headerLedger.use(...header.cells);
  const topFields = header.cells.filter((c) => c.text !== "").map((c) => ({ col: c.col, field: fieldOfHeader(c.text) ?? c.text }));
  // The sub-header row: no 序号, holds the level labels under 预算数 and 执行数.
  const rows = [...block.rows];
  let sub: Row | undefined;
  if (rows[0] && rows[0].cells[0]?.text === "" && rows[0].cells.every((c) => c.text === "" || parse(c.text) === null || Number.isNaN(parse(c.text)))) {
    sub = rows.shift();
    headerLedger.use(...(sub?.cells ?? []));
  }
  const columns: Column[] = [];
  const width = Math.max(header.cells.length, sub?.cells.length ?? 0);
  let current: { field: string; col: number } | undefined;
  for (let col = 0; col < width; col++) {
    const top = topFields.find((t) => t.col === col);
    if (top) current = top;
    const subText = sub?.cells[col]?.text ?? "";
    if (!current) continue;
    if (current.field === "budget" || current.field === "executed") {
      const level = subText || (top ? labelKey(header.cells[col]?.text ?? "") : "");
      columns.push({ key: `${current.field}:${level}`, group: current.field, level, col });
    } else if (top) {
      columns.push({ key: current.field, col });
    }
  }
  const titles = block.headings.filter((h) => !/^(主管部门|单位)[:：]/.test(h.text));
  const tableTitle = [...titles].reverse().find((h) => /表$/.test(h.text))?.text ?? titles[titles.length - 1]?.text ?? "";
  const department = headingValue(block.headings, LABEL.department);
  const unit = headingValue(block.headings, LABEL.unit) ?? "万元";

  const valueColumns = columns.filter((c) => !["seq", "name", "implementer"].includes(c.key));
  const fixed = columns.length - valueColumns.length;
  const budgetLevels = columns.filter((c) => c.group === "budget").map((c) => c.level as string);
  // The level most intact rows use, for rows whose name gives no hint.
  const levelCounts = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== width) continue;
    for (const c of columns) if (c.group === "budget" && (row.cells[c.col]?.text ?? "") !== "") levelCounts.set(c.level as string, (levelCounts.get(c.level as string) ?? 0) + 1);
  }
  const commonLevel = [...levelCounts].sort((a, b) => b[1] - a[1])[0]?.[0];

  // Runs of rows with one cell fewer than the header share one lost column.
  const short = rows.filter((r) => r.cells.length === width - 1);
  const runSpecs: ColumnSpec[] = valueColumns.map((c) => ({ key: c.key, numeric: c.key !== "opinion" }));
  const lost = short.length > 0
    ? inferMissingColumn(
        runSpecs,
        short.map((r) => ({ values: r.cells.slice(fixed).map((c) => c.text), hint: hintOf(r.cells[1]?.text ?? "", budgetLevels), parse })),
        (mapping, row) => {
          // Called for every candidate column on every short row: plain sums, no per-call objects.
          let score = 0;
          let budget = 0;
          let executed = 0;
          let carry: number | null | undefined;
          for (let i = 0; i < row.values.length; i++) {
            const spec = mapping[i];
            if (!spec) continue;
            const v = row.parse(row.values[i] as string);
            if (spec.key === "carryover") carry = v;
            if (v === null || Number.isNaN(v)) continue;
            if (spec.key.startsWith("budget:")) {
              budget += v;
              const level = spec.key.slice("budget:".length);
              if (row.hint) score += row.hint === level ? 2 : -2;
              else if (level === commonLevel) score += 1;
            } else if (spec.key.startsWith("executed:")) {
              executed += v;
            }
          }
          if (carry !== null && carry !== undefined && !Number.isNaN(carry)) {
            score += Math.abs(budget - executed - carry) < 0.01 ? 3 : 0;
          }
          return score;
        },
      ).lost
    : -1;

  return rows.map((row) => {
    const ledger = new CellLedger();
    const placed = new Map<string, Cell>();
    const inferred = row.cells.length === width - 1 && lost >= 0;
    if (row.cells.length === width || !inferred) {
      for (const c of columns) {
        const cell = row.cells[c.col];
        if (cell && cell.text !== "") placed.set(c.key, cell);
      }
    } else {
      const mapping = [...columns.slice(0, fixed), ...valueColumns.filter((_, i) => i !== lost)];
      mapping.forEach((c, i) => {
        const cell = row.cells[i];
        if (cell && cell.text !== "") placed.set(c.key, cell);
      });
      const lostKey = valueColumns[lost]?.key ?? "";
      const placements = [...placed]
        .filter(([key]) => columns.find((c) => c.key === key)?.group !== undefined)
        .map(([key, cell]) => `「${cell.text}」 under ${key.replace(":", "/")}`);
      if (placements.length > 0) {
        ledger.report(
          "column-inferred",
          { cells: row.cells.length, expected: width, placements: placements.join(", "), lost: lostKey.replace(":", "/") },
          row.line,
        );
      }
    }
    const get = (key: string): Cell | undefined => placed.get(key);
    const group = (name: "budget" | "executed"): Record<string, number | null> => {
      const out: Record<string, number | null> = {};
      for (const c of columns.filter((x) => x.group === name)) out[c.level as string] = readNumber(get(c.key), "amount", ledger, c.key, unit);
      return out;
    };
    ledger.use(get("seq"), get("name"), get("implementer"), get("opinion"));
    const budget = group("budget");
    const executed = group("executed");
    const carryover = readNumber(get("carryover"), "amount", ledger, "carryover", unit);
    const total = (r: Record<string, number | null>): number | null =>
      Object.values(r).some((v) => v !== null) ? Object.values(r).reduce<number>((a, v) => a + (v ?? 0), 0) : null;
    const b = total(budget);
    const e = total(executed);
    if (b !== null && e !== null && carryover !== null && Math.abs(b - e - carryover) > 0.011) {
      ledger.report("balance-mismatch", { stated: carryover, budget: b, executed: e, computed: Math.round((b - e) * 1e6) / 1e6 }, row.line);
    }
    const seqText = get("seq")?.text ?? "";
    const draft: SummaryDraft = {
      kind: "summary-row",
      source: { startLine: row.line, endLine: row.line },
      diagnostics: ledger.diagnostics,
      unmapped: [],
      table: tableTitle,
      department,
      unit,
      seq: /^\d+$/.test(seqText) ? Number(seqText) : 0,
      name: get("name")?.text ?? "",
      implementer: get("implementer")?.text ?? null,
      budget,
      executed,
      carryover,
      returned: readNumber(get("returned"), "amount", ledger, "returned", unit),
      score: readNumber(get("score"), "weight", ledger, "score"),
      opinion: get("opinion")?.text ?? null,
    };
    draft.unmapped = ledger.close([row], "summary");
    return draft;
  });
}
