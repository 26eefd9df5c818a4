/**
 * A list table (header row with 序号 and 项目名称) is either a 绩效自评结果汇总表 (预算数/执行数/结余 columns
 * → `summary-row` records) or a self-evaluation result list (预算金额/自评等级 → `result-row` records).
 */
import { SUMMARY_MARK_WORDS, lookup } from "../../grammars/vocabulary/index.js";
import type { ListBlock } from "../document/build-document.js";
import type { FormContext } from "./form-context.js";
import { readResultList, type ResultDraft } from "./result-list.js";
import { readSummaryTable, type SummaryDraft } from "./summary-table.js";

export function readListTable(block: ListBlock, context: FormContext): Array<SummaryDraft | ResultDraft> {
  const isSummary = block.header.cells.some((c) => lookup(SUMMARY_MARK_WORDS, c.facts.key) !== undefined);
  return isSummary ? readSummaryTable(block) : readResultList(block, context);
}
