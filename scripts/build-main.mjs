// Bundles the Electron main process and preload into dist/electron (CommonJS, as Electron loads them).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  // electron/service/examples.ts falls back to import.meta only outside a CommonJS bundle.
  logOverride: { 'empty-import-meta': 'silent' },
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
console.log('built dist/electron/main.cjs and preload.cjs');
