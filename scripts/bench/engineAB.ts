// Two engines loading the same built lines alternately in one process, so that both see the same load on the
// machine: CPU-time medians of `load` (templates defined, lines loaded and computed), of a full recompute and of
// the benchmark's single edit (engineBench.ts: the same input, the same values, a block of calls per engine in
// turn after a warm-up, the time per call), and every value compared, after the loads and after the edits. Both engines are bundled by esbuild first, as the app and the benchmark run them (tsx's
// transform slows closures).
//   mkdir -p prof/base && git archive <commit> shared/engine shared/i18n | tar -x -C prof/base
//   node --expose-gc --import tsx scripts/bench/engineAB.ts prof/base [S|M|L|XL] [rounds]
import { buildLines, type BuiltLines } from '../../shared/domain';
import type { Engine } from '../../shared/engine';
import { editTarget } from './engineBench';
import { median } from './measure';
import { abArgs, bundledPair, cpuMs, sameValues } from './abTools';
import { documentOf } from './main';

type AnyEngine = Pick<Engine, 'defineTemplate' | 'load' | 'recompute' | 'valueRows' | 'keys' | 'lineError' | 'setInput' | 'value'>;
type Make = (opts: { firstYear: number; years: number }) => AnyEngine;
/** `forgetShapes`: where the engine shares compiled shapes between engines (formulaCache.ts), so that each timed
 *  load compiles them, as the benchmark's build does; a checkout from before compiles per engine anyway. */
type EngineModule = { Engine: new (o: { firstYear: number; years: number }) => AnyEngine; forgetShapes?: () => void };

function loadInto(make: Make, doc: { firstYear: number; years: number }, built: BuiltLines): AnyEngine {
  const e = make({ firstYear: doc.firstYear, years: doc.years });
  for (const t of built.templates) e.defineTemplate(t.id, t.formula, t.params);
  e.load(built.lines, { index: built.index });
  return e;
}

async function main(argv: string[]): Promise<number> {
  const args = abArgs(argv, 'engineAB.ts <dir holding shared/engine>');
  if (args === null) return 2;
  const { size, rounds } = args;
  const [base, ours] = await bundledPair<EngineModule>(args.baseDir, ['shared/engine/index.ts']);
  const modules = [base, ours];
  const makers: [string, Make][] = [
    ['base', (o) => new base.Engine(o)],
    ['this', (o) => new ours.Engine(o)],
  ];
  const doc = documentOf(size);
  const built = buildLines(doc);
  const engines = makers.map(([, make]) => loadInto(make, doc, built));
  const diff = sameValues(engines[0], engines[1]);
  if (diff !== null) {
    console.error(`values differ: ${diff}`);
    return 1;
  }
  const load: number[][] = [[], []];
  const full: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const m = (r & 1) === 0 ? k : 1 - k;
      let e: AnyEngine | undefined;
      modules[m].forgetShapes?.();
      load[m].push(cpuMs(() => (e = loadInto(makers[m][1], doc, built))));
      full[m].push(cpuMs(() => e!.recompute()));
    }
  }
  const edit = editAB(engines, editTarget(doc).key, rounds);
  const after = sameValues(engines[0], engines[1]);
  if (after !== null) {
    console.error(`values differ after the edits: ${after}`);
    return 1;
  }
  const fmt = (x: number) => x.toFixed(1);
  for (let m = 0; m < 2; m++) {
    console.log(`${size} ${makers[m][0]}: load ${fmt(median(load[m]))} ms CPU (min ${fmt(Math.min(...load[m]))}), full ${fmt(median(full[m]))}, edit ${median(edit[m]).toFixed(4)} (min ${Math.min(...edit[m]).toFixed(4)})`);
  }
  const editRatios = edit[0].map((b, r) => edit[1][r] / b);
  console.log(`edit this/base: ${(median(edit[1]) / median(edit[0])).toFixed(2)} of the medians, ${median(editRatios).toFixed(2)} paired median`);
  // Paired: each round's two loads ran within a fraction of a second of each other.
  const ratios = load[0].map((b, r) => load[1][r] / b);
  console.log(`load this/base: ${(median(load[1]) / median(load[0])).toFixed(2)} of the medians, ${median(ratios).toFixed(2)} paired median; values equal; ${rounds} rounds`);
  return 0;
}

/** CPU ms per call of the benchmark's single edit (year 0 of `key`, the values engineBench.ts sets), per engine:
 *  EDIT_WARMUP calls each first, then per round a block of EDIT_CALLS calls on each engine in turn (which goes
 *  first alternates). The input is put back at the end. */
function editAB(engines: AnyEngine[], key: string, rounds: number): number[][] {
  const base = engines[0].value(key, 0);
  const block = (e: AnyEngine, calls: number) => {
    for (let i = 0; i < calls; i++) e.setInput(key, 0, base + 1 + (i & 7));
  };
  for (const e of engines) block(e, EDIT_WARMUP);
  const per: number[][] = [[], []];
  for (let r = 0; r < Math.max(rounds, 15); r++) {
    for (let k = 0; k < 2; k++) {
      const m = (r & 1) === 0 ? k : 1 - k;
      // No collection before a block (the edits make little garbage): the collector's threads sweeping after a
      // full collection were charged to the block's CPU time, as much again as the edits on L.
      const c0 = process.cpuUsage();
      block(engines[m], EDIT_CALLS);
      const c = process.cpuUsage(c0);
      per[m].push((c.user + c.system) / 1000 / EDIT_CALLS);
    }
  }
  for (const e of engines) e.setInput(key, 0, base);
  return per;
}

const EDIT_WARMUP = 3000;
const EDIT_CALLS = 2000;

process.exitCode = await main(process.argv.slice(2));
