/**
 * Chevrotain, loaded from the single-file bundle its package ships. The package's ESM entry pulls
 * in a tree of several hundred modules that takes ~0.2 s to load; the bundle loads in ~0.01 s,
 * which is most of pe-parse's start-up on a one-file run. Falls back to the entry point.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

type Chevrotain = typeof import("chevrotain");

async function load(): Promise<Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve("chevrotain");
    return (await import(pathToFileURL(join(dirname(entry), "..", "chevrotain.mjs")).href)) as Chevrotain;
  } catch {
    return await import("chevrotain");
  }
}

export const chevrotain: Chevrotain = await load();
