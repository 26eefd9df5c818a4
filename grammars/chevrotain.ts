/**
 * Chevrotain, loaded from the minified single-file bundle its package ships. The package's ESM
 * entry pulls in a tree of several hundred modules that takes ~0.2 s to load; the bundle loads in
 * ~0.01 s, which is most of pe-parse's start-up on a one-file run, and its minified copy (142 KB
 * against 349 KB) compiles ~5 ms sooner. Falls back to the unminified bundle, then the entry point.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

type Chevrotain = typeof import("chevrotain");

async function load(): Promise<Chevrotain> {
  let lib: string | undefined;
  try {
    lib = join(dirname(createRequire(import.meta.url).resolve("chevrotain")), "..");
  } catch {
    return await import("chevrotain");
  }
  for (const bundle of ["chevrotain.min.mjs", "chevrotain.mjs"]) {
    try {
      return (await import(pathToFileURL(join(lib, bundle)).href)) as Chevrotain;
    } catch {
      // not shipped by this version: the next
    }
  }
  return await import("chevrotain");
}

export const chevrotain: Chevrotain = await load();
