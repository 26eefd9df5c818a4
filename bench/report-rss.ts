/**
 * Preloaded with `node --import` into a bench child when /usr/bin/time is not usable: at exit,
 * writes the process's peak RSS in KiB (process.resourceUsage().maxRSS, worker threads included)
 * to the file named by BENCH_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
