// Two checkouts' domain and live scenario alternately in one process, so that both see the same load on the
// machine: CPU-time medians of `buildLines` alone and of open without the store (the document parsed from its
// JSON, `new LiveScenario`: the lines built, the engine loaded and computed), each with a collection before it and
// in blocks of BLOCK runs without one (less noisy: a forced collection's background sweeping, some 40-50 ms of CPU
// on L, is charged to the run after it). The lines (as JSON) and every value are compared. Both are bundled by
// esbuild first, as the app runs them. Check the noise with the same code on both sides (A/A) first.
//   mkdir -p prof/base && git archive <commit> shared | tar -x -C prof/base
//   node --expose-gc --import tsx scripts/bench/openAB.ts prof/base [S|M|L|XL] [rounds]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { buildLines } from '../../shared/domain';
import type { LiveScenario } from '../../shared/live/scenario';
import type { Scenario } from '../../shared/model/scenario';
import { documentOf } from './main';
import type { SizeName } from './sizes';

interface Side {
  buildLines: typeof buildLines;
  LiveScenario: new (doc: Scenario, revision: number) => LiveScenario;
}

/** The domain and live scenario under `root` (a directory holding shared/), bundled and imported. */
async function bundled(root: string, dir: string, name: string): Promise<Side> {
  const entry = path.join(dir, `${name}.ts`);
  const at = (p: string) => JSON.stringify(path.resolve(root, p));
  fs.writeFileSync(entry, `export { buildLines } from ${at('shared/domain/index.ts')};\nexport { LiveScenario } from ${at('shared/live/scenario.ts')};\n`);
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)) as Side;
}

const gc = (globalThis as { gc?: () => void }).gc;

function cpuMs(f: () => void, collect = true): number {
  if (collect) gc?.();
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Builds per block (see main). */
const BLOCK = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The first difference of the two open scenarios' lines or values, or null. */
function difference(a: LiveScenario, b: LiveScenario, la: unknown[], lb: unknown[]): string | null {
  if (la.length !== lb.length) return `${la.length} against ${lb.length} lines`;
  for (let i = 0; i < la.length; i++) if (JSON.stringify(la[i]) !== JSON.stringify(lb[i])) return `line ${i} differs`;
  const ra = a.engine.valueRows();
  const rb = b.engine.valueRows();
  if (ra.keys.length !== rb.keys.length) return `${ra.keys.length} against ${rb.keys.length} engine lines`;
  const years = a.engine.years;
  for (let i = 0; i < ra.keys.length; i++) {
    if (ra.keys[i] !== rb.keys[i]) return `key ${i}: ${ra.keys[i]} against ${rb.keys[i]}`;
    for (let y = 0; y < years && ra.starts[i] >= 0; y++) {
      if (!Object.is(ra.data[ra.starts[i] + y], rb.data[rb.starts[i] + y])) return `${ra.keys[i]} year ${y} differs`;
    }
    if (JSON.stringify(a.engine.lineError(ra.keys[i])) !== JSON.stringify(b.engine.lineError(rb.keys[i]))) return `${ra.keys[i]}: errors differ`;
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  const baseDir = argv[0];
  const size = (argv[1] ?? 'L').toUpperCase() as SizeName;
  const rounds = Number(argv[2] ?? 15);
  if (baseDir === undefined) {
    console.error('usage: openAB.ts <dir holding shared/> [S|M|L|XL] [rounds]');
    return 2;
  }
  if (gc === undefined) console.error('(no --expose-gc: no collection before each run)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-open-ab-'));
  const sides: [string, Side][] = [
    ['base', await bundled(baseDir, dir, 'base')],
    ['this', await bundled(path.resolve(import.meta.dirname, '../..'), dir, 'this')],
  ];
  fs.rmSync(dir, { recursive: true, force: true });
  const json = JSON.stringify(documentOf(size));
  const fresh = () => JSON.parse(json) as Scenario;
  const opened = sides.map(([, s]) => new s.LiveScenario(fresh(), 0));
  const lines = sides.map(([, s]) => s.buildLines(fresh()).lines);
  const diff = difference(opened[0], opened[1], lines[0], lines[1]);
  if (diff !== null) {
    console.error(`differ: ${diff}`);
    return 1;
  }
  const built: number[][] = [[], []];
  const block: number[][] = [[], []];
  const open: number[][] = [[], []];
  const openBlock: number[][] = [[], []];
  const doc = fresh();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const m = (r & 1) === 0 ? k : 1 - k;
      const side = sides[m][1];
      built[m].push(cpuMs(() => side.buildLines(fresh())));
      // A block of builds of one document without a collection before each: the collector's cost is spread over
      // the block as in a loop, and its background sweeping after a forced collection is not charged to one build.
      block[m].push(cpuMs(() => {
        for (let i = 0; i < BLOCK; i++) side.buildLines(doc);
      }, false) / BLOCK);
      const opened = fresh();
      open[m].push(cpuMs(() => new side.LiveScenario(opened, 0)));
      const docs = Array.from({ length: BLOCK }, fresh);
      openBlock[m].push(cpuMs(() => {
        for (const d of docs) new side.LiveScenario(d, 0);
      }, false) / BLOCK);
    }
  }
  const fmt = (x: number) => x.toFixed(1);
  for (let m = 0; m < 2; m++) {
    console.log(`${size} ${sides[m][0]}: buildLines ${fmt(median(built[m]))} ms CPU (min ${fmt(Math.min(...built[m]))}), in blocks ${fmt(median(block[m]))}, open ${fmt(median(open[m]))} (min ${fmt(Math.min(...open[m]))}), in blocks ${fmt(median(openBlock[m]))}`);
  }
  // Paired: each round's two runs came within a fraction of a second of each other.
  const paired = (xs: number[][]) => median(xs[0].map((b, r) => xs[1][r] / b)).toFixed(2);
  console.log(`this/base: buildLines ${paired(built)}, in blocks ${paired(block)}, open ${paired(open)}, in blocks ${paired(openBlock)} (paired medians); lines and values equal; ${rounds} rounds`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
