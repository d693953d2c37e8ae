import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tCode } from '../../../shared/i18n';
import { LiveScenario } from '../../../shared/live/scenario';
import { parseScenario, type Scenario } from '../../../shared/model';
import type { Measure } from '../../../shared/model/measure';
import { effectBoundPercent, effectRangeEdit, formatEffectBound } from './effectRange';

const example = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8'),
).scenario as Scenario;

const ID = 'p05_egen_avlastning';
const measureOf = (live: LiveScenario): Measure => live.doc.measures.find((m) => m.id === ID)!;

/** Types `input` into the measure's cell as the grid does: the patches go through the live scenario. */
function type(live: LiveScenario, bound: 'low' | 'high', input: unknown) {
  const r = effectRangeEdit(measureOf(live), bound, input, 'nb');
  if (!r.ok) return { refused: tCode('nb', r.code, r.params) };
  const { inverse } = live.apply(r.patches);
  return { patches: r.patches, inverse };
}

describe('effect range cells', () => {
  it('a blank cell is the plan; typing a bound makes a range with the other at 100 %, in one undoable patch', () => {
    const live = new LiveScenario(example, 0);
    const before = JSON.stringify(live.doc);
    expect(effectBoundPercent(measureOf(live), 'low')).toBeUndefined();
    expect(formatEffectBound(undefined, 'nb')).toBe('');

    const a = type(live, 'low', '60');
    expect(a.patches).toEqual([{ op: 'set', path: ['measures', { id: ID }, 'effectRange'], value: { low: 0.6, high: 1 } }]);
    expect(measureOf(live).effectRange).toEqual({ low: 0.6, high: 1 });
    expect(parseScenario(live.doc).ok).toBe(true);
    expect(effectBoundPercent(measureOf(live), 'low')).toBe(60);
    expect(effectBoundPercent(measureOf(live), 'high')).toBe(100);

    const b = type(live, 'high', '110 %');
    expect(b.patches).toHaveLength(1);
    expect(measureOf(live).effectRange).toEqual({ low: 0.6, high: 1.1 });
    // 1.1 × 100 is 110.00000000000001 in floating point: the cell shows and edits 110.
    expect(effectBoundPercent(measureOf(live), 'high')).toBe(110);
    expect(formatEffectBound(110, 'nb')).toBe('110\u00a0%');
    expect(formatEffectBound(62.5, 'nb')).toBe('62,5\u00a0%');
    expect(formatEffectBound(62.5, 'en')).toBe('62.5%');

    // Undo, step by step, gives back the document as it was.
    live.apply(b.inverse!);
    expect(measureOf(live).effectRange).toEqual({ low: 0.6, high: 1 });
    live.apply(a.inverse!);
    expect(JSON.stringify(live.doc)).toBe(before);
  });

  it('takes the Norwegian forms of a per cent; what the editor opens on reads back unchanged', () => {
    const live = new LiveScenario(example, 0);
    type(live, 'low', '62,5');
    expect(measureOf(live).effectRange?.low).toBeCloseTo(0.625, 12);
    // "1,2 %" is 1.2 per cent, below the plan: refused.
    expect(type(live, 'high', '1,2 %').refused).toMatch(/^Effekt høy må være fra 100/);
    expect(measureOf(live).effectRange?.high).toBe(1);
    type(live, 'high', '120 %');
    expect(measureOf(live).effectRange).toEqual({ low: 0.625, high: 1.2 });
    // The editor opens on the getter's number; unchanged, it changes nothing.
    expect(type(live, 'low', effectBoundPercent(measureOf(live), 'low'))).toEqual({ patches: [], inverse: [] });
    expect(type(live, 'high', String(effectBoundPercent(measureOf(live), 'high')))).toEqual({ patches: [], inverse: [] });
  });

  it('clearing both bounds (blank or 100 %) removes the range', () => {
    const live = new LiveScenario(example, 0);
    type(live, 'low', '70');
    type(live, 'high', '130');
    const a = type(live, 'low', '');
    expect(measureOf(live).effectRange).toEqual({ low: 1, high: 1.3 });
    const b = type(live, 'high', '100 %');
    expect(b.patches).toEqual([{ op: 'remove', path: ['measures', { id: ID }, 'effectRange'] }]);
    expect('effectRange' in measureOf(live)).toBe(false);
    expect(parseScenario(live.doc).ok).toBe(true);
    live.apply(b.inverse!);
    live.apply(a.inverse!);
    expect(measureOf(live).effectRange).toEqual({ low: 0.7, high: 1.3 });
    // Blank on a measure without a range changes nothing.
    const other = new LiveScenario(example, 0);
    expect(type(other, 'high', '  ')).toEqual({ patches: [], inverse: [] });
  });

  it('refuses a bound on the wrong side of the plan, past 300 %, or not a number, in Norwegian, changing nothing', () => {
    const live = new LiveScenario(example, 0);
    type(live, 'low', '80');
    const before = JSON.stringify(live.doc);
    expect(type(live, 'low', '120')).toEqual({ refused: 'Effekt lav må være fra 0\u00a0% til 100\u00a0% av planlagt effekt. Ingenting er endret.' });
    expect(type(live, 'low', '-5')).toEqual({ refused: 'Effekt lav må være fra 0\u00a0% til 100\u00a0% av planlagt effekt. Ingenting er endret.' });
    expect(type(live, 'high', '90')).toEqual({ refused: 'Effekt høy må være fra 100\u00a0% til 300\u00a0% av planlagt effekt. Ingenting er endret.' });
    expect(type(live, 'high', '301')).toEqual({ refused: 'Effekt høy må være fra 100\u00a0% til 300\u00a0% av planlagt effekt. Ingenting er endret.' });
    expect(type(live, 'high', 'mye')).toEqual({ refused: '«mye» er ikke et tall.' });
    expect(type(live, 'high', Number.NaN).refused).toMatch(/er ikke et tall/);
    expect(JSON.stringify(live.doc)).toBe(before);
    // The bounds themselves are allowed.
    type(live, 'low', '0');
    type(live, 'high', '300');
    expect(measureOf(live).effectRange).toEqual({ low: 0, high: 3 });
    expect(parseScenario(live.doc).ok).toBe(true);
  });
});
