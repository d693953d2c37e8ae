// What `npm run build:main` bundles: the Electron entry files (main, the back end's process, preload) for Node, as CommonJS (as Electron loads them).
// Everything is bundled except Electron itself and the packages in package.json's `dependencies`, which are loaded
// from node_modules at run time. So `dependencies` holds exactly what the app loads unbundled, electron-builder
// ships nothing else, and scripts/build/dependencies.test.ts keeps it so.
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Loaded at run time rather than bundled: Electron, and the dependencies (better-sqlite3 is a native module). */
export const unbundled = ['electron', ...Object.keys(pkg.dependencies ?? {})];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: unbundled,
  logLevel: 'warning',
  // electron/service/examples.ts falls back to import.meta only outside a CommonJS bundle.
  logOverride: { 'empty-import-meta': 'silent' },
};

export const bundles = [
  { ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
  // The back end's utilityProcess: the service, SQLite and file work, off the main process.
  { ...common, entryPoints: ['electron/backend/entry.ts'], outfile: 'dist/electron/backend.cjs' },
  // A sandboxed preload may only require electron.
  { ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] },
];
