/** What the CLI may touch of its process: streams, environment, TTY-ness. Tests pass their own. */
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
}

/**
 * Node writes to a file or a device (`> /dev/full`) synchronously and throws from `write()` on
 * failure, where a pipe reports the same failure as an `error` event. Make every failure an event,
 * so one handler sees it whatever the stream is. `onThrow` decides what the failure does.
 */
function eventsOnly(stream: NodeJS.WriteStream, onThrow: (error: Error) => void): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((...args: unknown[]): boolean => {
    try {
      return write(...args);
    } catch (error) {
      onThrow(error as Error);
      return false;
    }
  }) as typeof stream.write;
}

export function processIo(): CliIo {
  // stdout: a failed write ends the stream with that error (bin/pe-parse.js reports it).
  eventsOnly(process.stdout, (error) => process.stdout.destroy(error));
  // stderr is best effort: a full disk or a reader gone (`2> >(head -c1)`) loses diagnostics but
  // must never cost stdout or the exit code; bin/pe-parse.js ignores its error events.
  eventsOnly(process.stderr, () => undefined);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
  };
}
