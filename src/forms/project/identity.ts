/**
 * 项目名称 / 主管部门 / 实施单位 rows. A label's value is the next filled cell, or the text after the
 * label in the same cell (`实施单位 济源市社会劳动保障管理局`, 003 line 1698).
 */
import { IDENTITY_LABEL, type IdentityField } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Row } from "../../lines/model.js";

export interface Identity {
  name: string | null;
  department: string | null;
  implementer: string | null;
  nameLine?: number;
}

/** Each label with the pattern that takes it (wrap spaces allowed between its characters) off a cell. */
const FIELDS: ReadonlyArray<{ readonly label: string; readonly field: IdentityField; readonly prefix: RegExp }> = (
  Object.entries(IDENTITY_LABEL) as Array<[IdentityField, string]>
).map(([field, label]) => ({ label, field, prefix: new RegExp(`^${label.split("").join("\\s*")}\\s*[:：]?\\s*`) }));

function labelAt(text: string): { field: IdentityField; rest: string } | undefined {
  const compact = text.replace(/\s+/g, "");
  for (const { label, field, prefix } of FIELDS) {
    if (compact.startsWith(label)) {
      // The label, a bracketed qualifier (`主管部门（单位）`, `实施单位(盖章)`) and a colon are not the value.
      const rest = text
        .replace(/\s+/g, " ")
        .replace(prefix, "")
        .replace(/^[（(][^（()）]{0,8}[）)]\s*[:：]?\s*/, "");
      return { field, rest: rest.trim() };
    }
  }
  return undefined;
}

export function readIdentity(rows: readonly Row[], ledger: CellLedger): Identity {
  const identity: Identity = { name: null, department: null, implementer: null };
  for (const row of rows) {
    let current: IdentityField | undefined;
    for (const cell of row.cells) {
      if (cell.text === "") continue;
      const label = labelAt(cell.text);
      if (label) {
        ledger.use(cell);
        current = label.field;
        if (label.rest !== "" && identity[current] === null) {
          identity[current] = label.rest;
          if (current === "name") identity.nameLine = cell.line;
          current = undefined;
        }
        continue;
      }
      if (current && identity[current] === null) {
        identity[current] = cell.text;
        if (current === "name") identity.nameLine = cell.line;
        ledger.use(cell);
        current = undefined;
      } else {
        ledger.unplace(cell, "identity");
      }
    }
  }
  return identity;
}
