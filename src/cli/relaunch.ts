/**
 * Runs the command again in a node started with other options (src/cli/tuned-node.ts says when
 * and which), as if it were this process: same arguments, standard streams and environment; the
 * signals this process receives passed on; its exit status this process's. The child cleans up
 * after itself on a signal (src/cli/exit-cleanup.ts) and dies by it; this process then dies by the
 * same signal, so a shell sees what it would have seen without the second process.
 */
import { spawn } from "node:child_process";

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Starts `script` with `args` under node with `nodeOptions` and settles with the child: never
 * resolves once the child has started (this process exits as it does); resolves `false` if node
 * could not be started, so the caller runs the command here instead.
 */
export function relaunch(nodeOptions: readonly string[], script: string, args: readonly string[]): Promise<false> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeOptions, script, ...args], { stdio: "inherit" });
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    const stopForwarding = (): void => {
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.once("error", () => {
      stopForwarding();
      resolve(false);
    });
    child.once("exit", (code, signal) => {
      stopForwarding();
      if (signal !== null) process.kill(process.pid, signal);
      else process.exit(code ?? 1);
    });
  });
}
