import { describe, expect, it } from 'vitest';
import { translateMessage } from '../model/issues';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import type { Scenario } from '../model/scenario';
import { computeScenario } from './compute';
import { SWITCH_KEY } from './inputs';
import { reconcile } from './reconcile';

function valid(edit: (s: Scenario) => void): Scenario {
  const s = sampleScenario();
  edit(s);
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('reconciliation', () => {
  it('flags a printed total that differs from its rows by more than ±1 per term, and only that', () => {
    // Computed without measures and demography: kjr 95, 105, 105, 105; nye tiltak 20, 15, 15, 15; ramme 115, 120, 120, 120.
    const s = valid((x) => {
      x.areas[0].stated = {
        consequenceAdjusted: [99, 109, 110, null], // 4 terms: 99 and 109 are within ±4, 110 is not
        newMeasuresAndChanges: [20, 15, 15, 16],
        frame: [115, 126, 120, 120],
      };
    });
    const c = computeScenario(s);
    expect(c.findings.map((f) => [f.key, f.year, f.stated, f.computed])).toEqual([
      ['p05.konsekvensjustert_ramme', 2026, 110, 105],
      ['p05.ramme', 2025, 126, 120],
    ]);
    expect(translateMessage(c.findings[1].message.code, c.findings[1].message.params, 'nb')).toBe(
      'p05.ramme (Ramme), 2025: trykt 126, beregnet 120 (differanse −6).',
    );
  });

  it('compares with the document: the scenario’s measures and demography do not make findings', () => {
    const s = valid((x) => (x.areas[0].stated = { frame: [115, 120, 120, 120] }));
    const c = computeScenario(s);
    expect(c.engine.value('p05.ramme', 1)).not.toBe(120); // the scenario moves the frame …
    expect(c.findings).toEqual([]); // … but the printed frame is the document's own sum
  });

  it('leaves the engine as it found it', () => {
    const s = valid((x) => (x.areas[0].stated = { frame: [1, 1, 1, 1] }));
    const c = computeScenario(s);
    const before = Array.from(c.engine.values('p05.ramme'));
    expect(reconcile(c.engine, c.lines)).toHaveLength(4);
    expect(Array.from(c.engine.values(SWITCH_KEY))).toEqual([1, 1, 1, 1]);
    expect(Array.from(c.engine.values('p05.ramme'))).toEqual(before);
  });

  it('percentages: within half the printed precision is no finding', () => {
    const s = valid((x) => {
      x.investments = [];
      x.plan.grossOperatingRevenue = [1000, 1000, 1000, 1000];
      x.plan.centralRevenues = [131.5, 130, 130, 130]; // result without measures: 16.5 (1.65 %, exactly at the tolerance), 10 (1 %)
      x.plan.stated = { resultatgrad: [0.017, 0.011, null, null] };
    });
    const c = computeScenario(s);
    const grade = c.findings.filter((f) => f.key === 'resultat.resultatgrad');
    expect(grade.map((f) => f.year)).toEqual([2025]);
    expect(translateMessage(grade[0].message.code, grade[0].message.params, 'nb')).toBe(
      'resultat.resultatgrad (Resultatgrad), 2025: trykt 1,1 %, beregnet 1 % (differanse −0,1 prosentpoeng).',
    );
  });

  it('a printed total whose line cannot be computed is a finding too', () => {
    const s = valid((x) => {
      x.lines.push({ id: 'l', kind: 'formula', section: 'p05', name: 'feil', label: 'Feil', unit: '1000 kr', view: 'rammer', formula: '1 / 0', tags: ['p05.post'] });
      x.areas[0].stated = { newMeasuresAndChanges: [20] };
    });
    const c = computeScenario(s);
    expect(c.findings.map((f) => [f.key, f.year, f.computed, f.message.code])).toEqual([['p05.nye_tiltak', 2024, null, 'domain.finding.error']]);
  });
});
