/**
 * A run of glued digits cut into the numbers of its columns by the form's own arithmetic: 执行率 =
 * 执行数 ÷ 预算数, the funds line's 分值 10, 得分 = 分值 × 执行率, 得分 ≤ 分值 ≤ 100, a part no larger than
 * the total. Every way to cut is tried; more than one that holds is reported, never chosen.
 */
import { PERCENT, type FundsField } from "../../../grammars/vocabulary/index.js";

/** A number as a glued run may hold it: no leading zero (but `0` and `0.5`). */
const NUMBER_TOKEN = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Every way to cut `digits` into `count` numbers. */
export function cutNumbers(digits: string, count: number): string[][] {
  if (count === 0) return digits === "" ? [[]] : [];
  const out: string[][] = [];
  for (let end = 1; end <= digits.length - (count - 1); end++) {
    const head = digits.slice(0, end);
    if (!NUMBER_TOKEN.test(head)) continue;
    for (const rest of cutNumbers(digits.slice(end), count - 1)) out.push([head, ...rest]);
  }
  return out;
}

/** 执行率 holds to the rate's own rounding (or truncation: `99%` for 99.985%). */
function rateFits(budget: number, executed: number, rate: string): boolean {
  if (budget === 0) return false;
  const computed = (executed / budget) * 100;
  const step = 10 ** -(rate.split(".")[1]?.length ?? 0);
  const stated = Number(rate);
  return Math.abs(computed - stated) <= step / 2 + 1e-9 || (computed >= stated && computed - stated < step);
}

export interface FundsSplit {
  readonly cells: string[];
  readonly ambiguous?: readonly [string, string];
}

/**
 * `202010100.00%10` under the columns `全年预算数¦全年执行数¦分值¦执行率¦得分` → 20, 20, 10, 100.00%, 10:
 * the rate is the number before `%`; budget, executed and 分值 before it split so that 执行数 /
 * 预算数 gives the rate, the total's 分值 is 10 and 得分 ≤ 分值. The sub-rows (`其中:当年财政拨款`)
 * have no 分值 / 得分. `undefined`: no split holds.
 */
export function splitFundsRun(run: string, fields: readonly FundsField[], total: boolean, totalBudget?: number): FundsSplit | undefined {
  const pct = run.indexOf(PERCENT);
  const attempts = total ? [fields] : [fields.filter((f) => f !== "weight" && f !== "score"), fields];
  for (const columns of attempts) {
    const rateAt = columns.indexOf("executionRate");
    const found: string[][] = [];
    const before = rateAt >= 0 && pct >= 0 ? run.slice(0, pct) : run;
    const after = rateAt >= 0 && pct >= 0 ? run.slice(pct + 1) : "";
    const head = rateAt >= 0 && pct >= 0 ? rateAt + 1 : columns.length;
    for (const left of cutNumbers(before, head)) {
      for (const right of cutNumbers(after, columns.length - head)) {
        const values = [...left, ...right];
        const get = (f: FundsField): number | undefined => {
          const k = columns.indexOf(f);
          return k >= 0 ? Number(values[k]) : undefined;
        };
        const budget = get("annualBudget");
        const executed = get("executed");
        const rateText = rateAt >= 0 ? values[rateAt] : undefined;
        const weight = get("weight");
        const score = get("score");
        if (budget !== undefined && executed !== undefined && rateText !== undefined && !rateFits(budget, executed, rateText)) continue;
        if (total && weight !== undefined && weight !== 10) continue;
        if (weight !== undefined && score !== undefined && score > weight) continue;
        // 得分 = 分值 × 执行率, to the score's rounding.
        if (weight !== undefined && score !== undefined && rateText !== undefined && Math.abs(score - (weight * Number(rateText)) / 100) > 0.05) continue;
        // A part is no more than the total.
        if (!total && totalBudget !== undefined && budget !== undefined && budget > totalBudget) continue;
        found.push(values.map((v, k) => (k === rateAt ? `${v}${PERCENT}` : v)));
      }
    }
    if (found.length === 1) return { cells: found[0] as string[] };
    if (found.length > 1) return { cells: [run], ambiguous: [(found[0] as string[]).join(" / "), (found[1] as string[]).join(" / ")] };
  }
  return undefined;
}

/** The trailing digits of an indicator row cut into its 分值 and 得分: every cut where 0 < 分值 ≤ 100 and 得分 ≤ 分值. */
export function weightScoreCuts(digits: string, count: number): string[][] {
  return cutNumbers(digits, count).filter((values) => {
    const weight = Number(values[0]);
    if (!(weight > 0 && weight <= 100)) return false;
    return values.length < 2 || Number(values[1]) <= weight;
  });
}
