// Run by keptClasses.test.ts under `node --expose-gc --trace-deopt --import tsx`: M's scenario opened (its lines
// built, the engine loaded and computed) round after round with a full collection between, so that no builder,
// engine or line record of the round before is alive, as between two opens. A control class made the same way,
// without a kept instance, shows that this V8 does throw away code for a freed hidden class.
import { LiveScenario } from '../../shared/live/scenario';
import { generateScenario } from './generate';
import { BENCH_SEED, SIZES } from './sizes';

class Control {
  readonly sum: number[];
  constructor(readonly step: number) {
    this.sum = [];
  }
  add(v: number): void {
    this.sum.push(v * this.step);
  }
}

const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with --expose-gc');
const doc = generateScenario(SIZES.M, BENCH_SEED);
for (let round = 0; round < 14; round++) {
  const c = new Control(2);
  for (let i = 0; i < 50_000; i++) c.add(i);
  new LiveScenario(structuredClone(doc), 0);
  collect();
  console.log(`---- round ${round}`);
}
