/**
 * The benchmark (`npm run bench`): builds or reuses the corpus, then measures in one run the
 * read + decode floor, the naive split baseline and pe-parse (folder, big file, --jobs 1,
 * 25/50/100 MB linearity, start-up against `node -e 0`), checks that --jobs 1 and the default
 * give byte-identical output, prints a table and writes the same as JSON to bench-results.json.
 *
 * Environment: BENCH_RUNS (runs per case, default 5: timings on a shared VM vary ±10 %), BENCH_QUICK=1 (a ~10 MB corpus),
 * BENCH_TIMEOUT (seconds one run may take before it is killed and reported as a bound; default
 * 120, 0 = no limit), BENCH_KEEP_OUTPUT=1 (keep the outputs in bench-corpus/out),
 * BENCH_RSS_METHOD=gnu-time|preload (how to read a child's peak RSS; detected by default).
 */
import { createHash } from "node:crypto";
import { closeSync, createReadStream, existsSync, fstatSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, platform, release, arch, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus, FULL, MB, QUICK, warmCache, type Corpus } from "./corpus.js";
import { detectRssMethod, preloadUrl, runOnce, type RssMethod, type RunResult } from "./measure.js";
import { exact, format, ratio, verdict, type Value, type Verdict } from "./values.js";

const compiled = dirname(fileURLToPath(import.meta.url));
const root = resolve(compiled, "..", "..");
const rel = (path: string): string => relative(root, path) || ".";

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, not ${JSON.stringify(raw)}`);
  return value;
}

const quick = process.env.BENCH_QUICK === "1";
const runs = envInt("BENCH_RUNS", 5, 1);
const startupRuns = Math.max(runs, 10);
const timeoutS = envInt("BENCH_TIMEOUT", 120, 0);
const keepOutput = process.env.BENCH_KEEP_OUTPUT === "1";
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

interface CaseSpec {
  readonly id: string;
  readonly label: string;
  readonly input: string;
  readonly bytes: number;
  readonly args: readonly string[];
  readonly runs: number;
  /** For a folder run of pe-parse: estimate how far a timed-out run got from its output. */
  readonly folderProgress?: boolean;
}

interface CaseResult {
  readonly id: string;
  readonly label: string;
  readonly input: string;
  readonly bytes: number;
  readonly command: string;
  readonly runs: readonly RunResult[];
  readonly wallS: Value | undefined;
  readonly mbPerS: Value | undefined;
  readonly peakRssMiB: Value | undefined;
  readonly outputPath: string;
  /** The last run finished (so its output is complete). */
  readonly outputComplete: boolean;
  readonly notes: string[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The source file of the last complete ndjson record in `path`, if any. */
function lastRecordSource(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 16 * 1024 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const end = buffer.lastIndexOf(0x0a);
    if (end <= 0) return undefined;
    const start = buffer.lastIndexOf(0x0a, end - 1) + 1;
    if (start === 0 && length < size) return undefined;
    const record = JSON.parse(buffer.subarray(start, end).toString("utf8")) as { source?: { file?: string } };
    return record.source?.file;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function main(): Promise<void> {
  const cpuList = cpus();
  const machine = {
    cpu: cpuList[0]?.model.trim() ?? "unknown",
    cores: cpuList.length,
    availableParallelism: availableParallelism(),
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
  };
  const forced = process.env.BENCH_RSS_METHOD;
  const method: RssMethod = forced === "gnu-time" || forced === "preload" ? forced : detectRssMethod();
  const preload = preloadUrl(compiled);
  log(`peak RSS via ${method === "gnu-time" ? "/usr/bin/time -f %M" : "a --import preload reporting process.resourceUsage().maxRSS"}`);

  const spec = quick ? QUICK : FULL;
  const corpus: Corpus = ensureCorpus(join(root, "bench-corpus"), join(root, "fixtures"), spec, log);
  log("warming the page cache");
  warmCache(corpus);
  const outDir = join(root, "bench-corpus", "out");
  mkdirSync(outDir, { recursive: true });

  const folder = rel(corpus.folder);
  const singles = corpus.singles.map((s) => ({ ...s, rel: rel(s.path) }));
  const big = singles[singles.length - 1];
  if (!big) throw new Error("no single files in the corpus plan");
  const seedFile = "fixtures/004_9b7fb85721d44591.txt";
  const seedBytes = statSync(join(root, seedFile)).size;
  const floor = rel(join(compiled, "read-decode-floor.js"));
  const naive = rel(join(compiled, "naive-split.js"));
  // pe-parse as its executable runs it (which starts a long run again under tuned node options).
  const pe = (path: string, ...extra: string[]): string[] => ["bin/pe-parse.js", "--format", "ndjson", "-q", ...extra, path];

  const specs: CaseSpec[] = [
    { id: "startup-node", label: "node -e 0", input: "-", bytes: 0, args: ["-e", "0"], runs: startupRuns },
    { id: "startup-seed", label: "pe-parse, one seed", input: seedFile, bytes: seedBytes, args: pe(seedFile), runs: startupRuns },
    { id: "floor-folder", label: "(a) read+decode floor", input: folder, bytes: corpus.folderBytes, args: [floor, folder], runs },
    { id: "naive-folder", label: "(b) naive split+JSON", input: folder, bytes: corpus.folderBytes, args: [naive, folder], runs },
    { id: "pe-folder", label: "(c) pe-parse", input: folder, bytes: corpus.folderBytes, args: pe(folder), runs, folderProgress: true },
    { id: "pe-folder-jobs1", label: "(d) pe-parse --jobs 1", input: folder, bytes: corpus.folderBytes, args: pe(folder, "--jobs", "1"), runs, folderProgress: true },
    { id: "floor-big", label: "(a) read+decode floor", input: big.rel, bytes: big.bytes, args: [floor, big.rel], runs },
    { id: "naive-big", label: "(b) naive split+JSON", input: big.rel, bytes: big.bytes, args: [naive, big.rel], runs },
    ...singles.map((s, i) => ({
      id: i === singles.length - 1 ? "pe-big" : `pe-single-${i}`,
      label: i === singles.length - 1 ? "(c) pe-parse" : "pe-parse (linearity)",
      input: s.rel,
      bytes: s.bytes,
      args: pe(s.rel),
      runs,
    })),
  ];

  const results = new Map<string, CaseResult>();
  const runCase = async (c: CaseSpec): Promise<CaseResult> => {
    const outputPath = join(outDir, `${c.id}.out`);
    const done: RunResult[] = [];
    const notes: string[] = [];
    for (let i = 0; i < c.runs; i++) {
      const result = await runOnce(c.args, { cwd: root, stdoutPath: outputPath, timeoutS, method, preload });
      done.push(result);
      const rss = result.rssKiB === undefined ? "?" : `${((result.rssKiB * 1024) / 2 ** 20).toFixed(0)} MiB`;
      log(`${c.id} run ${i + 1}/${c.runs}: ${result.timedOut ? `killed after ${timeoutS} s` : `${result.wallS.toFixed(3)} s`}, peak RSS ${rss}${result.exitCode ? `, exit ${result.exitCode}` : ""}`);
      if (result.timedOut) break; // the next run would be killed too
    }
    const finished = done.filter((r) => !r.timedOut);
    const last = done[done.length - 1];
    for (const r of done) {
      if (!r.timedOut && (r.signal !== null || (r.exitCode ?? 0) >= 2)) notes.push(`failed: exit ${r.exitCode ?? r.signal}: ${r.stderrTail.trim().split("\n").slice(-3).join(" | ")}`);
    }
    let wallS: Value | undefined;
    let mbPerS: Value | undefined;
    let peakRssMiB: Value | undefined;
    const rssOf = (r: RunResult): number | undefined => (r.rssKiB === undefined ? undefined : (r.rssKiB * 1024) / 2 ** 20);
    if (finished.length > 0) {
      const wall = median(finished.map((r) => r.wallS));
      wallS = exact(wall);
      mbPerS = c.bytes > 0 ? exact(c.bytes / MB / wall) : undefined;
      const rss = finished.map(rssOf).filter((v): v is number => v !== undefined);
      const killed = done.find((r) => r.timedOut);
      if (rss.length > 0) peakRssMiB = exact(Math.max(...rss, ...(killed && rssOf(killed) !== undefined ? [rssOf(killed) as number] : [])));
      if (finished.length < done.length) notes.push(`${done.length - finished.length} run(s) killed at ${timeoutS} s; median of ${finished.length}`);
    } else if (last) {
      wallS = { value: timeoutS, bound: ">=" };
      mbPerS = c.bytes > 0 ? { value: c.bytes / MB / timeoutS, bound: "<=" } : undefined;
      const rss = rssOf(last);
      peakRssMiB = rss === undefined ? undefined : { value: rss, bound: ">=" };
      notes.push(`killed at the ${timeoutS} s limit (BENCH_TIMEOUT)`);
      if (c.folderProgress) {
        const source = lastRecordSource(outputPath);
        const index = source === undefined ? -1 : corpus.folderFiles.findIndex((f) => resolve(f) === resolve(root, source));
        if (index >= 0) {
          const processed = corpus.folderSizes.slice(0, index + 1).reduce((a, b) => a + b, 0);
          mbPerS = { value: processed / MB / timeoutS, bound: "~" };
          notes.push(`had written the records of ${index + 1}/${corpus.folderFiles.length} files (${(processed / MB).toFixed(1)} MB): ≈ MB/s from that`);
        }
      }
    }
    const result: CaseResult = {
      id: c.id,
      label: c.label,
      input: c.input,
      bytes: c.bytes,
      command: ["node", ...c.args].join(" ") + ` > ${rel(outputPath)}`,
      runs: done,
      wallS,
      mbPerS,
      peakRssMiB,
      outputPath,
      outputComplete: last !== undefined && !last.timedOut,
      notes,
    };
    results.set(c.id, result);
    return result;
  };

  const started = performance.now();
  for (const c of specs) await runCase(c);

  // Output identity: --jobs 1 against the default, on the whole folder when both finished, else
  // on the first sub-folder.
  const get = (id: string): CaseResult => {
    const r = results.get(id);
    if (!r) throw new Error(`no result for ${id}`);
    return r;
  };
  let identity: { identical: boolean | undefined; on: string; bytes?: number; sha256?: string; note?: string };
  const compare = async (a: CaseResult, b: CaseResult, on: string): Promise<typeof identity> => {
    const [ha, hb] = await Promise.all([sha256(a.outputPath), sha256(b.outputPath)]);
    return { identical: ha === hb, on, bytes: statSync(a.outputPath).size, sha256: ha };
  };
  if (get("pe-folder").outputComplete && get("pe-folder-jobs1").outputComplete) {
    identity = await compare(get("pe-folder"), get("pe-folder-jobs1"), `${folder} (${corpus.folderFiles.length} files)`);
  } else {
    const subset = rel(corpus.subset);
    log(`the folder runs did not finish; checking output identity on ${subset} instead`);
    const bytes = corpus.subsetBytes;
    const a = await runCase({ id: "identity-subset", label: "pe-parse (identity subset)", input: subset, bytes, args: pe(subset), runs: 1 });
    const b = await runCase({ id: "identity-subset-jobs1", label: "pe-parse --jobs 1 (identity subset)", input: subset, bytes, args: pe(subset, "--jobs", "1"), runs: 1 });
    identity =
      a.outputComplete && b.outputComplete
        ? await compare(a, b, `${subset} (${corpus.subsetFiles} files, ${(bytes / MB).toFixed(1)} MB)`)
        : { identical: undefined, on: subset, note: "the subset runs were killed too" };
  }
  const elapsedS = (performance.now() - started) / 1000;

  // Ratios, linearity, start-up, targets.
  const ratios = (pid: string, fid: string, nid: string) => ({
    throughputVsFloor: ratio(get(pid).mbPerS, get(fid).mbPerS),
    throughputVsNaive: ratio(get(pid).mbPerS, get(nid).mbPerS),
    rssVsFloor: ratio(get(pid).peakRssMiB, get(fid).peakRssMiB),
    rssVsNaive: ratio(get(pid).peakRssMiB, get(nid).peakRssMiB),
  });
  const folderRatios = ratios("pe-folder", "floor-folder", "naive-folder");
  const bigRatios = ratios("pe-big", "floor-big", "naive-big");
  const jobsSpeedup = ratio(get("pe-folder").mbPerS, get("pe-folder-jobs1").mbPerS);
  const linearityPoints = singles.map((s, i) => {
    const r = get(i === singles.length - 1 ? "pe-big" : `pe-single-${i}`);
    return { input: s.rel, mb: s.bytes / MB, secondsPerMB: r.wallS ? { value: r.wallS.value / (s.bytes / MB), bound: r.wallS.bound } : undefined };
  });
  const measured = linearityPoints.every((p) => p.secondsPerMB?.bound === "=");
  let maxDeviationPct: number | undefined;
  if (measured) {
    const values = linearityPoints.map((p) => (p.secondsPerMB as Value).value);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    maxDeviationPct = Math.max(...values.map((v) => (Math.abs(v - mean) / mean) * 100));
  }
  // Marginal cost: seconds per extra MB between consecutive sizes. A fixed start-up cost (process,
  // modules, the JIT warming up) lowers seconds-per-MB at small sizes without any non-linear work;
  // the marginal cost is what tells whether time grows linearly with size.
  let marginal: number[] | undefined;
  let marginalDeviationPct: number | undefined;
  if (measured && linearityPoints.length >= 3) {
    const pts = linearityPoints.map((p) => ({ mb: p.mb, s: (p.secondsPerMB as Value).value * p.mb }));
    marginal = pts.slice(1).map((p, i) => (p.s - (pts[i] as { s: number }).s) / (p.mb - (pts[i] as { mb: number }).mb));
    const mean = marginal.reduce((a, b) => a + b, 0) / marginal.length;
    marginalDeviationPct = Math.max(...marginal.map((v) => (Math.abs(v - mean) / mean) * 100));
  }
  const startupRatio = ratio(get("startup-seed").wallS, get("startup-node").wallS);
  const targets: { target: string; value: string; verdict: Verdict }[] = [
    { target: "folder: pe-parse >= 0.5x naive throughput", value: format(folderRatios.throughputVsNaive, 3, "x"), verdict: verdict(folderRatios.throughputVsNaive, ">=", 0.5) },
    { target: "big file: pe-parse >= 0.5x naive throughput", value: format(bigRatios.throughputVsNaive, 3, "x"), verdict: verdict(bigRatios.throughputVsNaive, ">=", 0.5) },
    { target: "big file: pe-parse peak RSS <= 0.35x naive", value: format(bigRatios.rssVsNaive, 3, "x"), verdict: verdict(bigRatios.rssVsNaive, "<=", 0.35) },
    { target: "one seed <= 3x `node -e 0`", value: format(startupRatio, 2, "x"), verdict: verdict(startupRatio, "<=", 3) },
    {
      target: "linear growth: marginal s/MB within 15 %",
      value: marginalDeviationPct === undefined ? "n/a" : `${marginalDeviationPct.toFixed(1)} %`,
      verdict: marginalDeviationPct === undefined ? ("unknown" as Verdict) : marginalDeviationPct <= 15 ? ("PASS" as Verdict) : ("MISS" as Verdict),
    },
  ];

  // The table.
  const lines: string[] = [];
  const say = (line = ""): void => void lines.push(line);
  const table = (head: string[], rows: string[][], right: boolean[]): void => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const cell = (text: string, i: number): string => (right[i] ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number));
    say(head.map(cell).join("  ").trimEnd());
    say(widths.map((w) => "-".repeat(w)).join("  "));
    for (const row of rows) say(row.map(cell).join("  ").trimEnd());
  };
  say(`pe-parse benchmark (${spec.name} corpus${quick ? ", BENCH_QUICK=1" : ""})`);
  say(`machine: ${machine.cpu}, ${machine.cores} cores (availableParallelism ${machine.availableParallelism}), ${machine.ramGiB} GiB RAM, node ${machine.node}, ${machine.os}`);
  say(`runs: ${runs} per case (${startupRuns} for start-up), median wall time; run limit ${timeoutS > 0 ? `${timeoutS} s` : "none"}; peak RSS: ${method === "gnu-time" ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS via --import"}, max over runs; 1 MB = 10^6 bytes`);
  const copies = corpus.copiesPerSeed.map((c) => `${c.seed.slice(0, 3)}×${c.copies}`).join(" ");
  say(`corpus${corpus.reused ? " (reused)" : ""}: ${folder}: ${corpus.folderFiles.length} files, ${(corpus.folderBytes / MB).toFixed(1)} MB (file i = seed i mod 5; copies per file: ${copies}); ${singles.map((s) => `${s.rel} ${(s.bytes / MB).toFixed(1)} MB`).join(", ")}`);
  say();
  const order = [...specs.map((s) => s.id), ...["identity-subset", "identity-subset-jobs1"].filter((id) => results.has(id))];
  table(
    ["case", "input", "MB", "runs", "median s", "MB/s", "peak RSS MiB", "notes"],
    order.map((id) => {
      const r = get(id);
      return [r.label, r.input, r.bytes ? (r.bytes / MB).toFixed(1) : "-", String(r.runs.length), format(r.wallS, 3), r.bytes ? format(r.mbPerS, 2) : "-", format(r.peakRssMiB, 0), r.notes.join("; ")];
    }),
    [false, false, true, true, true, true, true, false],
  );
  say();
  const ratioRow = (name: string, r: typeof folderRatios): string[] => [
    name,
    ...[r.throughputVsFloor, r.throughputVsNaive, r.rssVsFloor, r.rssVsNaive].map((v) => format(v, 3, "x")),
  ];
  say("ratios of pe-parse (c) to the floor (a) and the naive baseline (b):");
  table(
    ["input", "MB/s vs floor", "MB/s vs naive", "RSS vs floor", "RSS vs naive"],
    [ratioRow("folder", folderRatios), ratioRow("big file", bigRatios)],
    [false, true, true, true, true],
  );
  say(`default jobs vs --jobs 1 on the folder: ${format(jobsSpeedup, 2, "x")} throughput`);
  say();
  say(
    `linearity (seconds per MB): ${linearityPoints.map((p) => `${p.mb.toFixed(1)} MB: ${format(p.secondsPerMB, 4)}`).join(", ")}; max deviation from their mean: ${maxDeviationPct === undefined ? "n/a (not every size finished)" : `${maxDeviationPct.toFixed(1)} %`}`,
  );
  if (marginal) {
    say(`marginal cost (seconds per extra MB between sizes): ${marginal.map((m) => m.toFixed(4)).join(", ")}; max deviation from their mean: ${(marginalDeviationPct as number).toFixed(1)} %`);
  }
  say(`start-up: one seed (${seedFile}, ${(seedBytes / 1000).toFixed(1)} kB) ${format(get("startup-seed").wallS, 3)} s vs node -e 0 ${format(get("startup-node").wallS, 3)} s: ${format(startupRatio, 2, "x")}`);
  say(`output identity (--jobs 1 vs default, ndjson): ${identity.identical === undefined ? "unknown" : identity.identical ? "yes" : "no"} — on ${identity.on}${identity.bytes !== undefined ? `, ${(identity.bytes / MB).toFixed(1)} MB of output` : ""}${identity.note ? ` (${identity.note})` : ""}`);
  say();
  say("targets:");
  table(
    ["target", "value", "verdict"],
    targets.map((t) => [t.target, t.value, t.verdict]),
    [false, true, false],
  );
  say();
  say(`measured in ${elapsedS.toFixed(0)} s; ≤ and ≥ mark bounds from runs killed at the limit, ≈ an estimate from the output they had written`);
  process.stdout.write(lines.join("\n") + "\n");

  const json = {
    generatedAt: new Date().toISOString(),
    machine,
    settings: { corpus: spec.name, quick, runs, startupRuns, timeoutS, rssMethod: method, mb: MB },
    corpus: {
      reused: corpus.reused,
      folder: { path: folder, files: corpus.folderFiles.length, bytes: corpus.folderBytes, copiesPerSeed: corpus.copiesPerSeed },
      singles: singles.map((s) => ({ path: s.rel, bytes: s.bytes, target: s.target })),
    },
    cases: order.map((id) => {
      const r = get(id);
      return {
        id: r.id,
        label: r.label,
        input: r.input,
        bytes: r.bytes,
        command: r.command,
        wallS: r.wallS,
        mbPerS: r.mbPerS,
        peakRssMiB: r.peakRssMiB,
        notes: r.notes,
        runs: r.runs.map((run) => ({ wallS: run.wallS, rssKiB: run.rssKiB, exitCode: run.exitCode, signal: run.signal, timedOut: run.timedOut })),
      };
    }),
    ratios: { folder: folderRatios, bigFile: bigRatios, defaultJobsVsJobs1: jobsSpeedup },
    linearity: { points: linearityPoints, maxDeviationPct, marginal, marginalDeviationPct },
    startup: { seedFile, seedS: get("startup-seed").wallS, nodeS: get("startup-node").wallS, ratio: startupRatio },
    identity,
    targets,
    elapsedS,
    table: lines,
  };
  writeFileSync(join(root, "bench-results.json"), JSON.stringify(json, null, 2) + "\n");
  log(`wrote ${rel(join(root, "bench-results.json"))}`);
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
}

await main();
