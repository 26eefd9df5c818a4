// readIdentity: 项目名称 / 主管部门 / 实施单位 rows; a label's value is the next filled cell, or the
// text after the label in the same cell.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import type { Diagnostic } from "../../../src/diagnostics/codes.js";
import { ownerInHeadings, readIdentity, type Identity } from "../../../src/forms/project/identity.js";
import { blockOf } from "../../helpers/blocks.js";

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  readonly identity: Omit<Identity, "labels">;
  readonly unmapped: UnmappedEntry[];
  readonly diagnostics: Diagnostic[];
}

const cases: Case[] = [
  {
    name: "reads each label's value from the next filled cell (004 lines 9–10)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [10, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"],
    ],
    identity: { name: "社保工作专项经费", department: "承德县人力资源和社会保障局", implementer: "承德县社会保险事业管理局", nameLine: 9, owner: null },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "reads two labelled values written in one cell (主管部门：… 实施单位：…)",
    excerpt: [
      [2, "项目名称：农村安全饮水工程\t"],
      [3, "主管部门：某县水利局  实施单位：某县供水站\t"],
    ],
    identity: { name: "农村安全饮水工程", department: "某县水利局", implementer: "某县供水站", nameLine: 2, owner: null },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "reads two labelled values glued in one cell, the second a longer label (项目主管部门:…项目实施单位:…)",
    excerpt: [
      [2, "项目名称:城区绿化\t"],
      [3, "项目主管部门:某市园林局项目实施单位:某市绿化中心\t"],
    ],
    identity: { name: "城区绿化", department: "某市园林局", implementer: "某市绿化中心", nameLine: 2, owner: null },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "reads a value written in the label's own cell (003 lines 1697–1698, `实施单位 济源市社会劳动保障管理局`)",
    excerpt: [
      [1697, "项目名称\t企业离休人员和建国前工人健康体检费及全国文明城市奖\t\t\t\t\t\t\t\t"],
      [1698, "主管部门\t济源产城融合示范区人力资源和社会保障局\t\t\t实施单位 济源市社会劳动保障管理局\t\t\t\t\t"],
    ],
    identity: {
      name: "企业离休人员和建国前工人健康体检费及全国文明城市奖",
      department: "济源产城融合示范区人力资源和社会保障局",
      implementer: "济源市社会劳动保障管理局",
      nameLine: 1697,
      owner: null,
    },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "takes a bracketed qualifier and a colon off the label (004 line 10 written `主管部门（单位）：` and `实施单位(盖章)`)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [10, "主管部门（单位）：承德县人力资源和社会保障局\t\t\t\t\t实施单位(盖章)\t承德县社会保险事业管理局\t\t\t"],
    ],
    identity: { name: "社保工作专项经费", department: "承德县人力资源和社会保障局", implementer: "承德县社会保险事业管理局", nameLine: 9, owner: null },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "lists a second value after a label's value unmapped (004 line 9 with a stray cell)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t备用\t\t\t\t\t"],
      [10, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"],
    ],
    identity: { name: "社保工作专项经费", department: "承德县人力资源和社会保障局", implementer: "承德县社会保险事业管理局", nameLine: 9, owner: null },
    unmapped: [{ line: 9, text: "备用" }],
    diagnostics: [{ code: "cell-unplaced", severity: "warning", message: "the cell 「备用」 fits no field of this identity row; kept in unmapped", line: 9 }],
  },
  {
    name: "takes an identity label given again with the same value as read (004 line 10 written twice)",
    excerpt: [
      [9, "项目名称\t\t社保工作专项经费\t\t\t\t\t\t\t"],
      [10, "主管部门：承德县人力资源和社会保障局\t"],
      [11, "主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局\t\t\t"],
    ],
    identity: { name: "社保工作专项经费", department: "承德县人力资源和社会保障局", implementer: "承德县社会保险事业管理局", nameLine: 9, owner: null },
    unmapped: [],
    diagnostics: [],
  },
  {
    name: "lists a labelled cell whose field already holds another value unmapped (`实施单位：…` twice, units differing)",
    excerpt: [
      [2, "项目名称：农村安全饮水工程\t"],
      [3, "实施单位：某县供水站\t"],
      [4, "实施单位：某县水务投资公司\t"],
    ],
    identity: { name: "农村安全饮水工程", department: null, implementer: "某县供水站", nameLine: 2, owner: null },
    unmapped: [{ line: 4, text: "实施单位：某县水务投资公司" }],
    diagnostics: [
      { code: "cell-unplaced", severity: "warning", message: "the cell 「实施单位：某县水务投资公司」 fits no field of this identity row; kept in unmapped", line: 4 },
    ],
  },
  {
    name: "lists a two-value cell unmapped when one of its values finds its field taken (主管部门 given twice)",
    excerpt: [
      [2, "主管部门\t某县水利局\t"],
      [3, "主管部门：某县农业农村局  实施单位：某县供水站\t"],
    ],
    identity: { name: null, department: "某县水利局", implementer: "某县供水站", owner: null },
    unmapped: [{ line: 3, text: "主管部门：某县农业农村局实施单位：某县供水站" }],
    diagnostics: [
      { code: "cell-unplaced", severity: "warning", message: "the cell 「主管部门：某县农业农村局实施单位：某县供水站」 fits no field of this identity row; kept in unmapped", line: 3 },
    ],
  },
];

describe("readIdentity", () => {
  it.each(cases)("$name", ({ excerpt, identity, unmapped, diagnostics }) => {
    const block = blockOf("form", excerpt);
    const ledger = new CellLedger();
    const { labels: _labels, ...got } = readIdentity(block.sections.identity, ledger);
    expect(got).toEqual(identity);
    expect(ledger.unmapped).toEqual(unmapped);
    expect(ledger.diagnostics).toEqual(diagnostics);
  });
});

describe("ownerInHeadings", () => {
  const h = (line: number, text: string): { line: number; text: string } => ({ line, text });
  it.each([
    { name: "the unit a line under the title names (real 02 line 1)", headings: [h(1, "2022年度项目支出绩效自评表"), h(1, "部门:临沧市永德县明朗中学")], owner: { label: "部门", value: "临沧市永德县明朗中学", line: 1 } },
    { name: "a 编制单位 line", headings: [h(2, "编制单位：某县财政局")], owner: { label: "编制单位", value: "某县财政局", line: 2 } },
    { name: "no unit of government in a unit line (单位：万元)", headings: [h(3, "单位：万元")], owner: null },
    { name: "no owner in a title", headings: [h(1, "2023年度部门整体支出绩效自评表")], owner: null },
  ])("reads $name", ({ headings, owner }) => {
    expect(ownerInHeadings(headings)).toEqual(owner);
  });
});
