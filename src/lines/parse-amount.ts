/**
 * Reads a number as a form writes it (SPEC "Numbers"):
 *   `12,705.06` → 12705.06   `10 分` → 10   `39.25%` → 39.25   `100.57万元` → 100.57 (unit removed)
 *   `—` / `-` / empty → null   `≥95%`, `完成` → not a number   `１００．５` → 100.5
 */
import { DASHES, NUMBER_UNITS, type NumberUnit } from "../../grammars/vocabulary/index.js";

export type AmountUnit = NumberUnit;

export type ParsedAmount =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly unit?: AmountUnit }
  | { readonly kind: "text" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const EMPTY: ParsedAmount = { kind: "empty" };
const TEXT: ParsedAmount = { kind: "text" };

export function parseAmount(text: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === "" || DASHES.has(trimmed)) return EMPTY;
  // Full-width digits, point and percent sign (`１００．５％`) read as their ASCII forms.
  let body = trimmed
    .replace(/[０-９．％]/g, (ch) => (ch === "．" ? "." : ch === "％" ? "%" : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
    .replace(/\s+/g, "");
  let unit: AmountUnit | undefined;
  for (const candidate of NUMBER_UNITS) {
    if (body.endsWith(candidate)) {
      unit = candidate;
      body = body.slice(0, -candidate.length);
      break;
    }
  }
  if (body === "" || body === "." || body === "+" || body === "-" || !NUMBER.test(body)) return TEXT;
  if (!/\d/.test(body)) return TEXT;
  const value = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(value)) return TEXT;
  return unit === undefined ? { kind: "number", value } : { kind: "number", value, unit };
}
