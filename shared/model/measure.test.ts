// A measure's optional effect range: old files stay valid, a range survives writing and reading, and a range
// outside its bounds is refused with a message that says what the bound means, in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeModelIssues, parseScenario, parseScenarioFile, sampleScenario, serializeScenarioFile, type Scenario } from './index';
import { LIMITS } from './limits';
import { EFFECT_RANGE_BOUNDS } from './measure';

function withRange(range: unknown): Scenario {
  const s = structuredClone(sampleScenario());
  (s.measures[0] as Record<string, unknown>).effectRange = range;
  return s;
}

function refusal(range: unknown, lang: 'nb' | 'en' = 'nb'): string[] {
  const r = parseScenario(withRange(range));
  return r.ok ? [] : describeModelIssues(r.issues, lang, r.input);
}

describe('measure effect range', () => {
  it('is optional: the sample and the example files, which have none, stay valid', () => {
    expect(sampleScenario().measures.every((m) => m.effectRange === undefined)).toBe(true);
    expect(parseScenario(sampleScenario()).ok).toBe(true);
    for (const f of ['drammen-hop-2024-27.handlingsrom', 'balanse-2021.handlingsrom']) {
      const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples', f), 'utf8');
      expect(parseScenarioFile(text).ok, f).toBe(true);
    }
  });

  it('is written and read back unchanged', () => {
    const s = withRange({ low: 0.6, high: 1.1 });
    const r = parseScenarioFile(serializeScenarioFile(s, '0.1.0'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenario).toEqual(s);
    expect(r.value.scenario.measures[0].effectRange).toEqual({ low: 0.6, high: 1.1 });
  });

  it('accepts its bounds: 0 to 1 below the plan, 1 to the limit above it', () => {
    expect(EFFECT_RANGE_BOUNDS.high[1]).toBe(LIMITS.maxEffectShare);
    expect(refusal({ low: 0, high: LIMITS.maxEffectShare })).toEqual([]);
    expect(refusal({ low: 1, high: 1 })).toEqual([]);
  });

  it('refuses a bound on the wrong side of the plan or past the limit, naming the field and the interval', () => {
    const name = sampleScenario().measures[0].name;
    expect(refusal({ low: 1.2, high: 1.5 })).toEqual([
      `tiltak[1 «${name}»].effektspenn.lav: må være fra 0 til 1: den laveste realiserte effekten som andel av den planlagte (0,6 = 60 %)`,
    ]);
    expect(refusal({ low: -0.1, high: 1 })).toHaveLength(1);
    expect(refusal({ low: 0.5, high: 0.9 })[0]).toMatch(/effektspenn\.høy: må være fra 1 til 3: den høyeste/);
    expect(refusal({ low: 0.5, high: LIMITS.maxEffectShare + 0.01 })[0]).toMatch(/effektspenn\.høy: må være fra 1 til 3/);
    expect(refusal({ low: 1.2, high: 0.5 }, 'en')).toEqual([
      `measures[1 «${name}»].effect range.low: must be from 0 to 1: the lowest realised effect as a share of the planned one (0.6 = 60 %)`,
      `measures[1 «${name}»].effect range.high: must be from 1 to 3: the highest realised effect as a share of the planned one (1.1 = 110 %)`,
    ]);
  });

  it('refuses a range that is not two numbers', () => {
    expect(refusal({ low: 0.5 })[0]).toMatch(/effektspenn\.høy: mangler/);
    expect(refusal({ low: '0,5', high: 1 })[0]).toMatch(/effektspenn\.lav: må være et tall/);
    expect(refusal({ low: 0.5, high: 1, mode: 0.9 })[0]).toMatch(/effektspenn: har ukjente felt: «mode»/);
    expect(refusal([0.5, 1.2])[0]).toMatch(/effektspenn: må være et objekt/);
  });
});
