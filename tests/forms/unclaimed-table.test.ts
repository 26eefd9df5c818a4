// unclaimedTable: the cells a parse left in its document-level unmapped, as one `table` record with
// a `table-unrecognised` warning, so the command's output never drops them.
import { describe, expect, it } from "vitest";
import { unclaimedTable } from "../../src/forms/unclaimed-table.js";

describe("unclaimedTable", () => {
  it("gives nothing for no cells", () => {
    expect(unclaimedTable([], "a.txt")).toBeUndefined();
  });

  it("groups the cells by line, in line order, and reports the table once", () => {
    const table = unclaimedTable(
      [
        { line: 7, text: "丙" },
        { line: 3, text: "甲" },
        { line: 3, text: "乙" },
      ],
      "a.txt",
      "gb18030",
    );
    expect(table?.rows).toEqual([
      { line: 3, cells: ["甲", "乙"] },
      { line: 7, cells: ["丙"] },
    ]);
    expect(table?.source).toEqual({ file: "a.txt", startLine: 3, endLine: 7, encoding: "gb18030" });
    expect(table?.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["table-unrecognised", "warning", 3]]);
  });
});
