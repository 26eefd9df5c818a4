/**
 * Where a document shows form vocabulary (grammars/vocabulary/form-signs.ts): each sign word it
 * holds, with the first line it stands on. Read only for a document that gave no record of a
 * known kind, so a dump pe-parse reads costs nothing here.
 */
import { FORM_SIGN_WORDS, TABLE_CODE_SIGN } from "../../grammars/vocabulary/index.js";
import type { Line } from "../lines/model.js";

export interface FormSign {
  readonly word: string;
  readonly line: number;
}

const SIGNS = new RegExp([...FORM_SIGN_WORDS, TABLE_CODE_SIGN].join("|"), "g");
/** White space and invisible format characters (U+200B) may stand inside a label: `项目\u200b名称`, `年度 指标值`. */
const INSIDE_LABEL = /[\s\p{Cf}]/gu;

export function formSignsOf(lines: readonly Line[]): FormSign[] {
  const seen = new Map<string, number>();
  const scan = (text: string, line: number): void => {
    for (const m of text.replace(INSIDE_LABEL, "").matchAll(SIGNS)) if (!seen.has(m[0])) seen.set(m[0], line);
  };
  for (const line of lines) {
    if (line.kind === "text") scan(line.text, line.line);
    else if (line.kind === "table") for (const cell of line.row.cells) if (cell.text !== "") scan(cell.text, line.line);
  }
  return [...seen].map(([word, line]) => ({ word, line }));
}
