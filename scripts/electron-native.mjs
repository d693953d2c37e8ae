// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, leaving the Node build in
// node_modules untouched (tests, web mode and command line use that one). The app passes the Electron build to
// better-sqlite3's `nativeBinding` option, so neither build ever replaces the other.
// Runs before `npm start` and `npm run dist`; does nothing when the build for this Electron version exists.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const outDir = path.join(root, 'native', 'electron');
const stamp = path.join(outDir, 'VERSION');
const wanted = `electron ${electronVersion} better-sqlite3 ${require('better-sqlite3/package.json').version} ${process.platform}-${process.arch}`;

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) process.exit(0);

const work = path.join(root, '.native-build', 'better-sqlite3');
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
console.log(`Bygger better-sqlite3 for Electron ${electronVersion} …`);
try {
  // A prebuilt binary for Electron when one is published; compile from source otherwise.
  execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion], { cwd: work, env, stdio: 'inherit' });
} catch {
  const nodeGyp = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, env, stdio: 'inherit' });
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), path.join(outDir, 'better_sqlite3.node'));
fs.writeFileSync(stamp, wanted);
console.log(`native/electron/better_sqlite3.node: ${wanted}`);
