/**
 * Checks `name-missing`, `section-missing` and `section-not-read` on a project form: a form
 * without its 项目名称 value, without a 绩效指标 section, or (having one, scored) without its 总分 row
 * may be cut off (a target table or a publication with no 得分 has no 总分 to state: the caller
 * passes `hasTotal` for it). The record is kept as partial and the gap reported — but where the section's words do
 * stand in the form's rows or in the table right after it (rows the grammar did not take as the
 * section, e.g. read as loose data rows), the parser lost it, not the source: `section-not-read`.
 */
import { INDICATORS_SECTION_LABEL, TOTAL_LABEL } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";

/** A word that opens or fills a 绩效指标 section: its label, an indicator column's header, a level word. */
const isIndicatorWord = (c: Cell): boolean =>
  c.facts.key === INDICATORS_SECTION_LABEL ||
  c.facts.level1 !== undefined ||
  c.facts.indicatorHeader === "level1" ||
  c.facts.indicatorHeader === "level2" ||
  c.facts.indicatorHeader === "name";
const isTotalWord = (c: Cell): boolean => c.facts.rowLabel === "total";

function firstLineWith(rows: readonly Row[], test: (c: Cell) => boolean): number | undefined {
  for (const row of rows) if (row.cells.some((c) => c.text !== "" && test(c))) return row.line;
  return undefined;
}

export function checkFormSections(
  form: { name: string | null; hasIndicators: boolean; hasTotal: boolean },
  firstRowLine: number | undefined,
  lastLine: number,
  ledger: CellLedger,
  /** The form's rows and the rows of the table right after it, where a section not read may stand. */
  around: readonly Row[] = [],
): void {
  if (form.name === null) ledger.report("name-missing", {}, firstRowLine);
  const gap = !form.hasIndicators
    ? { section: `${INDICATORS_SECTION_LABEL} section`, at: firstLineWith(around, isIndicatorWord) }
    : !form.hasTotal
      ? { section: `${TOTAL_LABEL} row`, at: firstLineWith(around, isTotalWord) }
      : undefined;
  if (!gap) return;
  if (gap.at !== undefined) ledger.report("section-not-read", { section: gap.section, at: gap.at }, gap.at);
  else ledger.report("section-missing", { section: gap.section }, lastLine);
}
