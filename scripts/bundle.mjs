// Bundles the command (dist/src/cli) into one file, dist/pe-parse.mjs, and the worker-thread side
// of --jobs into another, dist/pe-parse-worker.mjs: loading one module instead of a few hundred
// (zod's tree among them) is most of what a one-file run spends on start-up, and a worker starts
// ~40 ms sooner.
// Dependencies the command loads only when asked (CSV, colour, workers, progress) stay external,
// and so does chevrotain, which grammars/chevrotain.ts loads from its own single-file bundle.
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

const bundles = [
  { entryPoints: ["dist/src/cli/main.js"], outfile: "dist/pe-parse.mjs" },
  { entryPoints: ["dist/src/cli/parse-worker.js"], outfile: "dist/pe-parse-worker.mjs" },
];

for (const bundle of bundles) await build({
  ...bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["chevrotain", "piscina", "cli-progress", "fast-csv", "chalk"],
  logLevel: "warning",
  plugins: [dropZodLocales],
  minify: true,
  legalComments: "none",
  // commander is CommonJS: give the bundle a `require` for the Node built-ins it asks for.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
