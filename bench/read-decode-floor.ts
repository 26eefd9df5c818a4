/**
 * Bench child (a): the read + decode floor. Reads every input and decodes it as pe-parse does
 * (Utf8Decoder: TextDecoder's output, faster), nothing more; prints the byte and character
 * counts so the work cannot be skipped.
 * Usage: node dist/bench/read-decode-floor.js PATH...
 */
import { readFile } from "node:fs/promises";
import { Utf8Decoder } from "../src/decode/utf8-decoder.js";
import { walkTxt } from "./walk-txt.js";

let bytes = 0;
let chars = 0;
for (const file of walkTxt(process.argv.slice(2))) {
  const data = await readFile(file);
  bytes += data.length;
  chars += new Utf8Decoder().decode(data).length;
}
process.stdout.write(`${bytes} bytes, ${chars} chars\n`);
