/**
 * A list table (header row with 序号 and 项目名称) is either a 绩效自评结果汇总表 (预算数/执行数/结余 columns
 * → `summary-row` records) or a self-evaluation result list (预算金额/自评等级 → `result-row` records).
 */
import { LABEL, labelKey } from "../../grammars/labels.js";
import type { Block } from "../document/build-document.js";
import { readResultList } from "./result-list.js";
import { readSummaryTable } from "./summary-table.js";
import type { SummaryDraft } from "./summary-table.js";
import type { ResultDraft } from "./result-list.js";

type ListBlock = Extract<Block, { kind: "list" }>;

export function readListTable(block: ListBlock): Array<SummaryDraft | ResultDraft> {
  const keys = block.header.cells.map((c) => labelKey(c.text));
  const isSummary = keys.some((k) => k.startsWith(LABEL.executedList) || k.startsWith("结余"));
  return isSummary ? readSummaryTable(block) : readResultList(block);
}
