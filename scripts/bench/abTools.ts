// What the A/B scripts (engineAB.ts, openAB.ts) share: their arguments, both checkouts' code bundled by esbuild (as
// the app and the benchmark run it; tsx's transform slows closures), the CPU time of a run and the comparison of
// two engines' values.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Engine } from '../../shared/engine';
import { gc as quietGc } from './measure';
import type { SizeName } from './sizes';

export interface AbArgs {
  baseDir: string;
  size: SizeName;
  rounds: number;
}

/** `<base checkout> [S|M|L|XL] [rounds]`, or null (the usage said) when the base is missing. */
export function abArgs(argv: string[], usage: string): AbArgs | null {
  const baseDir = argv[0];
  if (baseDir === undefined) {
    console.error(`usage: ${usage} [S|M|L|XL] [rounds]`);
    return null;
  }
  if (!hasGc) console.error('(no --expose-gc: no collection before each run)');
  return { baseDir, size: (argv[1] ?? 'L').toUpperCase() as SizeName, rounds: Number(argv[2] ?? 15) };
}

/** The exports of `modules` (paths under a checkout) of the base checkout and of this one, each checkout's
 *  bundled as one module and imported. */
export async function bundledPair<M>(baseDir: string, modules: string[]): Promise<[M, M]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-ab-'));
  const one = async (root: string, name: string) => {
    const entry = path.join(dir, `${name}.ts`);
    fs.writeFileSync(entry, modules.map((m) => `export * from ${JSON.stringify(path.resolve(root, m))};\n`).join(''));
    const outfile = path.join(dir, `${name}.mjs`);
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    return (await import(pathToFileURL(outfile).href)) as M;
  };
  try {
    return [await one(baseDir, 'base'), await one(path.resolve(import.meta.dirname, '../..'), 'this')];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const hasGc = (globalThis as { gc?: () => void }).gc !== undefined;

/** CPU ms of f (all threads). `collect`: a full collection first, and idle until the collector's threads are done
 *  (measure.ts): their sweeping was charged to the run that followed (an L full recompute read 10 ms against 5 for
 *  the same code). */
export function cpuMs(f: () => void, collect = true): number {
  if (collect && hasGc) quietGc();
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

type Values = Pick<Engine, 'valueRows' | 'lineError'>;

/** The first difference of two engines' lines, values or errors, or null. */
export function sameValues(a: Values, b: Values): string | null {
  const ra = a.valueRows();
  const rb = b.valueRows();
  if (ra.keys.length !== rb.keys.length) return `${ra.keys.length} against ${rb.keys.length} lines`;
  const years = ra.data.length / Math.max(1, ra.keys.length);
  for (let i = 0; i < ra.keys.length; i++) {
    if (ra.keys[i] !== rb.keys[i]) return `key ${i}: ${ra.keys[i]} against ${rb.keys[i]}`;
    for (let y = 0; y < years && ra.starts[i] >= 0; y++) {
      const x = ra.data[ra.starts[i] + y];
      const z = rb.data[rb.starts[i] + y];
      if (!Object.is(x, z)) return `${ra.keys[i]} year ${y}: ${x} against ${z}`;
    }
    if (JSON.stringify(a.lineError(ra.keys[i])) !== JSON.stringify(b.lineError(rb.keys[i]))) return `${ra.keys[i]}: errors differ`;
  }
  return null;
}
