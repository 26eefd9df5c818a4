/**
 * Check `separator-not-tab`: a dump whose rows are split by something other than TAB — runs of
 * NO-BREAK SPACE, of IDEOGRAPHIC SPACE, or LINE / PARAGRAPH SEPARATORs, as some exporters write
 * them — has no table rows at all: every line reads as text, and no form is found. Before/after:
 *   `项目名称\u00a0\u00a0社保工作专项经费\u00a0\u00a0…` → one text line, and a warning naming the
 *   separator and the lines. The lines are not re-split here (a TAB-less layout is read, if at
 *   all, by its own stage): this only says what was seen, so 0 records never come without a word.
 * Decision: a text line is split by a separator when it has at least two gaps of it between
 * text (three or more parts); two or more such lines make a report, one per separator.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/codes.js";
import type { Line } from "./model.js";

const SEPARATORS: ReadonlyArray<{ readonly name: string; readonly gap: RegExp }> = [
  { name: "NO-BREAK SPACE (U+00A0)", gap: /\u00a0+/ },
  { name: "IDEOGRAPHIC SPACE (U+3000)", gap: /\u3000+/ },
  { name: "LINE SEPARATOR (U+2028)", gap: /\u2028+/ },
  { name: "PARAGRAPH SEPARATOR (U+2029)", gap: /\u2029+/ },
];
const ANY = /[\u00a0\u3000\u2028\u2029]/;
/** Lines named in the message; the rest are counted. */
const SHOWN = 5;

export function detectSeparators(lines: readonly Line[]): Diagnostic[] {
  const seen = SEPARATORS.map(() => [] as number[]);
  for (const line of lines) {
    if (line.kind !== "text" || !ANY.test(line.raw)) continue;
    SEPARATORS.forEach((s, i) => {
      const parts = line.raw.split(s.gap).filter((p) => p.trim() !== "");
      if (parts.length >= 3) (seen[i] as number[]).push(line.line);
    });
  }
  const out: Diagnostic[] = [];
  SEPARATORS.forEach((s, i) => {
    const at = seen[i] as number[];
    if (at.length < 2) return;
    const shown = at.slice(0, SHOWN).join(", ") + (at.length > SHOWN ? `, … (${at.length - SHOWN} more)` : "");
    out.push(diagnostic("separator-not-tab", { separator: s.name, count: at.length, lines: shown }, at[0]));
  });
  return out;
}
