/**
 * One glued line (`年度资金总额:202010100.00%10`, `产出指标数量指标受益学生人数≥800人856人3030`) → its
 * row, cut at its labels, its numbers split by the arithmetic (split-numbers.ts).
 */
import {
  SUB_ITEM_MARK,
  TARGET_TABLE_HEADER_WORDS,
  labelKey,
  lookup,
  type FundsField,
  type IndicatorField,
} from "../../../grammars/vocabulary/index.js";
import { diagnostic } from "../../diagnostics/codes.js";
import { piece, type Piece } from "../layout-lines.js";
import type { Cells, Context } from "./context.js";
import { BRACKETED, cutAtAnchors, trailingDigits, trimColons } from "./cut-at-anchors.js";
import { splitNameAndValues } from "./name-and-values.js";
import { cutNumbers, splitFundsRun, weightScoreCuts } from "./split-numbers.js";

const headerField = (text: string, ctx: "funds" | "indicators"): string | null | undefined => {
  const f = piece(text, 0).facts;
  if (ctx === "funds") return f.fundsHeader;
  return f.indicatorHeader !== undefined ? f.indicatorHeader : lookup(TARGET_TABLE_HEADER_WORDS, labelKey(text));
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
  if (anchors === 0) return undefined;
  const p = (text: string): Piece => piece(text, line);
  const first = p(cells[0] as string).facts;
  // A header: every cell a label.
  if (anchors >= 2 && anchors === segments.filter((s) => trimColons(s.text) !== "" && !BRACKETED.test(s.text)).length) {
    const funds = cells.map((c) => headerField(c, "funds"));
    const indicators = cells.map((c) => headerField(c, "indicators"));
    if (indicators.filter((f) => f === "level1" || f === "level2" || f === "name" || f === "target").length >= 2) ctx.indicatorFields = indicators as Array<IndicatorField | null | undefined>;
    else if (funds.filter((f) => f !== undefined).length >= 2) ctx.fundsFields = funds.filter((f): f is FundsField => typeof f === "string");
    return [cells.map(p)];
  }
  const subItem = first.key === SUB_ITEM_MARK && cells.length > 1 && p(cells.slice(0, 2).join("")).facts.fundsItem !== undefined;
  if (first.fundsItem !== undefined || subItem) {
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
    const cuts = cutNumbers(run, 2).filter(([w, s]) => Number(w) <= 100 && Number(s) <= Number(w));
    if (cuts.length !== 1) return [[p(cells[0] as string), p(run)]];
    const [w, s] = cuts[0] as string[];
    ctx.diagnostics.push(diagnostic("cells-split", { text: run, cells: `「${w}」 「${s}」`, by: "total" }, line));
    return [totalRow(p(cells[0] as string), p(w as string), p(s as string), ctx)];
  }
  if (ctx.indicatorFields.length > 0) return [indicatorRow(cells, line, ctx)];
  return undefined;
}

export function totalRow(label: Piece, weight: Piece | undefined, score: Piece | undefined, ctx: Context): Cells {
  const width = Math.max(ctx.indicatorFields.length, 3);
  const row: Cells = new Array<Piece | undefined>(width).fill(undefined);
  row[0] = label;
  const w = ctx.indicatorFields.indexOf("weight");
  const s = ctx.indicatorFields.indexOf("score");
  row[w > 0 ? w : width - 2] = weight;
  if (score !== undefined) row[s > 0 ? s : width - 1] = score;
  return row;
}

/** An indicator row: its level cells by the header's columns, the rest by shape, the trailing digits by the weights. */
function indicatorRow(cells: string[], line: number, ctx: Context): Cells {
  const fields = ctx.indicatorFields;
  const row: Cells = new Array<Piece | undefined>(fields.length).fill(undefined);
  const p = (text: string): Piece => piece(text, line);
  let k = 0;
  const level1Col = fields.indexOf("level1");
  const level2Col = fields.indexOf("level2");
  for (; k < cells.length; k++) {
    const f = p(cells[k] as string).facts;
    if (f.level2 !== undefined && level2Col >= 0 && row[level2Col] === undefined && !(f.level1 !== undefined && row[level1Col] === undefined && k === 0 && p(cells[k + 1] ?? "").facts.level2 !== undefined)) {
      row[level2Col] = p(cells[k] as string);
    } else if (f.level1 !== undefined && level1Col >= 0 && row[level1Col] === undefined) row[level1Col] = p(cells[k] as string);
    else if (k === 0 && level1Col >= 0 && p(cells[1] ?? "").facts.level2 !== undefined) row[level1Col] = p(cells[k] as string);
    else break;
  }
  let rest = cells.slice(k).join("");
  const numeric = fields.filter((f) => f === "weight" || f === "score");
  const numericCols = numeric.map((f) => fields.indexOf(f));
  const textCols = fields.map((f, col) => ({ f, col })).filter(({ f, col }) => col > Math.max(level1Col, level2Col) && (f === "name" || f === "target" || f === "actual")).map(({ col }) => col);
  const digits = trailingDigits(rest);
  let cuts = weightScoreCuts(digits, numeric.length).map((c) => ({ values: c, tail: "" }));
  if (cuts.length === 0 && numeric.length > 0) {
    // The target's own digits glued to the weight (`达到预计值210010` = 2100 / 10).
    cuts = cutNumbers(digits, numeric.length + 1)
      .filter((c) => weightScoreCuts(c.slice(1).join(""), numeric.length).some((w) => w.join("") === c.slice(1).join("") && w.every((x, i) => x === c[i + 1])))
      .map((c) => ({ values: c.slice(1), tail: c[0] as string }));
  }
  const place = (values: string[], tail: string): void => {
    values.forEach((v, i) => (row[numericCols[i] as number] = p(v)));
    const text = rest.slice(0, rest.length - digits.length) + tail;
    const parts = splitNameAndValues(text, textCols.length - 1);
    parts.forEach((t, i) => {
      if (t !== "" && textCols[i] !== undefined) row[textCols[i] as number] = p(t);
    });
  };
  if (cuts.length === 1) {
    const cut = cuts[0] as { values: string[]; tail: string };
    place(cut.values, cut.tail);
    ctx.fixedWeights += Number(cut.values[0]);
    ctx.diagnostics.push(diagnostic("cells-split", { text: rest, cells: row.filter((c) => c !== undefined).map((c) => `「${c.raw}」`).join(" "), by: "shapes" }, line));
  } else if (cuts.length > 1) {
    ctx.pending.push({ row, col: numericCols[0] as number, cuts: cuts.map((c) => c.values), raw: rest, line });
    place([], "");
  } else if (rest !== "") {
    const col = textCols[0] ?? fields.length - 1;
    row[col] = p(rest);
  }
  rest = "";
  return row;
}

/** Pending indicator rows: the cut that makes the weights add up to 100, if only one does. */
export function resolvePending(ctx: Context): void {
  for (const item of ctx.pending) {
    const others = ctx.pending.filter((x) => x !== item).length;
    const fits = item.cuts.filter((c) => others === 0 && ctx.fundsWeight + ctx.fixedWeights + Number(c[0]) === 100);
    if (fits.length === 1) {
      const values = fits[0] as string[];
      values.forEach((v, i) => (item.row[item.col + i] = piece(v, item.line)));
      ctx.diagnostics.push(diagnostic("cells-split", { text: item.raw, cells: values.map((v) => `「${v}」`).join(" "), by: "weights" }, item.line));
    } else {
      ctx.diagnostics.push(
        diagnostic("split-ambiguous", { text: item.raw, first: (item.cuts[0] as string[]).join(" / "), second: (item.cuts[1] as string[]).join(" / ") }, item.line),
      );
    }
  }
}
