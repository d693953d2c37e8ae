// Engine.focus: recomputes narrowed to the lines some keys read, the rest caught up when the focus ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { LineSpec } from './types';

const YEARS = 4;

/** Measures tagged into a total, a result built on it, and totals nobody in the result reads. */
function lines(n: number): LineSpec[] {
  const out: LineSpec[] = [{ key: 'krav', input: [50, 60, 70, 80] }];
  for (let i = 0; i < n; i++) {
    out.push({ key: `m${i}.med`, input: Array(YEARS).fill(1) });
    out.push({ key: `m${i}.effekt`, input: Array(YEARS).fill(10 + i) });
    out.push({ key: `m${i}.innsparing`, formula: `m${i}.effekt * m${i}.med`, tags: ['sparing'] });
    out.push({ key: `m${i}.risiko`, formula: `m${i}.innsparing * 0.5`, tags: ['risiko'] });
  }
  out.push({ key: 'sum', formula: 'sumtag("sparing")' });
  out.push({ key: 'sum_risiko', formula: 'sumtag("risiko")' });
  out.push({ key: 'resultat', formula: 'max(krav - sum, 0) + sum' });
  out.push({ key: 'fond', formula: 'prev(fond, 1, 100) + resultat' });
  return out;
}

function engine(n: number): Engine {
  const e = new Engine({ firstYear: 2025, years: YEARS });
  e.load(lines(n));
  return e;
}

const all = (e: Engine) => e.keys().map((k) => [k, Array.from(e.values(k))]);

describe('Engine.focus', () => {
  it('keeps the focused lines exact, leaves the rest, and catches up when it ends', () => {
    const e = engine(6);
    const ref = engine(6);
    const stale = Array.from(e.values('sum_risiko'));
    e.focus(['resultat'], () => {
      for (let i = 0; i < 6; i++) {
        e.setInputs(`m${i}.med`, Array(YEARS).fill(i % 2));
        ref.setInputs(`m${i}.med`, Array(YEARS).fill(i % 2));
        for (const k of ['resultat', 'sum', `m${i}.innsparing`, `m${i}.med`]) expect(Array.from(e.values(k))).toEqual(Array.from(ref.values(k)));
        // Read by nothing in the focus: recomputed only at the end.
        expect(Array.from(e.values('sum_risiko'))).toEqual(stale);
        expect(Array.from(e.values('fond'))).toEqual(Array.from(engine(6).values('fond')));
      }
      // One measure's edit reaches its saving, the total and the result, not its risk line, the risk total or the
      // fund; m0 is off (med 0), so its saving stays 0 and the total and the result are not recomputed.
      e.setInput('m0.effekt', 2, 99);
      ref.setInput('m0.effekt', 2, 99);
      expect(e.lastRecompute().reached).toBe(4);
      expect(e.lastRecompute().lines).toBe(2);
    });
    expect(all(e)).toEqual(all(ref));
    expect(e.recompute()).toEqual([]);
  });

  it('catches up from the earliest year any put-off edit touched', () => {
    const e = engine(2);
    const ref = engine(2);
    e.focus(['sum'], () => {
      e.setInput('m0.effekt', 0, 1);
      e.setInput('m1.effekt', 3, 2);
    });
    ref.setInput('m0.effekt', 0, 1);
    ref.setInput('m1.effekt', 3, 2);
    expect(all(e)).toEqual(all(ref));
  });

  it('a focus inside another widens it to both lines', () => {
    const e = engine(3);
    const ref = engine(3);
    e.focus(['sum'], () => {
      e.setInputs('m1.med', Array(YEARS).fill(0));
      ref.setInputs('m1.med', Array(YEARS).fill(0));
      e.focus(['sum_risiko'], () => {
        expect(Array.from(e.values('sum_risiko'))).toEqual(Array.from(ref.values('sum_risiko')));
        e.setInputs('m2.med', Array(YEARS).fill(0));
        ref.setInputs('m2.med', Array(YEARS).fill(0));
        expect(Array.from(e.values('sum_risiko'))).toEqual(Array.from(ref.values('sum_risiko')));
      });
      expect(Array.from(e.values('sum'))).toEqual(Array.from(ref.values('sum')));
    });
    expect(all(e)).toEqual(all(ref));
  });

  it('ends and catches up when the body throws, and survives structural edits inside', () => {
    const e = engine(3);
    const ref = engine(3);
    expect(() =>
      e.focus(['resultat'], () => {
        e.upsertLine({ key: 'm9.innsparing', formula: '1000', tags: ['sparing', 'risiko'] });
        e.setInputs('m0.med', Array(YEARS).fill(0));
        expect(e.value('resultat', 0)).toBe(Math.max(50 - (1000 + 11 + 12), 0) + 1000 + 11 + 12);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    ref.upsertLine({ key: 'm9.innsparing', formula: '1000', tags: ['sparing', 'risiko'] });
    ref.setInputs('m0.med', Array(YEARS).fill(0));
    expect(all(e)).toEqual(all(ref));
  });

  it('inside a batch the edits wait for the batch, narrowed, and the rest for the focus', () => {
    const e = engine(4);
    const ref = engine(4);
    e.focus(['sum'], () => {
      e.batch(() => {
        e.setInputs('m0.med', Array(YEARS).fill(0));
        e.setInputs('m3.med', Array(YEARS).fill(0));
      });
      ref.batch(() => {
        ref.setInputs('m0.med', Array(YEARS).fill(0));
        ref.setInputs('m3.med', Array(YEARS).fill(0));
      });
      expect(Array.from(e.values('sum'))).toEqual(Array.from(ref.values('sum')));
    });
    expect(all(e)).toEqual(all(ref));
  });

  it('random edits under a random focus give exactly the values of unfocused edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('resultat', 'sum', 'sum_risiko', 'fond', 'm1.risiko', 'nope'), { maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(4), fc.nat(YEARS - 1), fc.integer({ min: -5, max: 50 })), { minLength: 1, maxLength: 12 }),
        (keys, edits) => {
          const e = engine(5);
          const ref = engine(5);
          e.focus(keys, () => {
            for (const [i, y, v] of edits) {
              const key = v % 2 === 0 ? `m${i}.med` : `m${i}.effekt`;
              e.setInput(key, y, v);
              ref.setInput(key, y, v);
              for (const k of keys) if (k !== 'nope') expect(Array.from(e.values(k))).toEqual(Array.from(ref.values(k)));
            }
          });
          expect(all(e)).toEqual(all(ref));
        },
      ),
      { numRuns: 60, seed: 10 },
    );
  });
});
