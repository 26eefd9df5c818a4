/**
 * Repair of a report that names its project in sentences' place, not in a form's rows (04b lines
 * 3–4: `项目名称：老旧小区改造补助`, `主管部门：东川县住房和城乡建设局`, text lines above the table).
 * Decision: the form has no such row, and a text line above it is the label, a colon and a value.
 * Effect: the value fills the field, reported `read-from-prose`.
 */
import { IDENTITY_LABEL } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { TextLine } from "../../document/build-document.js";

type Field = keyof typeof IDENTITY_LABEL;

export function readLabelledIdentity(identity: Record<Field, string | null>, headings: readonly TextLine[], ledger: CellLedger): void {
  for (const field of Object.keys(IDENTITY_LABEL) as Field[]) {
    if (identity[field] !== null) continue;
    const label = IDENTITY_LABEL[field];
    // The nearest line written `label：value` (`label:value`).
    for (let i = headings.length - 1; i >= 0; i--) {
      const line = headings[i] as TextLine;
      const colon = line.text[label.length];
      if (!line.text.startsWith(label) || (colon !== ":" && colon !== "：")) continue;
      const value = line.text.slice(label.length + 1).trim();
      if (value === "") continue;
      identity[field] = value;
      ledger.report("read-from-prose", { figures: `「${line.text}」`, as: field, from: line.line }, line.line);
      break;
    }
  }
}
