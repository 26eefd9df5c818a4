// Spawns the built binary as a user would: real process, real files, pipes and exit codes.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const bin = fileURLToPath(new URL("../../bin/pe-parse.js", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), stdoutBytes });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/**
 * Spawns the binary with stdout and stderr wired as a test needs: a pipe (collected), a file
 * descriptor of its own (`/dev/full`), or a pipe this side closes after `closeAfter` bytes (the
 * reader that goes away).
 */
export type Sink = "pipe" | number | { closeAfter: number };

export function runCliWith(
  args: string[],
  streams: { stdout?: Sink; stderr?: Sink },
  options: { env?: Record<string, string>; cwd?: string; input?: string | Buffer } = {},
): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  const wire = (sink: Sink | undefined): "pipe" | number => (typeof sink === "number" ? sink : "pipe");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", wire(streams.stdout), wire(streams.stderr)],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const collect = (stream: NodeJS.ReadableStream | null, sink: Sink | undefined, into: Buffer[]): void => {
      if (!stream) return;
      let seen = 0;
      stream.on("data", (c: Buffer) => {
        if (typeof sink === "object") {
          seen += c.length;
          if (seen >= sink.closeAfter) (stream as unknown as { destroy(): void }).destroy();
        }
        into.push(c);
      });
    };
    collect(child.stdout, streams.stdout, out);
    collect(child.stderr, streams.stderr, err);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), stdoutBytes });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Whether this process may mount file systems (root, as in CI): a full disk is then a tmpfs. */
export const isRoot = process.getuid?.() === 0;

/** No Node stack trace in a command's stderr. */
export const STACK_TRACE = /^\s+at |node:internal|Node\.js v\d/m;
