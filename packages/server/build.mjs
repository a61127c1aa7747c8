/**
 * The server built ahead of time for a host: `npm run build:server` bundles the command line and
 * everything it imports from this repository (server and core, TypeScript and the language files)
 * into one JavaScript file, dist/attune.mjs, that plain Node runs without tsx. The packages from
 * node_modules stay outside the bundle and are loaded from there as usual.
 *
 * Why: under tsx every process compiles the sources when it starts and keeps the compiler and its
 * loader thread; a built process starts faster and holds less memory, which counts once per worker.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dependencies = (path) => Object.keys(JSON.parse(readFileSync(here(path), "utf8")).dependencies ?? {});
const external = [...dependencies("./package.json"), ...dependencies("../core/package.json")]
  .filter((name) => !name.startsWith("@attune/"))
  .flatMap((name) => [name, `${name}/*`]);

const started = performance.now();
await build({
  entryPoints: [here("./src/cli.ts")],
  outfile: here("./dist/attune.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external,
  sourcemap: "linked",
  logLevel: "warning",
});
console.log(`Built packages/server/dist/attune.mjs in ${Math.round(performance.now() - started)} ms`);
