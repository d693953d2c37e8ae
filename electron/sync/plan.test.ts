import { describe, expect, it } from 'vitest';
import { pathKey } from '../../shared/api/sync';
import { applyPatches } from '../../shared/patch/apply';
import { planMerge } from './plan';

const doc = (a: number, b: number, c: number, rows: { id: string; v: number }[] = []) => ({ id: 's', name: 'N', values: [a, b, c], rows });

describe('planMerge', () => {
  it('takes what one side changed, and makes both documents the same merged one', () => {
    const base = doc(1, 2, 3, [{ id: 'x', v: 1 }]);
    const mine = doc(10, 2, 3, [{ id: 'x', v: 1 }, { id: 'm', v: 5 }]);
    const theirs = doc(1, 20, 3, []);
    const plan = planMerge(base, mine, theirs, {});
    expect(plan.open).toEqual([]);
    const merged = doc(10, 20, 3, [{ id: 'm', v: 5 }]);
    expect(applyPatches(mine, plan.local).doc).toEqual(merged);
    expect(applyPatches(theirs, plan.remote).doc).toEqual(merged);
  });

  it('waits for a choice on each conflict, then takes the chosen side', () => {
    const base = doc(1, 2, 3);
    const mine = doc(10, 2, 30);
    const theirs = doc(11, 2, 3);
    const waiting = planMerge(base, mine, theirs, {});
    expect(waiting.open.map((c) => c.path)).toEqual([['values', 0]]);
    expect([waiting.local, waiting.remote]).toEqual([[], []]);
    for (const [side, first] of [['mine', 10], ['theirs', 11]] as const) {
      const plan = planMerge(base, mine, theirs, { [pathKey(['values', 0])]: side });
      expect(applyPatches(mine, plan.local).doc).toEqual(doc(first, 2, 30));
      expect(applyPatches(theirs, plan.remote).doc).toEqual(doc(first, 2, 30));
    }
  });
});
