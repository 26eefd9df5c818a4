/**
 * Reads a number as a form writes it (SPEC "Numbers"):
 *   `12,705.06` → 12705.06   `10 分` → 10   `39.25%` → 39.25   `100.57万元` → 100.57 (unit removed)
 *   `—` / `-` / empty → null   `≥95%`, `完成` → not a number   `１００．５` → 100.5
 * Two readings are flagged, for the reader of the field to report (forms/rules/read-number.ts):
 *   `1234567890123456789` → `imprecise`: no double holds it (the nearest is …768), so the value
 *     is not the number written;
 *   `8 889` → 8889 with `spaceJoined`: its digits were joined across a space.
 */
import { DASHES, NUMBER_UNITS, type NumberUnit } from "../../grammars/vocabulary/index.js";

export type AmountUnit = NumberUnit;

export type ParsedAmount =
  | { readonly kind: "empty" }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly unit?: AmountUnit;
      /** The digits written do not survive as a double: `value` is only the nearest one. */
      readonly imprecise?: true;
      /** Digit groups joined across white space: `8 889`. */
      readonly spaceJoined?: true;
    }
  | { readonly kind: "text" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const EMPTY: ParsedAmount = { kind: "empty" };
const TEXT: ParsedAmount = { kind: "text" };

/** Digits with at most one point: what most amount cells are, read without the general steps. */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

export function parseAmount(text: string): ParsedAmount {
  // Up to 15 characters, such a number needs no precision check (below).
  if (text.length <= 15 && PLAIN_NUMBER.test(text)) return { kind: "number", value: Number(text) };
  const trimmed = text.trim();
  if (trimmed === "" || DASHES.has(trimmed)) return EMPTY;
  const folded = foldFullWidth(trimmed);
  let body = folded.replace(/\s+/g, "");
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
  // Up to 15 digits always survive as a double: most numbers need no check.
  const imprecise = body.length > 15 && !survives(body.replace(/,/g, ""), value);
  const spaceJoined = SPACE_IN_DIGITS.test(folded);
  if (!imprecise && !spaceJoined) return unit === undefined ? { kind: "number", value } : { kind: "number", value, unit };
  return {
    kind: "number",
    value,
    ...(unit === undefined ? {} : { unit }),
    ...(imprecise ? { imprecise: true as const } : {}),
    ...(spaceJoined ? { spaceJoined: true as const } : {}),
  };
}

/** White space between two digits, or after a thousands comma: `8 889`, `12, 705`. */
const SPACE_IN_DIGITS = /[\d,]\s+\d/;

/**
 * Whether the decimal `digits` (sign, digits, point) is exactly `value`'s: up to 15 significant
 * digits always are; beyond that, the double's own expansion to as many digits must be them.
 */
/** `text` without its trailing zeros (a scan: /0+$/ is quadratic on long zero runs). */
function trimZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
  return text.slice(0, end);
}

function survives(digits: string, value: number): boolean {
  const significant = digits.replace(/^[+-]/, "").replace(".", "").replace(/^0+/, "");
  const intPart = digits.replace(/^[+-]/, "").split(".")[0] as string;
  const sig = digits.includes(".") ? trimZeros(significant) : significant;
  if (sig.length <= 15) return true;
  if (sig.length > 100) return false;
  // The exact value of the double to `sig.length` significant digits, as digits only.
  const exact = Math.abs(value).toPrecision(sig.length);
  const m = /^(\d+)(?:\.(\d+))?(?:e\+(\d+))?$/.exec(exact);
  if (!m) return false;
  let exactDigits = (m[1] as string) + (m[2] ?? "");
  if (m[3]) exactDigits = exactDigits.padEnd(Number(m[3]) + 1, "0");
  const written = (intPart.replace(/^0+/, "") + (digits.split(".")[1] ?? "")).replace(/^0+/, "");
  return trimZeros(exactDigits.replace(/^0+/, "")) === trimZeros(written);
}

const FULL_WIDTH_NUMBER_CHAR = /[０-９．％]/;
const FULL_WIDTH_NUMBER_CHARS = new RegExp(FULL_WIDTH_NUMBER_CHAR.source, "g");

/** Full-width digits, point and percent sign (`１００．５％`) as their ASCII forms. */
function foldFullWidth(text: string): string {
  // Most cells hold none, and a test finds that without the replace's call into the runtime.
  if (!FULL_WIDTH_NUMBER_CHAR.test(text)) return text;
  return text.replace(FULL_WIDTH_NUMBER_CHARS, (ch) => (ch === "．" ? "." : ch === "％" ? "%" : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** A row's or line's number as a 序号 or 行次 cell writes it (`12`, `１２`): up to `digits` digits, else undefined. */
export function rowNumber(text: string, digits = 5): number | undefined {
  const folded = foldFullWidth(text.trim());
  return folded.length > 0 && folded.length <= digits && /^[0-9]+$/.test(folded) ? Number(folded) : undefined;
}
