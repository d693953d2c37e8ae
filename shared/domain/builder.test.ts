import { describe, expect, it } from 'vitest';
import { LineBuilder, ORDER_STEP } from './builder';
import type { View } from './types';

const draft = (key: string, view: View, group: string, order?: number) => ({
  key,
  label: { code: 'line.named', params: { name: key } },
  unit: '',
  view,
  group,
  style: 'input' as const,
  display: 'amount' as const,
  input: [1],
  ...(order === undefined ? {} : { order }),
});

describe('LineBuilder', () => {
  it('knows the largest order per view and group when groups come back after others, and after lastOrder was asked', () => {
    const b = new LineBuilder(2025, 1, 'nb');
    b.add(draft('a1', 'rammer', 'A'));
    b.add(draft('b1', 'rammer', 'B'));
    b.add(draft('a2', 'rammer', 'A'));
    b.add(draft('t1', 'tiltak', 'A'));
    expect(b.lastOrder('rammer', 'A')).toBe(3 * ORDER_STEP);
    expect(b.lastOrder('rammer', 'B')).toBe(2 * ORDER_STEP);
    expect(b.lastOrder('rammer')).toBe(3 * ORDER_STEP);
    expect(b.lastOrder('tiltak', 'A')).toBe(ORDER_STEP);
    expect(b.lastOrder('tiltak', 'B')).toBeUndefined();
    // Kept up to date after the first question, also for a line placed before the last (an explicit order).
    b.add(draft('b2', 'rammer', 'B', 25));
    b.add(draft('b3', 'rammer', 'B', 21));
    expect(b.lastOrder('rammer', 'B')).toBe(25);
    expect(b.lastOrder('rammer')).toBe(3 * ORDER_STEP);
    b.add(draft('a3', 'rammer', 'A'));
    expect(b.lastOrder('rammer', 'A')).toBe(4 * ORDER_STEP);
  });

  it('refuses a key already taken without using up an order number, and translates the label', () => {
    const b = new LineBuilder(2025, 1, 'nb');
    const first = b.add(draft('x', 'rammer', 'A'));
    expect(b.add(draft('x', 'rammer', 'A'))).toBeNull();
    expect(b.problems).toEqual([{ code: 'domain.duplicateKey', params: { key: 'x' } }]);
    expect(b.add(draft('y', 'rammer', 'A'))?.meta.order).toBe(2 * ORDER_STEP);
    expect(first?.label).toBe('x');
    expect(first?.meta.order).toBe(ORDER_STEP);
  });
});
