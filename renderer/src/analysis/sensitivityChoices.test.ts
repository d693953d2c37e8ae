import { describe, expect, it } from 'vitest';
import { chosenItems, DEFAULT_CHOICES, withDelta, withItem } from './sensitivityChoices';
import type { SensitivityItem } from '../../../shared/analysis/runs';

const items: SensitivityItem[] = [
  { key: 'plan.rente_nye_lan', mode: 'shift', delta: 0.01, label: 'Rente' },
  { key: 'forutsetning.lonnsvekst', mode: 'shift', delta: 0.01, label: 'Lønnsvekst' },
  { key: 'tiltak.a.med', mode: 'realisation', delta: 1, label: 'A' },
  { key: 'tiltak.b.med', mode: 'realisation', delta: 1, label: 'B' },
];

describe('sensitivity choices', () => {
  it('are the default set until the user changes them', () => {
    expect(chosenItems(items, DEFAULT_CHOICES)).toEqual(items);
  });

  it('leave an assumption out, give another a wider range, and drop the measures together', () => {
    let c = withItem(DEFAULT_CHOICES, 'plan.rente_nye_lan', false);
    c = withDelta(c, 'forutsetning.lonnsvekst', 0.02)!;
    c = { ...c, measures: false };
    expect(chosenItems(items, c)).toEqual([{ ...items[1], delta: 0.02 }]);
    // Back on, the range it had stays.
    expect(chosenItems(items, withItem(c, 'plan.rente_nye_lan', true)).map((i) => i.key)).toEqual(['plan.rente_nye_lan', 'forutsetning.lonnsvekst']);
  });

  it('refuse a range that is no positive number', () => {
    for (const d of [null, 0, -0.01, Number.NaN]) expect(withDelta(DEFAULT_CHOICES, 'plan.rente_nye_lan', d)).toBeNull();
  });
});
