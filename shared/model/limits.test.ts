// Every limit of the document refuses with a message a user can read, in both languages.
import { describe, expect, it } from 'vitest';
import { describeModelIssues, parseScenario, sampleScenario, type Scenario } from './index';
import { LIMITS } from './limits';

type Doc = Record<string, unknown> & Scenario;

function refusal(f: (s: Doc) => void, lang: 'nb' | 'en' = 'nb'): string[] {
  const s = structuredClone(sampleScenario()) as Doc;
  f(s);
  const r = parseScenario(s);
  return r.ok ? [] : describeModelIssues(r.issues, lang, r.input);
}

describe('limits', () => {
  it('years: 1 to 60', () => {
    expect(refusal((s) => (s.years = 0))).toHaveLength(1);
    expect(refusal((s) => (s.years = LIMITS.maxYears + 1))[0]).toMatch(/60/);
    expect(refusal((s) => (s.years = LIMITS.maxYears + 1), 'en')[0]).toMatch(/60/);
  });

  it('numbers: finite and within ±1e15', () => {
    expect(refusal((s) => (s.plan.savingsRequirement = [2e15]))).toHaveLength(1);
    expect(refusal((s) => (s.plan.savingsRequirement = [Number.NaN]))).toHaveLength(1);
    expect(refusal((s) => (s.plan.savingsRequirement = [Number.POSITIVE_INFINITY]))).toHaveLength(1);
    expect(refusal((s) => (s.plan.savingsRequirement = [1e15]))).toEqual([]);
  });

  it('formula length', () => {
    const line = (formula: string) => ({ id: 'x', kind: 'formula', section: 'resultat', name: 'x', label: 'X', unit: '1000 kr', view: 'oversikt', formula });
    expect(refusal((s) => (s.lines = [line('1 + '.repeat(2000) + '1')] as Scenario['lines']))[0]).toMatch(/4[\s\u00a0]?000/);
    expect(refusal((s) => (s.lines = [line('1 + 1')] as Scenario['lines']))).toEqual([]);
  });

  it('lines per scenario', () => {
    const many = Array.from({ length: LIMITS.maxCustomLines + 1 }, (_, i) => ({
      id: `l${i}`,
      kind: 'input',
      section: 'resultat',
      name: `l${i}`,
      label: `L${i}`,
      unit: '1000 kr',
      view: 'oversikt',
      values: [],
    }));
    const res = refusal((s) => (s.lines = many as Scenario['lines']));
    expect(res).toHaveLength(1);
    expect(res[0]).toMatch(/5[\s\u00a0]?000/);
  });
});
