/**
 * Maps a written 一级/二级指标 cell to the SPEC vocabulary. A weight written inside the label is
 * not part of it, and wrap spaces are gone already:
 *   `产出指标 50 分` → 产出指标   `满意度 指标 10 分` → 满意度指标   `经济效益` → 经济效益指标
 *   `服务对象 满意度指 标` → 服务对象满意度指标   `生态指标` → 生态效益指标
 */
import {
  LEVEL1,
  LEVEL1_VARIANTS,
  LEVEL2,
  LEVEL2_VARIANTS,
  LEVEL_TRAILING_WORDS,
  POINTS,
  labelKey,
  type Level1,
  type Level2,
} from "../../grammars/vocabulary/index.js";

/** The label with any weight (`50分`, `（10分）`) removed: `产出指标50分` → `产出指标`. */
export function levelKey(text: string): string {
  return stripTrailingWeight(labelKey(text)).text;
}

export function canonicalLevel1(text: string): Level1 | undefined {
  return level1OfKey(levelKey(text));
}

export function canonicalLevel2(text: string): Level2 | undefined {
  return level2OfKey(levelKey(text));
}

export function level1OfKey(key: string): Level1 | undefined {
  if ((LEVEL1 as readonly string[]).includes(key)) return key as Level1;
  return LEVEL1_VARIANTS[key] ?? viaTrailingWord(key, level1OfKey);
}

export function level2OfKey(key: string): Level2 | undefined {
  if (key in LEVEL2) return key as Level2;
  return LEVEL2_VARIANTS[key] ?? viaTrailingWord(key, level2OfKey);
}

/** The level a key names once a trailing word that is not part of it is gone (`服务对象满意度指标等`). */
function viaTrailingWord<L>(key: string, read: (key: string) => L | undefined): L | undefined {
  for (const word of LEVEL_TRAILING_WORDS) {
    if (key.length > word.length && key.endsWith(word)) return read(key.slice(0, -word.length));
  }
  return undefined;
}

/** The 一级指标 a canonical 二级指标 implies. */
export function impliedLevel1(level2: string): Level1 | undefined {
  return (LEVEL2 as Readonly<Record<string, Level1>>)[level2];
}

const isDigitOrDot = (ch: string | undefined): boolean => ch !== undefined && ((ch >= "0" && ch <= "9") || ch === ".");

/**
 * Splits a trailing weight off a label key: `产出指标50分` → 产出指标 + 50, `满意度指标(10分)` → 满意度指标 + 10,
 * `满意度指标10` → 满意度指标 + 10. A hand-written scan, so no regex backtracks over long digit runs.
 */
export function stripTrailingWeight(key: string): { text: string; weight?: number } {
  let end = key.length;
  if (key[end - 1] === ")") end--;
  const hasPoints = key[end - 1] === POINTS;
  if (hasPoints) end--;
  let start = end;
  while (start > 0 && isDigitOrDot(key[start - 1])) start--;
  if (start === end) return { text: key };
  const weight = Number(key.slice(start, end));
  let cut = start;
  if (key[cut - 1] === "(") cut--;
  return Number.isFinite(weight) ? { text: key.slice(0, cut), weight } : { text: key };
}

/** The weight written inside a level label, if any: `产出指标 50 分` → 50. */
export function weightInLabel(text: string): number | undefined {
  return stripTrailingWeight(labelKey(text)).weight;
}
