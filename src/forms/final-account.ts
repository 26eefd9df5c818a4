/**
 * 部门决算 tables (公开01表 … 公开09表) → one `final-account` record each. Header rows give the value
 * columns (levels joined with `/`: `本年支出/基本支出`); a table continued over a page break repeats
 * its header, which is skipped; 栏次 and column-number rows are skipped; side-by-side halves
 * (收入 | 支出, 公开06表's three groups) give one row per item, half by half.
 */
import { LABEL, labelKey } from "../../grammars/labels.js";
import type { Block, TextLine } from "../document/build-document.js";
import type { Cell, Row } from "../document/model.js";
import { amountOf, labelKeyOf } from "../document/cell-facts.js";
import { readNumber } from "../normalize/read-number.js";
import type { AccountRow, FinalAccountRecord } from "../schema/final-account.js";
import { CellLedger } from "./cell-ledger.js";
import { yearOf } from "./project-form.js";

type AccountBlock = Extract<Block, { kind: "account" }>;
export type AccountDraft = Omit<FinalAccountRecord, "source"> & { source: { startLine: number; endLine: number } };

type Role = "code" | "name" | "lineNo" | "value";
interface ColumnInfo {
  col: number;
  role: Role;
  path: string[];
  /** `path` joined with `/`: the value's name in `values` and `columns`. */
  name: string;
}

const rowKey = (row: Row): string => row.cells.map(labelKeyOf).join("\t");
const isColumnNoRow = (row: Row): boolean => row.cells.some((c) => labelKeyOf(c) === LABEL.columnNo);
/** `1¦2¦3¦…¦12`: the column numbers under a header. */
const isNumberingRow = (row: Row): boolean => {
  const filled = row.cells.filter((c) => c.text !== "");
  return filled.length >= 2 && filled.every((c, i) => c.text === String(i + 1));
};
const hasAmount = (row: Row): boolean => row.cells.some((c) => amountOf(c).kind === "number");

function roleOf(leaf: string): Role {
  const key = labelKey(leaf);
  if (key.includes("编码") || key.includes("代码")) return "code";
  if (key === LABEL.lineNo) return "lineNo";
  if (key === LABEL.item || key.includes(LABEL.subjectName) || key === "项目名称") return "name";
  return "value";
}

/** Multi-level header rows → per-column paths; a label spans right over the empty cells after it. */
function columnPaths(headerRows: readonly Row[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((row, level) => {
    let current = "";
    let parentKey = "";
    for (let col = 0; col < width; col++) {
      const text = row.cells[col]?.text ?? "";
      const parent = paths[col]!.slice(0, level).join("/");
      if (parent !== parentKey) {
        current = "";
        parentKey = parent;
      }
      if (text !== "") current = text;
      const lowerHasText = headerRows.slice(level + 1).some((r) => (r.cells[col]?.text ?? "") !== "");
      if (text !== "") paths[col]!.push(text);
      else if (current !== "" && lowerHasText) paths[col]!.push(current);
    }
  });
  return paths;
}

function meta(lines: readonly TextLine[], label: string): string | null {
  for (const line of lines) {
    const m = new RegExp(`^${label}[:：]\\s*(.*)$`).exec(line.text);
    if (m) return (m[1] as string).trim();
  }
  return null;
}

export function readFinalAccount(block: AccountBlock): AccountDraft {
  const ledger = new CellLedger();
  const rows = block.rows;
  const firstData = rows.findIndex((r) => !isColumnNoRow(r) && !isNumberingRow(r) && hasAmount(r));
  const headerRows = (firstData < 0 ? rows : rows.slice(0, firstData)).filter((r) => !isColumnNoRow(r) && !isNumberingRow(r));
  const headerKeys = new Set(headerRows.map(rowKey));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  let paths = columnPaths(headerRows, width);
  for (const row of headerRows) ledger.use(...row.cells);

  // A top row naming the halves (收入 | 支出) gives sides, not column names.
  const sideNames = new Map<number, string>();
  const top = headerRows[0];
  if (top && headerRows.length > 1) {
    const topTexts = top.cells.filter((c) => c.text !== "").map((c) => labelKey(c.text));
    if (topTexts.length >= 2 && topTexts.every((t) => t === LABEL.income || t === LABEL.expense)) {
      paths.forEach((p, col) => {
        if (p.length > 1) sideNames.set(col, p.shift() as string);
      });
    }
  }
  const columns: ColumnInfo[] = paths.map((path, col) => ({
    col,
    path,
    name: path.join("/"),
    role: path.length === 0 ? "value" : roleOf(path[path.length - 1] as string),
  }));
  // Groups: a new group starts where a code or name column follows value columns.
  const groups: ColumnInfo[][] = [];
  let group: ColumnInfo[] = [];
  for (const column of columns) {
    if ((column.role === "code" || column.role === "name") && group.some((c) => c.role === "value")) {
      groups.push(group);
      group = [];
    }
    group.push(column);
  }
  if (group.length > 0) groups.push(group);

  const columnNames: string[] = [];
  for (const column of columns) {
    if (column.role !== "value" || column.path.length === 0) continue;
    if (!columnNames.includes(column.name)) columnNames.push(column.name);
  }

  // Header rows, their repeats after a page break, 栏次 and column-number rows are labels; the rest is data.
  const dataRows: Row[] = [];
  for (const r of rows) {
    if (isColumnNoRow(r) || isNumberingRow(r) || headerKeys.has(rowKey(r))) ledger.use(...r.cells);
    else dataRows.push(r);
  }
  const byGroup: AccountRow[][] = groups.map(() => []);
  const sides: Array<string | null> = groups.map((g) => sideNames.get(g[0]!.col) ?? null);
  for (const row of dataRows) {
    groups.forEach((g, gi) => {
      const cell = (role: Role): Cell | undefined => {
        const c = g.find((x) => x.role === role);
        return c ? row.cells[c.col] : undefined;
      };
      const values: Record<string, number | null> = {};
      let anyValue = false;
      for (const c of g) {
        if (c.role !== "value" || c.path.length === 0) continue;
        const v = row.cells[c.col];
        if (v && v.text !== "") anyValue = true;
        values[c.name] = readNumber(v, "amount", ledger, c.name);
      }
      const name = cell("name")?.text ?? "";
      const code = cell("code")?.text ?? "";
      if (!anyValue && name === "" && code === "") {
        ledger.use(cell("lineNo"));
        return; // an empty placeholder slot of this half
      }
      ledger.use(cell("name"), cell("code"), cell("lineNo"));
      const lineNoText = cell("lineNo")?.text ?? "";
      byGroup[gi]!.push({
        side: sides[gi] ?? null,
        code: code === "" ? null : code,
        name,
        lineNo: /^\d+$/.test(lineNoText) ? Number(lineNoText) : null,
        values,
      });
      const totalName = /^(.+经费)合计$/.exec(labelKey(name));
      if (totalName && sides[gi] === null) sides[gi] = totalName[1] as string;
    });
  }
  // A group without its own side label takes the next group's (公开06表: 公用经费 spans two groups).
  if (groups.length > 1 && sideNames.size === 0) {
    for (let gi = groups.length - 2; gi >= 0; gi--) if (sides[gi] === null) sides[gi] = sides[gi + 1] ?? null;
    byGroup.forEach((g, gi) => g.forEach((r) => (r.side = sides[gi] ?? null)));
  }
  const title = [...block.headings].reverse().find((h) => h.token === "text")?.text ?? null;
  const yearLine = block.meta.find((m) => m.token === "year");
  const allRows = rows;
  const unmapped = ledger.close(allRows, "部门决算 table");
  return {
    kind: "final-account",
    source: { startLine: block.code.line, endLine: allRows[allRows.length - 1]?.line ?? block.code.line },
    diagnostics: ledger.diagnostics,
    unmapped,
    code: block.code.text.replace(/\s+/g, ""),
    title,
    entity: meta(block.meta, LABEL.entity),
    year: yearLine ? yearOf(yearLine.text) : null,
    unit: meta(block.meta, LABEL.unit) ?? "万元",
    columns: columnNames,
    rows: byGroup.flat(),
  };
}
