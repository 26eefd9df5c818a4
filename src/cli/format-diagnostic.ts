/** Terminal form of a diagnostic: `file:line: severity[code]: message`, coloured only when asked. */
import type { Diagnostic } from "../diagnostics/codes.js";

type Format = (file: string, d: Diagnostic) => string;

const plain: Format = (file, d) => `${d.line !== undefined ? `${file}:${d.line}` : file}: ${d.severity}[${d.code}]: ${d.message}`;

/** chalk is loaded only when colour is on: most runs print to a pipe or a file. */
export async function diagnosticFormatter(colour: boolean): Promise<Format> {
  if (!colour) return plain;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  const severity = { error: chalk.red.bold, warning: chalk.yellow, info: chalk.cyan } as const;
  return (file, d) => {
    const where = d.line !== undefined ? `${file}:${d.line}` : file;
    return `${chalk.bold(where)}: ${severity[d.severity](`${d.severity}[${d.code}]`)}: ${d.message}`;
  };
}

/** Colour on a TTY unless NO_COLOR is set (any value), or FORCE_COLOR asks for it. */
export function useColour(isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return isTty;
}
