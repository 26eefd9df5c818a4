/**
 * The bench corpus, built deterministically from the seed dumps in fixtures/*.txt: a folder of
 * many files (file i is seed i mod 5, the seed repeated inside the file as often as brings the
 * folder closest to its target size) and single files of whole seeds concatenated (0, 1, 2, 3, 4,
 * 0, …) up to each target size. A manifest records the plan; a corpus whose manifest and file
 * sizes match the plan is reused as it is.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { walkTxt } from "./walk-txt.js";

/** 1 MB = 10^6 bytes throughout the bench. */
export const MB = 1_000_000;

export interface CorpusSpec {
  /** "full" or "quick": also the folder name under bench-corpus/. */
  readonly name: string;
  readonly folderFiles: number;
  readonly folderBytes: number;
  /** Target sizes of the single files, ascending; the last is "the big file". */
  readonly singleBytes: readonly number[];
}

export const FULL: CorpusSpec = { name: "full", folderFiles: 2000, folderBytes: 100 * MB, singleBytes: [25 * MB, 50 * MB, 100 * MB] };
export const QUICK: CorpusSpec = { name: "quick", folderFiles: 200, folderBytes: 10 * MB, singleBytes: [2.5 * MB, 5 * MB, 10 * MB] };

/** Files per sub-folder of the folder corpus; the first sub-folder doubles as a small subset. */
const PER_DIR = 100;

interface Seed {
  readonly name: string;
  readonly bytes: Buffer;
}

interface PlannedFile {
  /** Relative to the corpus root. */
  readonly path: string;
  /** Seed indices, in order. */
  readonly pieces: readonly number[];
  readonly size: number;
}

export interface Corpus {
  readonly root: string;
  readonly folder: string;
  /** The first sub-folder of the folder corpus (PER_DIR files). */
  readonly subset: string;
  readonly folderFiles: readonly string[];
  readonly folderSizes: readonly number[];
  readonly folderBytes: number;
  readonly subsetFiles: number;
  readonly subsetBytes: number;
  readonly singles: readonly { readonly path: string; readonly bytes: number; readonly target: number }[];
  readonly copiesPerSeed: readonly { readonly seed: string; readonly copies: number; readonly fileBytes: number }[];
  readonly reused: boolean;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NL = 0x0a;

function loadSeeds(fixtures: string): Seed[] {
  const names = readdirSync(fixtures)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  if (names.length === 0) throw new Error(`no seed dumps (*.txt) in ${fixtures}`);
  return names.map((name) => ({ name, bytes: readFileSync(join(fixtures, name)) }));
}

/** A piece after the first loses its BOM; a newline goes between pieces where one is missing. */
function pieceParts(seeds: readonly Seed[], pieces: readonly number[]): Buffer[] {
  const parts: Buffer[] = [];
  let previous: Buffer | undefined;
  for (const index of pieces) {
    let bytes = (seeds[index] as Seed).bytes;
    if (previous) {
      if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
      if (previous.length > 0 && previous[previous.length - 1] !== NL) parts.push(Buffer.from("\n"));
    }
    parts.push(bytes);
    previous = bytes;
  }
  return parts;
}

function sizeOf(seeds: readonly Seed[], pieces: readonly number[]): number {
  return pieceParts(seeds, pieces).reduce((sum, part) => sum + part.length, 0);
}

function folderPlan(seeds: readonly Seed[], spec: CorpusSpec): { files: PlannedFile[]; copies: number[] } {
  const n = seeds.length;
  const count = seeds.map((_, s) => Math.floor(spec.folderFiles / n) + (s < spec.folderFiles % n ? 1 : 0));
  const copies = seeds.map(() => 1);
  const fileSize = (s: number, k: number): number => sizeOf(seeds, new Array<number>(k).fill(s));
  const total = (): number => seeds.reduce((sum, _, s) => sum + (count[s] as number) * fileSize(s, copies[s] as number), 0);
  // Greedy and deterministic: give one more copy to the seed whose file is smallest, as long as
  // that brings the folder closer to its target size.
  for (;;) {
    const current = total();
    let smallest = 0;
    for (let s = 1; s < n; s++) if (fileSize(s, copies[s] as number) < fileSize(smallest, copies[smallest] as number)) smallest = s;
    copies[smallest] = (copies[smallest] as number) + 1;
    if (Math.abs(total() - spec.folderBytes) >= Math.abs(current - spec.folderBytes)) {
      copies[smallest] = (copies[smallest] as number) - 1;
      break;
    }
  }
  const files: PlannedFile[] = [];
  const digits = String(spec.folderFiles - 1).length;
  const dirDigits = String(Math.ceil(spec.folderFiles / PER_DIR) - 1).length;
  for (let i = 0; i < spec.folderFiles; i++) {
    const s = i % n;
    const pieces = new Array<number>(copies[s] as number).fill(s);
    const dir = String(Math.floor(i / PER_DIR)).padStart(dirDigits, "0");
    files.push({ path: join("files", dir, `${String(i).padStart(digits, "0")}.txt`), pieces, size: sizeOf(seeds, pieces) });
  }
  return { files, copies };
}

function singlePlan(seeds: readonly Seed[], target: number): PlannedFile {
  const pieces: number[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const index = i % seeds.length;
    const last = pieces[pieces.length - 1];
    // What the next whole seed (and the newline before it, if needed) adds to the file.
    const added = last === undefined ? sizeOf(seeds, [index]) : sizeOf(seeds, [last, index]) - sizeOf(seeds, [last]);
    if (last !== undefined && Math.abs(size + added - target) >= Math.abs(size - target)) break;
    pieces.push(index);
    size += added;
  }
  const label = `${target / MB}MB`;
  return { path: `single-${label}.txt`, pieces, size: sizeOf(seeds, pieces) };
}

function writePlanned(root: string, seeds: readonly Seed[], file: PlannedFile): void {
  const target = join(root, file.path);
  mkdirSync(join(target, ".."), { recursive: true });
  const fd = openSync(target, "w");
  try {
    for (const part of pieceParts(seeds, file.pieces)) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}

/** Builds (or reuses) the corpus for `spec` under `baseDir/spec.name`. */
export function ensureCorpus(baseDir: string, fixtures: string, spec: CorpusSpec, log: (line: string) => void): Corpus {
  const seeds = loadSeeds(fixtures);
  const root = join(baseDir, spec.name);
  const folder = join(root, "files");
  const { files, copies } = folderPlan(seeds, spec);
  const singles = spec.singleBytes.map((target) => ({ target, plan: singlePlan(seeds, target) }));
  const planned = [...files, ...singles.map((s) => s.plan)];
  const manifest = JSON.stringify(
    {
      version: 1,
      spec,
      seeds: seeds.map((seed) => ({ name: seed.name, bytes: seed.bytes.length, sha256: createHash("sha256").update(seed.bytes).digest("hex") })),
      copies,
      files: planned.map((file) => ({ path: file.path, size: file.size })),
    },
    null,
    1,
  );
  const manifestPath = join(root, "manifest.json");

  const matches = (): boolean => {
    if (!existsSync(manifestPath) || readFileSync(manifestPath, "utf8") !== manifest) return false;
    for (const file of planned) {
      const path = join(root, file.path);
      if (!existsSync(path) || statSync(path).size !== file.size) return false;
    }
    return walkTxt([folder]).length === files.length;
  };

  const reused = matches();
  if (!reused) {
    log(`building the ${spec.name} corpus in ${root} …`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    for (const file of planned) writePlanned(root, seeds, file);
    writeFileSync(manifestPath, manifest);
    if (!matches()) throw new Error(`the corpus in ${root} does not match its plan after building it`);
  } else log(`reusing the ${spec.name} corpus in ${root}`);

  const folderSizes = files.map((file) => file.size);
  const subsetCount = Math.min(PER_DIR, files.length);
  return {
    root,
    folder,
    subset: join(root, (files[0] as PlannedFile).path, ".."),
    folderFiles: files.map((file) => join(root, file.path)),
    folderSizes,
    folderBytes: folderSizes.reduce((a, b) => a + b, 0),
    subsetFiles: subsetCount,
    subsetBytes: folderSizes.slice(0, subsetCount).reduce((a, b) => a + b, 0),
    singles: singles.map((s) => ({ path: join(root, s.plan.path), bytes: s.plan.size, target: s.target })),
    copiesPerSeed: seeds.map((seed, s) => ({ seed: seed.name, copies: copies[s] as number, fileBytes: sizeOf(seeds, new Array<number>(copies[s] as number).fill(s)) })),
    reused,
  };
}

/** Reads every corpus file once, so that the first measured run does not pay for a cold cache. */
export function warmCache(corpus: Corpus): void {
  for (const file of corpus.folderFiles) readFileSync(file);
  for (const single of corpus.singles) readFileSync(single.path);
}
