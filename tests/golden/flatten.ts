/**
 * A record as dotted paths and their values, for comparing a parse with a hand-read answer set
 * field by field. Arrays add `path.length`; at the top, `source`, `diagnostics`, `unmapped` and the
 * hand-read set's `lines` (its stand-in for `source`) are left out.
 */
export function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (value === null || typeof value !== "object") {
    out.set(path, value);
    return;
  }
  if (Array.isArray(value)) {
    out.set(`${path}.length`, value.length);
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (path === "" && (k === "source" || k === "diagnostics" || k === "unmapped" || k === "lines")) continue;
    flatten(v, path === "" ? k : `${path}.${k}`, out);
  }
}
