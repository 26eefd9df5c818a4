/**
 * Runs one command as a child process and measures it: wall time (from spawn to exit, in this
 * process), peak RSS of the child (GNU `/usr/bin/time -f %M` where it works, else a preload that
 * reports `process.resourceUsage().maxRSS`), stdout redirected to a file. A run past its time
 * limit is killed (its whole process group) and reported as timed out, with the peak RSS it had
 * reached (VmHWM from /proc) as a lower bound.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export type RssMethod = "gnu-time" | "preload";

export interface RunResult {
  readonly wallS: number;
  /** Peak RSS in KiB; for a timed-out run the peak reached before it was killed (a lower bound). */
  readonly rssKiB: number | undefined;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stderrTail: string;
}

const TIME = "/usr/bin/time";

let scratchSeq = 0;
function scratchFile(tag: string): string {
  return join(tmpdir(), `pe-parse-bench-${process.pid}-${scratchSeq++}.${tag}`);
}

function lastInteger(text: string): number | undefined {
  const lines = text.trim().split("\n");
  const value = Number.parseInt((lines[lines.length - 1] ?? "").trim(), 10);
  return Number.isFinite(value) ? value : undefined;
}

/** Which way of reading a child's peak RSS works on this machine. */
export function detectRssMethod(): RssMethod {
  if (!existsSync(TIME)) return "preload";
  const out = scratchFile("rss");
  try {
    const result = spawnSync(TIME, ["-f", "%M", "-o", out, process.execPath, "-e", "Buffer.alloc(64 * 1024 * 1024, 1)"], { stdio: "ignore" });
    if (result.status !== 0 || !existsSync(out)) return "preload";
    const kib = lastInteger(readFileSync(out, "utf8"));
    // The child touched 64 MiB, so a working %M says more than that.
    return kib !== undefined && kib > 64 * 1024 ? "gnu-time" : "preload";
  } finally {
    rmSync(out, { force: true });
  }
}

function readVmHwm(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  const visit = (p: number): void => {
    let children: number[] = [];
    try {
      children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return;
    }
    for (const child of children) {
      out.push(child);
      visit(child);
    }
  };
  visit(pid);
  return out;
}

export interface RunOptions {
  readonly cwd: string;
  readonly stdoutPath: string;
  /** 0 = no limit. */
  readonly timeoutS: number;
  readonly method: RssMethod;
  /** URL of the compiled report-rss.js, for the preload method. */
  readonly preload: string;
}

/** Runs `[node, ...args]` once. */
export function runOnce(args: readonly string[], options: RunOptions): Promise<RunResult> {
  const rssFile = scratchFile("rss");
  const node = process.execPath;
  const command = options.method === "gnu-time" ? TIME : node;
  const argv = options.method === "gnu-time" ? ["-f", "%M", "-o", rssFile, node, ...args] : ["--import", options.preload, ...args];
  const env = options.method === "preload" ? { ...process.env, BENCH_RSS_FILE: rssFile } : process.env;
  const out = openSync(options.stdoutPath, "w");
  return new Promise<RunResult>((resolve, reject) => {
    let stderr = "";
    let timedOut = false;
    let hwm: number | undefined;
    const start = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd, env, stdio: ["ignore", out, "pipe"], detached: true });
    closeSync(out);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer =
      options.timeoutS > 0
        ? setTimeout(() => {
            timedOut = true;
            const pid = child.pid;
            if (pid === undefined) return;
            for (const p of [pid, ...descendants(pid)]) {
              const value = readVmHwm(p);
              if (value !== undefined) hwm = Math.max(hwm ?? 0, value);
            }
            try {
              process.kill(-pid, "SIGKILL");
            } catch {
              child.kill("SIGKILL");
            }
          }, options.timeoutS * 1000)
        : undefined;
    let wallS = 0;
    child.on("exit", () => {
      wallS = (performance.now() - start) / 1000;
      if (timer) clearTimeout(timer);
    });
    child.on("error", (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      let rssKiB: number | undefined;
      if (timedOut) rssKiB = hwm;
      else if (existsSync(rssFile)) rssKiB = lastInteger(readFileSync(rssFile, "utf8"));
      rmSync(rssFile, { force: true });
      resolve({ wallS, rssKiB, exitCode: code, signal, timedOut, stderrTail: stderr });
    });
  });
}

export function preloadUrl(compiledDir: string): string {
  return pathToFileURL(join(compiledDir, "report-rss.js")).href;
}
