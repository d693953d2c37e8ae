// `npm run bench`: the benchmark run as the app runs its code, bundled by esbuild (as scripts/build/mainBundles.mjs
// bundles the back end), not through tsx: tsx's transform keeps every function's name, defining a property on each
// closure as it is created, which made a build of L about a quarter slower in CPU time than the shipped code. The
// packages stay external (HyperFormula is loaded as published). The bundle goes to bench/output.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'bench/output/bench.mjs');
await build({
  entryPoints: [path.join(root, 'scripts/bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
