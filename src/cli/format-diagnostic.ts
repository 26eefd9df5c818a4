/** Terminal form of a diagnostic: `file:line: severity[code]: message`, coloured only when asked. */
import type { Diagnostic } from "../diagnostics/codes.js";

type Format = (file: string, d: Diagnostic) => string;

/**
 * Characters a terminal acts on rather than shows: C0 controls (ESC starts title changes and line
 * erases, CR rewrites the line, LF splits one diagnostic into two), DEL, C1 controls, the line and
 * paragraph separators (U+2028, U+2029: a new line to some viewers), and the bidirectional marks,
 * overrides and isolates that reorder what follows them on the line.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** Text with every control character written as a visible escape (`\x1b`), so it is only text. */
export function escapeControls(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, visible) : text;
}

/** Lines of text for a terminal: each line's control characters escaped, the line ends kept. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeControls).join("\n");
}

const plain: Format = (file, d) => {
  const where = escapeControls(d.line !== undefined ? `${file}:${d.line}` : file);
  return `${where}: ${d.severity}[${d.code}]: ${escapeControls(d.message)}`;
};

/** chalk is loaded only when colour is on: most runs print to a pipe or a file. */
export async function diagnosticFormatter(colour: boolean): Promise<Format> {
  if (!colour) return plain;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  const severity = { error: chalk.red.bold, warning: chalk.yellow, info: chalk.cyan } as const;
  return (file, d) => {
    const where = escapeControls(d.line !== undefined ? `${file}:${d.line}` : file);
    return `${chalk.bold(where)}: ${severity[d.severity](`${d.severity}[${d.code}]`)}: ${escapeControls(d.message)}`;
  };
}

/** Colour on a TTY unless NO_COLOR is set (any value), or FORCE_COLOR asks for it. */
export function useColour(isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return isTty;
}
