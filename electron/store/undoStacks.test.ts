import { describe, expect, it } from 'vitest';
import { deriveStacks } from './undoStacks';

const e = (revision: number) => ({ revision, kind: 'edit' as const, label: `e${revision}`, target: null });
const u = (revision: number, target: number) => ({ revision, kind: 'undo' as const, label: `e${target}`, target });
const r = (revision: number, target: number) => ({ revision, kind: 'redo' as const, label: `e${target}`, target });
const revs = (items: { revision: number }[]) => items.map((i) => i.revision);

describe('undo and redo stacks from the log', () => {
  it('follow the rule: edit pushes and clears redo, undo moves top to redo, redo moves it back', () => {
    expect(deriveStacks([])).toEqual({ undo: [], redo: [] });
    const s = deriveStacks([e(1), e(2), e(3), u(4, 3), u(5, 2), r(6, 2)]);
    expect(revs(s.undo)).toEqual([1, 2]);
    expect(revs(s.redo)).toEqual([3]);
    expect(s.undo.at(-1)?.label).toBe('e2');
    // A new edit after an undo drops what could have been redone.
    const t = deriveStacks([e(1), e(2), u(3, 2), e(4)]);
    expect(revs(t.undo)).toEqual([1, 4]);
    expect(t.redo).toEqual([]);
  });

  it('refuses a log that breaks the rule', () => {
    expect(() => deriveStacks([e(1), u(2, 5)])).toThrow(/out of order/);
    expect(() => deriveStacks([e(1), r(2, 1)])).toThrow(/out of order/);
    expect(() => deriveStacks([u(1, 1)])).toThrow(/out of order/);
  });
});
