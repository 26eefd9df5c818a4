/** `pe-parse schema`: the JSON Schema of the records, generated from the zod schemas. */
import { recordJsonSchema } from "../schema/record.js";
import type { CliIo } from "./io.js";

export function schemaCommand(io: CliIo): number {
  io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
  return 0;
}
