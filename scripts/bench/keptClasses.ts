// Run by keptClasses.test.ts under `node --expose-gc --allow-natives-syntax --trace-deopt --trace-opt --import tsx`:
// M's scenario opened (its lines built, the engine loaded and computed) round after round with a full collection
// between, so that no builder, engine or line record of the round before is alive, as between two opens. A control
// class made the same way, without a kept instance, shows that this V8 does throw away code for a freed hidden class.
// Its method is optimized on demand each round: left to V8's timing, it was sometimes inlined into the loop that calls
// it instead, and its own code was never thrown away.
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

// Natives syntax is parsed at run time, so it stays out of what tsx transforms.
const natives = (call: string) => new Function('f', `${call}(f)`) as (f: unknown) => void;
const prepare = natives('%PrepareFunctionForOptimization');
const optimizeOnNextCall = natives('%OptimizeFunctionOnNextCall');
const neverOptimize = natives('%NeverOptimizeFunction');

function useControl(): void {
  const c = new Control(2);
  prepare(Control.prototype.add);
  c.add(1);
  c.add(2);
  optimizeOnNextCall(Control.prototype.add);
  c.add(3);
}
neverOptimize(useControl);

const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with --expose-gc');
const doc = generateScenario(SIZES.M, BENCH_SEED);
for (let round = 0; round < 14; round++) {
  useControl();
  new LiveScenario(structuredClone(doc), 0);
  collect();
  console.log(`---- round ${round}`);
}
