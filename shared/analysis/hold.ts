// Every analysis leaves the model as it found it: levers are captured at the start and put back at the end
// (in one recompute when a batcher is given), whatever happens in between.
import type { Batcher, Lever } from './types';

export function holdLevers(levers: readonly Lever[], model?: Batcher): () => void {
  const restores = levers.map((lever) => {
    if (lever.snapshot !== undefined) return lever.snapshot();
    const x = lever.get();
    return () => lever.set(x);
  });
  return () => {
    // Put back in reverse order, so two levers over the same cell end with the first one's capture.
    const run = () => {
      for (let i = restores.length - 1; i >= 0; i--) restores[i]();
    };
    if (model !== undefined) model.batch(run);
    else run();
  };
}

/** Run `body` with the levers held; they are restored even when it throws. */
export function withLevers<T>(levers: readonly Lever[], model: Batcher | undefined, body: () => T): T {
  const restore = holdLevers(levers, model);
  try {
    return body();
  } finally {
    restore();
  }
}
