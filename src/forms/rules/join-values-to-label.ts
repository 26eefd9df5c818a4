/**
 * Repair `values-joined`: a funds label standing alone on its row takes the row of values just
 * above it — the scrape lost the merged cell that held them beside it (a rowspan):
 *   `¦86.40¦86.40¦82.08¦10¦95.00%¦9.50` + `年度资金总额`  →  年度资金总额 86.40 / 86.40 / 82.08, 10, 95%, 9.50
 * Decision: the label's own row holds no value, and the nearest row above it in the funds section
 * holds only values (amounts, rates, dashes) and has not been taken by another label. Effect: that
 * row's cells are the label's values; the join is reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";

/** The cells to read as `label`'s values: its own, or those of the value row above it (then taken from `valueRows`). */
export function joinValuesToLabel(label: Row, valueRows: Row[], ledger: CellLedger): readonly Cell[] | undefined {
  const filled = label.cells.filter((c) => c.text !== "");
  if (filled.length !== 1) return undefined;
  let best = -1;
  for (let i = 0; i < valueRows.length; i++) {
    const line = (valueRows[i] as Row).line;
    if (line < label.line && (best < 0 || line > (valueRows[best] as Row).line)) best = i;
  }
  if (best < 0) return undefined;
  const [values] = valueRows.splice(best, 1) as [Row];
  ledger.report("values-joined", { label: (filled[0] as Cell).text, from: values.line }, label.line);
  return [...filled, ...values.cells];
}
