import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles } from './mainBundles.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

describe('runtime dependencies', () => {
  it('are exactly the packages the bundled app loads from node_modules (everything else is bundled)', async () => {
    const loaded = new Set<string>();
    for (const options of bundles) {
      const result = await build({ ...options, absWorkingDir: root, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
      for (const output of Object.values(result.metafile.outputs)) {
        for (const imp of output.imports) if (imp.external && !builtins.has(imp.path)) loaded.add(packageOf(imp.path));
      }
    }
    loaded.delete('electron'); // Electron is the host, not a dependency: electron-builder wants it in devDependencies.
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...loaded].sort());
    expect(pkg.devDependencies?.electron).toBeDefined();
  });
});
