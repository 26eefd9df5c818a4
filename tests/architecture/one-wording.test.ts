// A province's new wording is one line in its section's table, and the row classifier and the
// recogniser both honour it: there is no second word list to forget. The test adds a made-up
// wording for the 实际完成值 column to the indicator header's table, once, and sees the header row
// classified as an indicator header and its column read as `actual`.
import { afterEach, describe, expect, it } from "vitest";
import * as T from "../../grammars/row-tokens.js";
import { INDICATOR_HEADER_WORDS, type IndicatorField, type WordTable } from "../../grammars/vocabulary/index.js";
import { classifyRow } from "../../src/document/classify-row.js";
import { parseText } from "../../src/parse-text.js";
import type { ProjectRecord } from "../../src/schema/project.js";
import { rowOf } from "../helpers/cells.js";

const table = INDICATOR_HEADER_WORDS as Array<WordTable<IndicatorField | null>[number]>;
const NEW_WORDING = "实绩数值";

function form(actualHeader: string): string {
  return ["项目名称\t示例项目", `三级指标\t${actualHeader}\t分值\t得分`, "受益人数\t1200人\t10\t9"].join("\n");
}

afterEach(() => {
  const at = table.findIndex(([wording]) => wording === NEW_WORDING);
  if (at >= 0) table.splice(at, 1);
});

describe("one wording, one line", () => {
  it("is not known before it is added: the header reads as a funds header (分值, 得分) and no indicator is found", () => {
    expect(classifyRow(rowOf(`三级指标\t${NEW_WORDING}\t分值\t得分`))).toBe(T.FundsHeaderRow);
    const record = parseText(form(NEW_WORDING)).records[0] as ProjectRecord;
    expect(record.indicators).toEqual([]);
  });

  it("once added to the indicator header's table, is honoured by the classifier and the recogniser alike", () => {
    table.push([NEW_WORDING, "actual"]);
    // A cell's facts are read once per distinct text as written, so the rows use the wording with
    // a trailing space (the same text once trimmed), which this process has not read yet.
    const header = `三级指标\t${NEW_WORDING} \t分值\t得分`;
    expect(classifyRow(rowOf(header))).toBe(T.IndicatorHeaderRow);
    const record = parseText(form(`${NEW_WORDING} `)).records[0] as ProjectRecord;
    expect(record.indicators).toMatchObject([{ name: "受益人数", actual: "1200人", weight: 10, score: 9 }]);
  });
});
