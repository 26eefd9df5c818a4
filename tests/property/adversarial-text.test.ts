// A smoke test of every rule that reads user text, fed long adversarial strings: runs of what a
// greedy pattern would backtrack over (spaces, digits, dots, brackets, label fragments). The bound
// on work is regex-safety.test.ts (every pattern proved linear); this run shows the rules end on
// such input well inside a tight time-out.
import { describe, expect, it } from "vitest";
import { labelKey } from "../../grammars/vocabulary/index.js";
import { sanitizeNamePart, splitFileName } from "../../src/cli/safe-file-name.js";
import { readLines } from "../../src/lines/read-lines.js";
import { csvSafe } from "../../src/emit/csv.js";
import { splitDepartmentCode } from "../../src/forms/result-list.js";
import { canonicalLevel1, canonicalLevel2, levelKey, weightInLabel } from "../../src/lines/read-level.js";
import { isFragmentRow } from "../../src/forms/rules/join-fragment-row.js";
import { normalizeText } from "../../src/lines/normalize-text.js";
import { parseAmount } from "../../src/lines/parse-amount.js";
import { stripIndicatorLabel } from "../../src/forms/rules/strip-indicator-label.js";
import { parseText } from "../../src/parse-text.js";

const N = 200_000;
const ADVERSARIAL: Record<string, string> = {
  spaces: `x${" ".repeat(N)}x`,
  "spaces then a dot": `${" ".repeat(N)}.`,
  "dots and spaces": `${". ".repeat(N / 2)}a`,
  digits: `${"1".repeat(N)}x`,
  "digits then 分": `${"9".repeat(N)}分x`,
  "digit groups": `${"1,234".repeat(N / 5)},12`,
  "opening brackets": `${"(".repeat(N)}`,
  "bracket then spaces": `(${" ".repeat(N)}`,
  "指标 label runs": `${"指标 1".repeat(N / 4)}`,
  "ideographic spaces": `${"\u3000".repeat(N)}年度`,
  "year-like": `(${" ".repeat(N)}2024`,
  "经费 runs": `${"经费".repeat(N / 2)}合`,
};

describe("regex safety on long adversarial text (smoke test)", { timeout: 10_000 }, () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`reads ${name} (${text.length} characters) through every text rule`, () => {
      expect(typeof labelKey(text)).toBe("string");
      expect(typeof levelKey(text)).toBe("string");
      canonicalLevel1(text);
      canonicalLevel2(text);
      weightInLabel(text);
      expect(typeof normalizeText(text)).toBe("string");
      expect(["empty", "number", "text"]).toContain(parseAmount(text).kind);
      expect(typeof stripIndicatorLabel(text)).toBe("string");
      expect(typeof splitDepartmentCode(text).name).toBe("string");
      expect(typeof csvSafe(text)).toBe("string");
      expect(typeof sanitizeNamePart(text)).toBe("string");
      expect(splitFileName("s", 1, text, "json", new Set()).length).toBeLessThan(200);
      isFragmentRow(["", text]);
      expect(readLines(`${text}\n${text}\t${text}`).length).toBe(2);
    });
  }

  it("parses a form whose cells are adversarial runs without hanging", () => {
    const cell = ADVERSARIAL.spaces as string;
    const text = ["项目名称\t" + cell, "项目资金\t年初预算数\t全年预算数", `\t年度资金总额\t${ADVERSARIAL.digits}\t${cell}`, `绩效指标\t一级指标\t二级指标\t三级指标`, `\t${ADVERSARIAL["指标 label runs"]}\t${cell}\t${ADVERSARIAL["digits then 分"]}`].join("\n");
    expect(parseText(text).records.length).toBeLessThanOrEqual(1);
  });
});
