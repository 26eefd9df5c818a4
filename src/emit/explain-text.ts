/**
 * `pe-parse explain FILE` without `--html`: per record, each field as source line → field →
 * value, the repair that made it under it, then the record's repairs and unmapped cells.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { repairsOfCell, type ExplainedRecord } from "./explain-model.js";
import type { CellRef, DumpCells } from "./provenance.js";

const where = (c: CellRef | undefined, cells: DumpCells): string => {
  if (!c) return "(no cell)";
  const text = cells.get(c.line)?.[c.col]?.text ?? "";
  return `line ${c.line}, cell ${c.col + 1} 「${text}」`;
};
const diag = (d: Diagnostic): string => `${d.severity}[${d.code}] ${d.message}`;

export function explainText(file: string, explained: readonly ExplainedRecord[], cells: DumpCells): string {
  const out: string[] = [`${file}: ${explained.length} record${explained.length === 1 ? "" : "s"}`];
  for (const e of explained) {
    const { source } = e.record;
    out.push("", `record ${e.number}: ${e.label} (lines ${source.startLine}–${source.endLine})`);
    // A repair is quoted in full at the first field it made, referred to by number after that.
    const told = new Set<Diagnostic>();
    const number = (d: Diagnostic): number => e.provenance.repairs.findIndex((r) => r.diagnostic === d) + 1;
    for (const f of e.provenance.fields) {
      out.push(`  ${where(f.cell, cells)} → ${f.path} = ${typeof f.value === "string" ? f.value : JSON.stringify(f.value)}`);
      for (const d of repairsOfCell(e, f.cell)) {
        out.push(`      repair ${number(d)}: ${told.has(d) ? `${d.severity}[${d.code}] (above)` : diag(d)}`);
        told.add(d);
      }
    }
    if (e.provenance.repairs.length > 0) {
      out.push("  repairs and checks:");
      e.provenance.repairs.forEach((r, i) => {
        const at = r.cells.length === 0 ? "the whole line" : r.cells.map((c) => `cell ${c.col + 1}${c.line === r.diagnostic.line ? "" : ` of line ${c.line}`}`).join(", ");
        out.push(`    ${i + 1}. line ${r.diagnostic.line} (${at}): ${diag(r.diagnostic)}`);
      });
    }
    if (e.provenance.unmapped.length > 0) {
      out.push("  unmapped:");
      for (const u of e.provenance.unmapped) out.push(`    ${u.cell ? where(u.cell, cells) : `line ${u.line} 「${u.text}」`}`);
    }
  }
  return out.join("\n") + "\n";
}
