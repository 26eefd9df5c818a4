// The field paths of each record kind, walked from the JSON Schema users see (`recordJsonSchema()`):
// `funds.lines[].executed`; an array's items as `[]`, a map by label (budget) as its own path.
import { recordJsonSchema } from "../../src/schema/record.js";

type Schema = { type?: string | string[]; const?: unknown; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

function walk(schema: Schema, path: string, out: string[]): void {
  for (const option of schema.anyOf ?? []) walk(option, path, out);
  if (schema.properties) {
    for (const [name, child] of Object.entries(schema.properties)) {
      const childPath = path === "" ? name : `${path}.${name}`;
      out.push(childPath);
      walk(child, childPath, out);
    }
  }
  if (schema.items) walk(schema.items, `${path}[]`, out);
}

/** kind → its field paths, in schema order. */
export function schemaPaths(): Map<string, string[]> {
  const root = recordJsonSchema() as Schema;
  const out = new Map<string, string[]>();
  for (const kind of root.oneOf ?? []) {
    const paths: string[] = [];
    walk(kind, "", paths);
    out.set(String(kind.properties?.kind?.const), [...new Set(paths)]);
  }
  return out;
}
