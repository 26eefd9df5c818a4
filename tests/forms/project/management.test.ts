// readManagement: the unit form's 资金管理情况 rows → item, 情况说明, 分值, 得分, 存在问题.
import { describe, expect, it } from "vitest";
import { CellLedger, type UnmappedEntry } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readManagement } from "../../../src/forms/project/management.js";
import type { ManagementLine } from "../../../src/schema/project.js";
import { blockOf } from "../../helpers/blocks.js";

const NAME: readonly [number, string] = [809, "项目名称\t\t病退、工伤鉴定及勘验费\t\t\t\t\t\t\t\t\t"];
const HEADER: readonly [number, string] = [816, "资金管理情况\t\t情况说明\t\t分值\t得分\t存在问题和改进措施\t\t\t\t\t"];

interface Case {
  readonly name: string;
  readonly excerpt: ReadonlyArray<readonly [number, string]>;
  readonly lines: ManagementLine[];
  readonly unmapped: UnmappedEntry[];
}

const cases: Case[] = [
  {
    name: "reads each row's item, description, weight, score and problems (003 lines 816–818)",
    excerpt: [
      NAME,
      HEADER,
      [817, "安排科学性\t\t按照部门预算编制和资金管理方法的要求,对该项目进行了项目论证、评审、立项等程序。\t\t5\t4\t开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。\t\t\t\t\t"],
      [818, "拨付合规性\t\t严格按照国库集中支付制度有关规定支付资金。\t\t5\t5\t无\t\t\t\t\t"],
    ],
    lines: [
      {
        item: "安排科学性",
        description: "按照部门预算编制和资金管理方法的要求,对该项目进行了项目论证、评审、立项等程序。",
        weight: 5,
        score: 4,
        problems: "开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。",
      },
      { item: "拨付合规性", description: "严格按照国库集中支付制度有关规定支付资金。", weight: 5, score: 5, problems: "无" },
    ],
    unmapped: [],
  },
  {
    // 003 line 820 with its cells one column left: placed by what they say
    name: "places a row shifted off its header's columns (003 line 820, one column left)",
    excerpt: [NAME, HEADER, [820, "预算绩效管理情况\t将资金纳入绩效管理,设置绩效目标,开展绩效监控。\t\t5\t5\t无\t\t\t\t\t\t"]],
    lines: [{ item: "预算绩效管理情况", description: "将资金纳入绩效管理,设置绩效目标,开展绩效监控。", weight: 5, score: 5, problems: "无" }],
    unmapped: [],
  },
  {
    name: "leaves empty the fields a row does not state (003 line 819 without 存在问题)",
    excerpt: [NAME, HEADER, [819, "使用规范性\t\t严格按照下达预算的科目和项目执行。\t\t5\t5\t\t\t\t\t\t"]],
    lines: [{ item: "使用规范性", description: "严格按照下达预算的科目和项目执行。", weight: 5, score: 5, problems: null }],
    unmapped: [],
  },
];

describe("readManagement", () => {
  it.each(cases)("$name", ({ excerpt, lines, unmapped }) => {
    const { sections: s } = blockOf("form", excerpt);
    const ledger = new CellLedger();
    expect(readManagement(s.managementHeader, s.management, ledger, formContext())).toEqual(lines);
    expect(ledger.unmapped).toEqual(unmapped);
  });
});
