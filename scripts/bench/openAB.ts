// Two checkouts' domain and live scenario alternately in one process, so that both see the same load on the
// machine: CPU-time medians of `buildLines` alone and of open without the store (the document parsed from its
// JSON, `new LiveScenario`: the lines built, the engine loaded and computed), each after a collection (measure.ts's,
// which waits for the collector's threads) and in blocks of BLOCK runs without one, where the collector's cost is
// spread as in a loop. The lines (as JSON) and every value are compared. Both are bundled by esbuild first, as the
// app runs them. Check the noise with the same code on both sides (A/A) first.
//   mkdir -p prof/base && git archive <commit> shared | tar -x -C prof/base
//   node --expose-gc --import tsx scripts/bench/openAB.ts prof/base [S|M|L|XL] [rounds]
import type { buildLines } from '../../shared/domain';
import type { LiveScenario } from '../../shared/live/scenario';
import type { Scenario } from '../../shared/model/scenario';
import { abArgs, bundledPair, cpuMs, sameValues } from './abTools';
import { documentOf } from './main';
import { median } from './measure';

interface Side {
  buildLines: typeof buildLines;
  LiveScenario: new (doc: Scenario, revision: number) => LiveScenario;
  /** Where the engine shares compiled shapes between engines (formulaCache.ts): forgotten before each open, so that
   *  each compiles them, as the benchmark's open does; a checkout from before compiles per engine anyway. */
  forgetShapes?: () => void;
}

/** Builds per block (see main). */
const BLOCK = 5;

/** The first difference of the two open scenarios' lines or values, or null. */
function difference(a: LiveScenario, b: LiveScenario, la: unknown[], lb: unknown[]): string | null {
  if (la.length !== lb.length) return `${la.length} against ${lb.length} lines`;
  for (let i = 0; i < la.length; i++) if (JSON.stringify(la[i]) !== JSON.stringify(lb[i])) return `line ${i} differs`;
  return sameValues(a.engine, b.engine);
}

async function main(argv: string[]): Promise<number> {
  const args = abArgs(argv, 'openAB.ts <dir holding shared/>');
  if (args === null) return 2;
  const { size, rounds } = args;
  const pair = await bundledPair<Side>(args.baseDir, ['shared/domain/index.ts', 'shared/live/scenario.ts', 'shared/engine/index.ts']);
  const sides: [string, Side][] = [
    ['base', pair[0]],
    ['this', pair[1]],
  ];
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
      side.forgetShapes?.();
      open[m].push(cpuMs(() => new side.LiveScenario(opened, 0)));
      const docs = Array.from({ length: BLOCK }, fresh);
      openBlock[m].push(cpuMs(() => {
        for (const d of docs) {
          side.forgetShapes?.();
          new side.LiveScenario(d, 0);
        }
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
