// Bundles the Electron main process and preload into dist/electron (see scripts/build/mainBundles.mjs).
import { build } from 'esbuild';
import { bundles } from './build/mainBundles.mjs';

for (const options of bundles) await build(options);
console.log(`built ${bundles.map((b) => b.outfile).join(', ')}`);
