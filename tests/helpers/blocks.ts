/**
 * Builds a document's blocks the way the pipeline does: a dump excerpt (each line at its fixture
 * line number, see dumpOf) goes through the real readLines and buildDocument, so a recogniser
 * test reads exactly the block the parse would hand it.
 */
import { buildDocument, type Block } from "../../src/document/build-document.js";
import { readLines } from "../../src/lines/read-lines.js";
import { dumpOf } from "./cells.js";

type Excerpt = ReadonlyArray<readonly [line: number, text: string]>;

/** Every block of the excerpt. */
export function blocksOf(excerpt: Excerpt): Block[] {
  return buildDocument(readLines(dumpOf(excerpt))).blocks;
}

/** The one block of kind `kind` the excerpt holds (it fails if there is not exactly one). */
export function blockOf<K extends Block["kind"]>(kind: K, excerpt: Excerpt): Extract<Block, { kind: K }> {
  const found = blocksOf(excerpt).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} block, found ${found.length}`);
  return found[0] as Extract<Block, { kind: K }>;
}
