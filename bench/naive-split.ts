/**
 * Bench child (b): the naive baseline. Per input: read, decode, split into lines and the lines
 * into TAB cells, and write the rows as one JSON array (one line per file) to stdout — the same
 * sink pe-parse writes to.
 * Usage: node dist/bench/naive-split.js PATH... > out.json
 */
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { walkTxt } from "./walk-txt.js";

const decoder = new TextDecoder("utf-8");
for (const file of walkTxt(process.argv.slice(2))) {
  const text = decoder.decode(await readFile(file));
  const rows = text.split(/\r\n|\r|\n/).map((line) => line.split("\t"));
  if (!process.stdout.write(JSON.stringify(rows) + "\n")) await once(process.stdout, "drain");
}
