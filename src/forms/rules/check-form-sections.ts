/**
 * Checks `name-missing` and `section-missing` on a project form: a form without its 项目名称 value,
 * without a 绩效指标 section, or (having one) without its 总分 row may be cut off. The record is
 * kept as partial and the gap reported.
 */
import { INDICATORS_SECTION_LABEL, TOTAL_LABEL } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";

export function checkFormSections(
  form: { name: string | null; hasIndicators: boolean; hasTotal: boolean },
  firstRowLine: number | undefined,
  lastLine: number,
  ledger: CellLedger,
): void {
  if (form.name === null) ledger.report("name-missing", {}, firstRowLine);
  if (!form.hasIndicators) ledger.report("section-missing", { section: `${INDICATORS_SECTION_LABEL} section` }, lastLine);
  else if (!form.hasTotal) ledger.report("section-missing", { section: `${TOTAL_LABEL} row` }, lastLine);
}
