// CellLedger: the books of one record. Cells used or listed are accounted for; close() lists every
// other filled cell of the record's rows in unmapped (cell-unplaced), so none is silently dropped.
import { describe, expect, it } from "vitest";
import { CellLedger, isAccounted, markListed } from "../../src/diagnostics/cell-ledger.js";
import { rowOf } from "../helpers/cells.js";

// 004 line 10 `主管部门¦¦承德县人力资源和社会保障局¦¦¦实施单位¦承德县社会保险事业管理局¦¦¦`
const LINE_10 = "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t";
// 004 line 45 `总分¦¦¦¦¦100¦93.9¦¦¦`
const LINE_45 = "总分\t\t\t\t\t100\t93.9\t\t\t";

const unplaced = (text: string, what: string, line: number) => ({
  code: "cell-unplaced",
  severity: "warning",
  message: `the cell 「${text}」 fits no field of this ${what} row; kept in unmapped`,
  line,
});

describe("CellLedger", () => {
  it("lists at close every filled cell neither used nor listed, in line order (004 lines 10, 45)", () => {
    const ledger = new CellLedger();
    const total = rowOf(LINE_45, 45);
    const identity = rowOf(LINE_10, 10);
    ledger.use(total.cells[0], total.cells[5], total.cells[6]);
    ledger.use(identity.cells[0], identity.cells[2], identity.cells[5]);
    const unmapped = ledger.close([total, identity], "project form");
    expect(unmapped).toEqual([{ line: 10, text: "承德县社会保险事业管理局" }]);
    expect(ledger.diagnostics).toEqual([unplaced("承德县社会保险事业管理局", "project form", 10)]);
  });

  it("lists a cell once, whether unplaced twice or unplaced then closed over (004 line 45)", () => {
    const ledger = new CellLedger();
    const row = rowOf(LINE_45, 45);
    ledger.use(row.cells[0], row.cells[5]);
    ledger.unplace(row.cells[6]!, "总分");
    ledger.unplace(row.cells[6]!, "总分");
    expect(ledger.close([row], "project form")).toEqual([{ line: 45, text: "93.9" }]);
    expect(ledger.diagnostics).toEqual([unplaced("93.9", "总分", 45)]);
  });

  it("never lists an empty cell (004 line 45's empty cells)", () => {
    const ledger = new CellLedger();
    const row = rowOf(LINE_45, 45);
    ledger.unplace(row.cells[1]!, "总分");
    ledger.use(...row.cells.filter((c) => c.text !== ""));
    expect(ledger.close([row], "project form")).toEqual([]);
    expect(ledger.diagnostics).toEqual([]);
  });

  it("sorts its diagnostics by line at close, whatever order the sections reported in", () => {
    const ledger = new CellLedger();
    ledger.report("name-missing", {}, 45);
    ledger.report("section-missing", { section: "总分 row" }, 10);
    ledger.close([], "project form");
    expect(ledger.diagnostics.map((d) => d.line)).toEqual([10, 45]);
  });

  it("marks used and listed cells as accounted for, and a cell no record touched as not (004 line 45)", () => {
    const row = rowOf(LINE_45, 45);
    const [label, , , , , weight, score] = row.cells;
    new CellLedger().use(label);
    markListed(weight!);
    expect([label, weight, score].map((c) => isAccounted(c!))).toEqual([true, true, false]);
  });
});
