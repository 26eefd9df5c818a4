/** The command's entry point for the bundle: everything bin/pe-parse.js needs, in one module. */
export { run } from "./run.js";
export { processIo } from "./io.js";
export { describeFsError } from "./describe-fs-error.js";
