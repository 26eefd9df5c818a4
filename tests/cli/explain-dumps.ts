// Dumps for the explain tests: the seed 004 with its total 全年执行数 written in 元 (34900元 in a
// 万元 table), so the record holds a unit conversion, as a scraped notice sometimes does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./run-cli.js";

export const SEED = "fixtures/004_9b7fb85721d44591.txt";

export function convertedSeed(): string {
  const lines = readFileSync(join(root, SEED), "utf8").split("\n");
  lines[11] = (lines[11] as string).replace("\t3.49\t", "\t34900元\t");
  return lines.join("\n");
}
