/**
 * What bin/pe-parse.js loads first, bundled on its own (dist/pe-parse-launch.mjs): the choice of
 * node options for the run and the relaunch that applies them, without the command's code, which a
 * relaunched run would load twice.
 */
export { relaunch } from "./relaunch.js";
export { TUNED_NODE_OPTIONS, wantsTunedNode } from "./tuned-node.js";
