// readLabelledIdentity: a report that writes `项目名称：…` / `主管部门：…` as text lines above its table
// (no identity rows) gives those values, each reported read-from-prose; a field a row gave is kept.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { TextLine } from "../../../src/document/build-document.js";
import { readLabelledIdentity } from "../../../src/forms/rules/read-labelled-identity.js";

const lines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ line: i + 1, text, token: "text" }));
const empty = (): { name: string | null; department: string | null; implementer: string | null } => ({ name: null, department: null, implementer: null });

describe("readLabelledIdentity", () => {
  it.each([
    {
      name: "reads 项目名称 and 主管部门 written with a full-width colon (04b lines 3–4)",
      headings: lines("一、项目基本情况", "项目名称：老旧小区改造补助", "主管部门：东川县住房和城乡建设局"),
      identity: { name: "老旧小区改造补助", department: "东川县住房和城乡建设局", implementer: null },
      reported: [2, 3],
    },
    {
      name: "reads 实施单位 written with an ASCII colon",
      headings: lines("项目名称:校舍维修", "实施单位:兴和县第一中学"),
      identity: { name: "校舍维修", department: null, implementer: "兴和县第一中学" },
      reported: [1, 2],
    },
    {
      name: "reads nothing from a sentence that only mentions a label",
      headings: lines("本项目名称为社保经费。"),
      identity: { name: null, department: null, implementer: null },
      reported: [],
    },
  ])("$name", ({ headings, identity, reported }) => {
    const got = empty();
    const ledger = new CellLedger();
    readLabelledIdentity(got, headings, ledger);
    expect({ name: got.name, department: got.department, implementer: got.implementer }).toEqual(identity);
    expect(ledger.diagnostics.map((d) => [d.code, d.line])).toEqual(reported.map((l) => ["read-from-prose", l]));
  });

  it("keeps a field a row already gave", () => {
    const got = { ...empty(), name: "社保经费" };
    readLabelledIdentity(got, lines("项目名称：另一个名称"), new CellLedger());
    expect(got.name).toBe("社保经费");
  });
});
