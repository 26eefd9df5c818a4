// joinValuesToLabel (repair `values-joined`): a funds label alone on its row takes the row of values
// just above it, when the scrape lost the merged cell that held them beside it.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { joinValuesToLabel } from "../../../src/forms/rules/join-values-to-label.js";
import type { Row } from "../../../src/lines/model.js";
import { rowOf } from "../../helpers/cells.js";

interface Case {
  readonly name: string;
  readonly label: Row;
  readonly valueRows: Row[];
  /** The texts read as the label's values (label first), or undefined: no join. */
  readonly joined: string[] | undefined;
  /** The line of the value row taken, when one is. */
  readonly from?: number;
}

const cases: Case[] = [
  {
    // 02 (Yongde) lines 13–14: the values of 年度资金总额 on the line above it
    name: "gives a lone label the value row right above it and reports values-joined",
    label: rowOf("年度资金总额\t", 14),
    valueRows: [rowOf("\t387664.62\t387664.62\t10\t100%\t10", 13)],
    joined: ["年度资金总额", "387664.62", "387664.62", "10", "100%", "10"],
    from: 13,
  },
  {
    name: "takes the nearest value row above, not an earlier one",
    label: rowOf("其中：当年财政拨款\t", 20),
    valueRows: [rowOf("\t86.40\t86.40\t82.08", 12), rowOf("\t50\t50\t40", 19), rowOf("\t1\t2\t3", 25)],
    joined: ["其中：当年财政拨款", "50", "50", "40"],
    from: 19,
  },
  {
    name: "leaves a label with values of its own alone",
    label: rowOf("年度资金总额\t86.40\t86.40", 14),
    valueRows: [rowOf("\t50\t50\t40", 13)],
    joined: undefined,
  },
  {
    name: "joins nothing when every value row stands below the label",
    label: rowOf("年度资金总额\t", 14),
    valueRows: [rowOf("\t50\t50\t40", 15)],
    joined: undefined,
  },
];

describe("joinValuesToLabel", () => {
  it.each(cases)("$name", ({ label, valueRows, joined, from }) => {
    const ledger = new CellLedger();
    const rows = [...valueRows];
    const cells = joinValuesToLabel(label, rows, ledger);
    expect(cells?.filter((c) => c.text !== "").map((c) => c.text)).toEqual(joined);
    if (joined === undefined) {
      expect(ledger.diagnostics).toEqual([]);
      expect(rows).toHaveLength(valueRows.length);
      return;
    }
    // The row taken is no longer offered to another label; the join is reported on the label's line.
    expect(rows.map((r) => r.line)).not.toContain(from);
    expect(ledger.diagnostics.map((d) => [d.code, d.line])).toEqual([["values-joined", label.line]]);
  });
});
