// Bundles the command (dist/src/cli) into dist/pe-parse.mjs, and the worker-thread side of --jobs
// into dist/pe-parse-worker.mjs: loading one module instead of a few hundred (zod's tree among
// them) is most of what a one-file run spends on start-up, and a worker starts ~40 ms sooner.
// The command's code that a run loads with import() (the other subcommands, the HTML page, CSV,
// and the parser itself, which a batch's main thread leaves to its workers) goes into chunks of
// dist/chunks, loaded on first use: V8 reads a whole module before running any of it, and these
// were a sixth of the command's bundle (a one-file run 2.5 % fewer instructions on its thread).
// Dependencies the command loads only when asked (CSV, colour, workers, progress) stay external,
// and so does chevrotain, which grammars/chevrotain.ts loads from its own single-file bundle.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// zod's namespace re-exports every locale (`z.locales`), which keeps ~300 KB of translations in
// a bundle that never uses them: half the command's code, compiled at every start. English, the
// one zod uses, is imported by its schemas directly, so the index is replaced by an empty module.
const dropZodLocales = {
  name: "drop-zod-locales",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "empty-module" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "empty-module" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

// zod's namespace also re-exports `fromJSONSchema`, whose module copies every schema constructor
// into an object of its own when it loads (~2 ms of each start-up, the command's and each
// worker's); pe-parse never reads JSON Schema back, so the bundles get a stub that says so.
const stubZodFromJsonSchema = {
  name: "stub-zod-from-json-schema",
  setup(b) {
    b.onResolve({ filter: /\/from-json-schema\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-from-json-schema", namespace: "stub-module" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "stub-module" }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("pe-parse bundles no JSON Schema reader"); }',
      loader: "js",
    }));
  },
};

// commander requires node:child_process when it loads, for sub-commands that are programs of
// their own, which pe-parse has none of. That module and what it pulls in (net, dgram, …) are not
// in node's start-up snapshot, and with the V8 options of bin/pe-parse.js node cannot use its
// cached code for them: loading them took ~10 ms of a one-file run. Here they load on first use.
const deferCommanderChildProcess = {
  name: "defer-commander-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "deferred-builtin" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "deferred-builtin" }, () => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });`,
      loader: "js",
    }));
  },
};

const bundles = [
  {
    entryPoints: { "pe-parse": "dist/src/cli/main.js" },
    outdir: "dist",
    splitting: true,
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
  },
  { entryPoints: ["dist/src/cli/parse-worker.js"], outfile: "dist/pe-parse-worker.mjs" },
  { entryPoints: ["dist/src/cli/launch.js"], outfile: "dist/pe-parse-launch.mjs" },
];

// A chunk's name holds its content's hash: the last build's chunks would stay beside the new ones.
rmSync("dist/chunks", { recursive: true, force: true });

for (const bundle of bundles) await build({
  ...bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["chevrotain", "piscina", "cli-progress", "fast-csv", "chalk"],
  logLevel: "warning",
  plugins: [dropZodLocales, stubZodFromJsonSchema, deferCommanderChildProcess],
  minify: true,
  legalComments: "none",
  // commander is CommonJS: give the bundle a `require` for the Node built-ins it asks for.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
