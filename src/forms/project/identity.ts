/**
 * 项目名称 / 主管部门 / 实施单位 rows. A label's value is the next filled cell, or the text after the
 * label in the same cell (`实施单位 济源市社会劳动保障管理局`, 003 line 1698).
 */
import { AMOUNT_UNITS, IDENTITY_WORDS, type IdentityField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Row } from "../../lines/model.js";

export interface Identity {
  name: string | null;
  department: string | null;
  implementer: string | null;
  /** The unit the form names as its own (`部门（单位）名称`, `编制单位:`): label as written, value, line. */
  owner: { label: string; value: string; line: number } | null;
  nameLine?: number;
  /**
   * Each field's label as written and its line: a department-wide form, whose one unit field is the
   * owner, keeps the others (主管部门, 实施单位, a 项目名称) in `extra`.
   */
  labels: Partial<Record<"name" | "department" | "implementer", { label: string; line: number }>>;
}

/**
 * Each label with the pattern that takes it (wrap spaces allowed between its characters) off a
 * cell, longest first: `主管部门及代码` is taken whole, not as `主管部门` with a value `及代码`.
 */
const FIELDS: ReadonlyArray<{ readonly label: string; readonly field: IdentityField; readonly prefix: RegExp }> = IDENTITY_WORDS.map(
  ([label, field]) => ({ label, field, prefix: new RegExp(`^${[...label].map(escape).join("\\s*")}\\s*[:：]?\\s*`) }),
).sort((a, b) => b.label.length - a.label.length);

/**
 * Where a labelled value starts inside a cell (`主管部门：某县水利局  实施单位：某县供水站`): a project's
 * name, 主管部门 or 实施单位 label with a colon after it. Longer labels first, so `项目实施单位：` is
 * taken whole, not the `实施单位：` inside it.
 */
const NEXT_LABEL = new RegExp(
  `(?:${IDENTITY_WORDS.filter(([, field]) => field !== "owner")
    .map(([label]) => [...label].map(escape).join(""))
    .sort((a, b) => b.length - a.length)
    .join("|")})[ \u3000]*[:：]`,
  "g",
);

/** A cell's labelled values, one text each: the cell itself when it holds one. */
function labelledParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // The cell's own label starts it (with or without a colon): a part starts at each later label.
  for (const m of text.matchAll(NEXT_LABEL)) {
    if (m.index === 0) continue;
    parts.push(text.slice(start, m.index).trim());
    start = m.index;
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function escape(ch: string): string {
  return /[()[\]{}.*+?^$|\\]/.test(ch) ? `\\${ch}` : ch;
}

/** The first character of each label: most cells are values, settled by one lookup. */
const LABEL_FIRST: ReadonlySet<string> = new Set(FIELDS.map(({ label }) => label[0] as string));

function labelAt(text: string): { field: IdentityField; label: string; rest: string } | undefined {
  // The first character settles most cells (values) before the text is compacted.
  if (!LABEL_FIRST.has(text.trimStart()[0] as string)) return undefined;
  const compact = text.replace(/\s+/g, "");
  for (const { label, field, prefix } of FIELDS) {
    if (compact.startsWith(label)) {
      // The label, a bracketed qualifier (`主管部门（单位）`, `实施单位(盖章)`) and a colon are not the value.
      const rest = text
        .replace(/\s+/g, " ")
        .replace(prefix, "")
        .replace(/^[（(][^（()）]{0,8}[）)]\s*[:：]?\s*/, "");
      const value = rest.trim();
      return { field, label: labelAsWritten(text, value), rest: value };
    }
  }
  return undefined;
}

/** The label part of a cell as written, without the value after it or a trailing colon. */
function labelAsWritten(text: string, value: string): string {
  const at = value === "" ? text.length : text.lastIndexOf(value);
  return text.slice(0, at < 0 ? text.length : at).trim().replace(/[:：]$/, "");
}

export function readIdentity(rows: readonly Row[], ledger: CellLedger): Identity {
  const identity: Identity = { name: null, department: null, implementer: null, owner: null, labels: {} };
  // Whether the value is the field's: a field already read takes only the same value again (a row
  // repeated at a page's head); another value is the caller's to list in unmapped.
  const take = (field: IdentityField, label: string, value: string, line: number): boolean => {
    if (field === "owner") {
      if (identity.owner !== null) return identity.owner.value === value;
      identity.owner = { label, value, line };
      return true;
    }
    if (identity[field] !== null) return identity[field] === value;
    identity[field] = value;
    identity.labels[field] = { label, line };
    if (field === "name") identity.nameLine = line;
    return true;
  };
  for (const row of rows) {
    let current: { field: IdentityField; label: string } | undefined;
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      const label = labelAt(cell.text);
      if (label) {
        ledger.use(cell);
        // `主管部门：某县水利局  实施单位：某县供水站`: each labelled value in the cell is read.
        const parts = label.rest === "" ? [] : labelledParts(cell.text);
        if (parts.length > 1) {
          // A part no field takes keeps the whole cell in unmapped: its text is never lost.
          let kept = true;
          for (const part of parts) {
            const each = labelAt(part);
            if (!(each && each.rest !== "" && take(each.field, each.label, each.rest, cell.line))) kept = false;
          }
          if (!kept) ledger.unplace(cell, "identity");
          current = undefined;
          continue;
        }
        current = { field: label.field, label: label.label };
        if (label.rest === "") continue;
        if (!take(label.field, label.label, label.rest, cell.line)) ledger.unplace(cell, "identity");
        current = undefined;
        continue;
      }
      if (current && take(current.field, current.label, cell.text, cell.line)) {
        ledger.use(cell);
        current = undefined;
      } else {
        ledger.unplace(cell, "identity");
      }
    }
  }
  return identity;
}

/**
 * The unit a heading line names as the form's own (`部门:临沧市永德县明朗中学` under the title), the
 * nearest first; a unit line (`单位：万元`) names an amount unit, not a unit of government.
 */
export function ownerInHeadings(headings: ReadonlyArray<{ readonly line: number; readonly text: string }>): Identity["owner"] {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i] as { line: number; text: string };
    if (!/[:：]/.test(h.text)) continue;
    const label = labelAt(h.text);
    if (label === undefined || label.field !== "owner" || label.rest === "" || label.rest in AMOUNT_UNITS) continue;
    return { label: label.label, value: label.rest, line: h.line };
  }
  return null;
}
