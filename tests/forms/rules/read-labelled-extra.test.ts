// readLabelledExtra: a form's labelled lines above its table whose label is an extra label
// (项目负责人, 联系电话, 填报日期 …) go to `extra`, each reported read-from-prose; other labelled lines,
// prose, and the line the form's unit was read from are left alone.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import type { TextLine } from "../../../src/document/build-document.js";
import { readLabelledExtra } from "../../../src/forms/rules/read-labelled-extra.js";

const lines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ line: i + 1, text, token: "text" }));

describe("readLabelledExtra", () => {
  it.each([
    {
      name: "reads a 项目负责人及电话 line under the title",
      headings: lines("项目绩效自评表", "（2022年度）", "项目负责人及电话：张三0571-88888888"),
      extra: [{ label: "项目负责人及电话", value: "张三0571-88888888", line: 3 }],
    },
    {
      name: "reads 联系人 and 填报日期 written with ASCII colons",
      headings: lines("2023年度项目支出绩效自评表", "联系人:李四", "填报日期: 2024年3月1日"),
      extra: [
        { label: "联系人", value: "李四", line: 2 },
        { label: "填报日期", value: "2024年3月1日", line: 3 },
      ],
    },
    {
      name: "leaves identity labels, units and prose to their own readers",
      headings: lines("项目支出绩效自评表", "项目名称：校舍维修", "单位：万元", "本项目负责人为张三。"),
      extra: [],
    },
  ])("$name", ({ headings, extra }) => {
    const ledger = new CellLedger();
    expect(readLabelledExtra(headings, true, undefined, ledger)).toEqual(extra);
    expect(ledger.diagnostics.map((d) => [d.code, d.line])).toEqual(extra.map((e) => ["read-from-prose", e.line]));
  });

  it.each([
    ["填报人：王丽联系电话：0775-6123456填报日期：2024年3月20日", [["填报人", "王丽"], ["联系电话", "0775-6123456"], ["填报日期", "2024年3月20日"]]],
    ["评价人：李强 复核人：赵梅", [["评价人", "李强"], ["复核人", "赵梅"]]],
    ["项目负责人（签字）：张三联系人:李四", [["项目负责人（签字）", "张三"], ["联系人", "李四"]]],
    ["说明：填报人：王丽", []],
  ])("cuts %s before each extra label, one report for the line", (text, pairs) => {
    const ledger = new CellLedger();
    expect(readLabelledExtra(lines(text), true, undefined, ledger).map((e) => [e.label, e.value])).toEqual(pairs);
    expect(ledger.diagnostics).toHaveLength(pairs.length > 0 ? 1 : 0);
  });

  it("leaves the line the form's unit was read from (填报单位：…)", () => {
    expect(readLabelledExtra(lines("部门整体支出绩效自评表", "填报单位：某县民政局"), true, 2, new CellLedger())).toEqual([]);
  });

  it("reads only the nearest lines above a form with no title", () => {
    const headings = lines("联系人：王五", "一、基本情况", "二、绩效目标", "三、自评结果", "四、附表", "填报人：赵六");
    expect(readLabelledExtra(headings, false, undefined, new CellLedger())).toEqual([{ label: "填报人", value: "赵六", line: 6 }]);
  });
});
