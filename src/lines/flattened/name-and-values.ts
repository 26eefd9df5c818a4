/** An indicator's glued name and values (`受益学生人数≥800人856人`) cut where a value starts. */
import { TARGET_SIGNS } from "../../../grammars/vocabulary/index.js";

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isSign = (ch: string | undefined): boolean => ch !== undefined && TARGET_SIGNS.includes(ch);

/**
 * `受益学生人数≥800人856人` → name, target, actual: the name ends where a value starts (a sign or a
 * digit); the values split where a number starts again after a unit. Without numbers
 * (`学生综合素质提升有效提升有效提升`) the two values are the repeated tail.
 */
export function splitNameAndValues(text: string, values: number): string[] {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSign(text[i]) || isDigit(text[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    if (values === 2) {
      for (let len = Math.floor(text.length / 2); len >= 1; len--) {
        const tail = text.slice(-len);
        if (text.slice(-2 * len, -len) === tail && text.length > 2 * len) return [text.slice(0, -2 * len), tail, tail];
      }
    }
    return [text];
  }
  const name = text.slice(0, start);
  const rest = text.slice(start);
  if (values < 2) return [name, rest];
  for (let i = 1; i < rest.length; i++) {
    const prev = rest[i - 1] as string;
    if ((isDigit(rest[i]) || isSign(rest[i])) && !isDigit(prev) && prev !== "." && !isSign(prev)) return [name, rest.slice(0, i), rest.slice(i)];
  }
  return [name, rest];
}
