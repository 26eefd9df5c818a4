/**
 * One glued line (`年度资金总额:202010100.00%10`, `产出指标数量指标受益学生人数≥800人856人3030`) → its
 * row, cut at its labels, its numbers split by the arithmetic (split-numbers.ts).
 */
import {
  SUB_ITEM_MARK,
  type FundsField,
  type IndicatorField,
} from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, type Piece } from "../layout-lines.js";
import type { Cells, Context } from "./context.js";
import { BRACKETED, cutAtAnchors, trimColons } from "./cut-at-anchors.js";
import { indicatorRow, totalRow, unlabelledIndicatorRow } from "./indicator-row.js";
import { isProse } from "./spaced-line.js";
import { cutNumbers, splitFundsRun } from "./split-numbers.js";

const headerField = (text: string, ctx: "funds" | "indicators"): string | null | undefined => {
  const f = piece(text, 0).facts;
  if (ctx === "funds") return f.fundsHeader;
  return f.indicatorHeader;
};

/** One glued line → its row (or rows), or undefined to keep it as text. */
export function readGluedLine(raw: string, line: number, ctx: Context): Cells[] | undefined {
  const segments = cutAtAnchors(raw.trim());
  const cells: string[] = [];
  for (const s of segments) {
    const text = trimColons(s.text);
    if (text === "") continue;
    // `项目资金(万元)`: a bracketed unit stays with its label.
    if (!s.anchor && BRACKETED.test(text) && cells.length > 0) cells[cells.length - 1] += text;
    else cells.push(text);
  }
  const anchors = segments.filter((s) => s.anchor).length;
  if (anchors === 0) {
    if (ctx.indicatorFields.length === 0) return undefined;
    const row = unlabelledIndicatorRow(raw.trim(), line, ctx);
    return row ? [row] : undefined;
  }
  const p = (text: string): Piece => piece(text, line);
  const first = p(cells[0] as string).facts;
  // A header: every cell a label.
  if (anchors >= 2 && anchors === segments.filter((s) => trimColons(s.text) !== "" && !BRACKETED.test(s.text)).length) {
    const funds = cells.map((c) => headerField(c, "funds"));
    const indicators = cells.map((c) => headerField(c, "indicators"));
    if (indicators.filter((f) => f === "level1" || f === "level2" || f === "name" || f === "target").length >= 2) {
      ctx.indicatorFields = indicators as Array<IndicatorField | null | undefined>;
      ctx.afterTotal = false;
    }
    else if (funds.filter((f) => f !== undefined).length >= 2) ctx.fundsFields = funds.filter((f): f is FundsField => typeof f === "string");
    return [cells.map(p)];
  }
  const subItem = first.key === SUB_ITEM_MARK && cells.length > 1 && p(cells.slice(0, 2).join("")).facts.fundsItem !== undefined;
  // `项目资金总额：1,250,000元，实际支出1,180,000元，…`: a sentence that opens with a funds label is
  // prose (read-prose-figures.ts reads its figures), no row.
  if ((first.fundsItem !== undefined || subItem) && !isProse(raw)) {
    const labelCells = subItem ? 2 : 1;
    // The label as written, with its colon: `其中:当年财政拨款`.
    const trimmed = raw.trim();
    const lastLabel = cells[labelCells - 1] as string;
    const label = trimmed.slice(0, trimmed.indexOf(lastLabel, subItem ? (cells[0] as string).length : 0) + lastLabel.length);
    const run = cells.slice(labelCells).join("");
    const isTotal = p(label).facts.fundsItem === "total";
    const split = ctx.fundsFields.length > 0 && run !== "" ? splitFundsRun(run, ctx.fundsFields, isTotal, ctx.totalBudget) : undefined;
    if (split === undefined) return [[p(label), ...(run === "" ? [] : [p(run)])]];
    if (split.ambiguous) {
      ctx.diagnostics.push(diagnostic("split-ambiguous", { text: run, first: split.ambiguous[0], second: split.ambiguous[1] }, line));
      return [[p(label), p(run)]];
    }
    const row: Cells = [p(label)];
    let k = 0;
    const present = split.cells.length === ctx.fundsFields.length ? ctx.fundsFields : ctx.fundsFields.filter((f) => f !== "weight" && f !== "score");
    for (const f of ctx.fundsFields) row.push(present.includes(f) ? p(split.cells[k++] as string) : undefined);
    if (isTotal) {
      const w = Number(split.cells[present.indexOf("weight")]);
      if (Number.isFinite(w)) ctx.fundsWeight = w;
      const b = Number(split.cells[present.indexOf("annualBudget")]);
      if (Number.isFinite(b)) ctx.totalBudget = b;
    }
    ctx.diagnostics.push(diagnostic("cells-split", { text: run, cells: split.cells.map((c) => `「${c}」`).join(" "), by: "rate" }, line));
    return [row];
  }
  if (first.rowLabel === "projectName" || first.rowLabel === "identity") return [cells.map(p)];
  if (first.rowLabel === "total") {
    const run = cells.slice(1).join("");
    if (run === "") return [[p(cells[0] as string)]];
    // As many numbers as the indicator header has 分值 / 得分 columns (a target table: 分值 only).
    const count = ctx.indicatorFields.length === 0 ? 2 : Math.max(1, ctx.indicatorFields.filter((f) => f === "weight" || f === "score").length);
    const cuts = cutNumbers(run, count).filter(([w, s]) => Number(w) <= 100 && (s === undefined || Number(s) <= Number(w)));
    if (cuts.length !== 1) return [[p(cells[0] as string), p(run)]];
    const [w, s] = cuts[0] as string[];
    if (s === undefined) return [totalRow(p(cells[0] as string), p(w as string), undefined, ctx)];
    ctx.diagnostics.push(diagnostic("cells-split", { text: run, cells: `「${w}」 「${s}」`, by: "total" }, line));
    return [totalRow(p(cells[0] as string), p(w as string), p(s as string), ctx)];
  }
  if (ctx.indicatorFields.length > 0) return [indicatorRow(cells, line, ctx)];
  return undefined;
}
