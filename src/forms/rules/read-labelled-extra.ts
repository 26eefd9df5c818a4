/**
 * Reading of a form's labelled lines above its table, or at its foot, that no field takes, written
 * as text, not as rows (a scrape of a form whose top rows span the whole table):
 *   `项目绩效自评表` / `项目负责人及电话：张三 0571-88888888` / `主管部门¦某区水利局…`
 *     → extra 项目负责人及电话: 张三 0571-88888888
 *   `总分¦…¦97.5` / `填报人：王丽    联系电话：0775-6123456` → extra 填报人: 王丽, 联系电话: 0775-6123456
 * Decision: a line from the form's title on (the four nearest above it without a title), or of the
 * table's tail (document/score-tail.ts), written `label：value` (several on a line, cut before each
 * label), whose labels are the vocabulary's extra labels (EXTRA_LABEL_WORDS: 项目负责人, 联系电话,
 * 填报日期 …), and not the line the form's unit was read from (`填报单位：…`).
 * Effect: a labelled value in the record's `extra`, reported `read-from-prose`. Before, the line
 * was a heading no reader took, and its value was lost without a word.
 */
import { labelledExtraPairs } from "../../../grammars/vocabulary/index.js";
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { TextLine } from "../../document/build-document.js";
import type { ExtraItem } from "../../schema/common.js";

/** Headings read without a title: as many as a form's own lines above its table. */
const UNTITLED_HEADINGS = 4;

export function readLabelledExtra(headings: readonly TextLine[], titled: boolean, ownerLine: number | undefined, ledger: CellLedger): ExtraItem[] {
  const lines = titled ? headings : headings.slice(-UNTITLED_HEADINGS);
  const extra: ExtraItem[] = [];
  for (const line of lines) {
    if (line.line === ownerLine) continue;
    const pairs = labelledExtraPairs(line.text);
    if (pairs.length === 0) continue;
    for (const [label, value] of pairs) extra.push({ label, value, line: line.line });
    ledger.report("read-from-prose", { figures: `「${line.text}」`, as: "extra", from: line.line }, line.line);
  }
  return extra;
}
