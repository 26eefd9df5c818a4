// An indicator whose value cells wrapped onto the lines below it is read as one row; a name wrapped
// around its values, or two indicators one under the other, are not joined.
import { describe, expect, it } from "vitest";
import { CellLedger } from "../../../src/diagnostics/cell-ledger.js";
import { formContext } from "../../../src/forms/form-context.js";
import { readIndicators } from "../../../src/forms/project/indicators.js";
import { blockOf } from "../../helpers/blocks.js";

const NAME: readonly [number, string] = [1, "项目名称\t示例项目"];
const HEADER: readonly [number, string] = [2, "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"];

describe("readIndicators on values wrapped below their name", () => {
  it.each([
    {
      name: "joins the target on the next line and the actual, weight and score on the one after (real 02 lines 19–21)",
      rows: [
        [19, "\t效益指标\t经济效益指标\t减轻贫困学生家庭经济负担\t"],
        [20, "\t有效\t"],
        [21, "\t有效\t10\t10\t"],
      ],
      got: [["减轻贫困学生家庭经济负担", "有效", "有效", 10, 10]],
      codes: ["row-joined"],
    },
    {
      name: "joins values wrapped onto one line below",
      rows: [
        [19, "产出指标\t数量指标\t培训人次\t"],
        [20, "≥500人次\t520人次\t20\t20\t"],
      ],
      got: [["培训人次", "≥500人次", "520人次", 20, 20]],
      codes: ["row-joined"],
    },
    {
      name: "leaves two indicators apart where the one below has values of its own",
      rows: [
        [19, "产出指标\t数量指标\t培训人次\t"],
        [20, "\t\t培训合格率\t≥90%\t95%\t20\t20\t"],
      ],
      got: [
        ["培训人次", null, null, null, null],
        ["培训合格率", "≥90%", "95%", 20, 20],
      ],
      codes: [],
    },
    {
      name: "leaves a name wrapped around its values to the name-fragment join (synthetic 08a lines 17–19)",
      rows: [
        [17, "\t质量指标\t营养餐食品安全"],
        [18, "\t\t抽检\t100%\t100%\t20\t20\t"],
        [19, "\t\t合格率"],
      ],
      got: [["营养餐食品安全抽检合格率", "100%", "100%", 20, 20]],
      codes: ["cell-joined", "cell-joined"],
    },
  ] as Array<{ name: string; rows: Array<[number, string]>; got: unknown[][]; codes: string[] }>)("$name", ({ rows, got, codes }) => {
    const { sections: s } = blockOf("form", [NAME, HEADER, ...rows]);
    const ledger = new CellLedger();
    const { indicators } = readIndicators(s.indicatorHeader, s.indicators, ledger, formContext());
    expect(indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score])).toEqual(got);
    expect(ledger.diagnostics.map((d) => d.code).filter((c) => c !== "row-realigned")).toEqual(codes);
  });
});
