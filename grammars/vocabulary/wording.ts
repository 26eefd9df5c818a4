/**
 * How a vocabulary table names things: each entry is a wording and the meaning it carries, tried
 * in order, the first match winning. A wording is compared with a cell's comparison key
 * (label-key.ts): a plain string must equal it; `prefix`, `suffix` and `contains` match a part of
 * it; `lead` is the label followed by at most two more characters (`单位资金（万元）` after its unit
 * is gone, `其他资金1`).
 */
export type Wording =
  | string
  | { readonly prefix: string }
  | { readonly suffix: string }
  | { readonly contains: string }
  | { readonly lead: string };

export type WordTable<M> = ReadonlyArray<readonly [Wording, M]>;

export function matchesWording(key: string, wording: Wording): boolean {
  if (typeof wording === "string") return key === wording;
  if ("prefix" in wording) return key.startsWith(wording.prefix);
  if ("suffix" in wording) return key.endsWith(wording.suffix);
  if ("contains" in wording) return key.includes(wording.contains);
  return key.startsWith(wording.lead) && key.length <= wording.lead.length + 2;
}

/** The meaning of the first wording in `table` that matches `key`. */
export function lookup<M>(table: WordTable<M>, key: string): M | undefined {
  for (const [wording, meaning] of table) if (matchesWording(key, wording)) return meaning;
  return undefined;
}

/** Whether `table` holds `key` as a whole wording (a plain string), not only a part of one. */
export function hasExactWording(table: WordTable<unknown>, key: string): boolean {
  for (const [wording] of table) if (wording === key) return true;
  return false;
}

/** A CJK ideograph: every label the vocabulary names holds one (checked where that is relied on). */
export const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether every wording of `tables` holds an ideograph, so that a key without one matches none. */
export function everyWordingHasIdeograph(tables: ReadonlyArray<WordTable<unknown>>): boolean {
  return tables.every((table) => table.every(([wording]) => IDEOGRAPH.test(wordingText(wording))));
}

/** The text of a wording, whatever its match: the canonical form a table names first. */
export function wordingText(wording: Wording): string {
  if (typeof wording === "string") return wording;
  if ("prefix" in wording) return wording.prefix;
  if ("suffix" in wording) return wording.suffix;
  if ("contains" in wording) return wording.contains;
  return wording.lead;
}
