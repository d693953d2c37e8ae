import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import type { Scenario } from '../model/scenario';
import { buildLines } from './buildLines';
import { computeScenario } from './compute';
import { SWITCH_KEY } from './inputs';

function valid(s: Scenario): Scenario {
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('rammeoversikt', () => {
  it('sums the four base rows, the items, the measures and the demographic adjustment', () => {
    const c = computeScenario(valid(sampleScenario()));
    const v = (k: string) => Array.from(c.engine.values(k));
    // base rows: 100 − 10 (2024 only) + 5
    expect(v('p05.konsekvensjustert_ramme')).toEqual([95, 105, 105, 105]);
    expect(v('p05.tiltak')).toEqual([0, -6, -12, -12]);
    // sykehjem: 10 % of 1000…1300 eldre × 2 → cost 200, 220, 240, 260; change from 2024
    expect(v('p05.demografi')).toEqual([0, 20, 40, 60]);
    expect(v('p05.nye_tiltak')).toEqual([20, 15 - 6 + 20, 15 - 12 + 40, 15 - 12 + 60]);
    expect(v('p05.ramme')).toEqual([115, 134, 148, 168]);
    expect(v('resultat.sum_rammer')).toEqual(v('p05.ramme'));
  });

  it('leaves measures and demography out when the switch is off', () => {
    const c = computeScenario(valid(sampleScenario()));
    c.engine.setInputs(SWITCH_KEY, [0, 0, 0, 0]);
    expect(Array.from(c.engine.values('p05.ramme'))).toEqual([115, 120, 120, 120]);
  });

  it('gives the grid what it needs: view, group, order, style, label, source and unit', () => {
    const lines = buildLines(valid(sampleScenario())).lines.filter((l) => l.meta.view === 'rammer' && l.meta.group === 'P05');
    expect(lines.map((l) => l.key)).toEqual([
      'p05.opprinnelig_budsjett',
      'p05.vedtak_forrige_periode',
      'p05.budsjettendringer',
      'p05.lonns_og_prisvekst',
      'p05.konsekvensjustert_ramme',
      'p05.post.demografi',
      'p05.tiltak',
      'p05.demografi',
      'p05.nye_tiltak',
      'p05.ramme',
    ]);
    const orders = lines.map((l) => l.meta.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(lines[0]).toMatchObject({
      label: 'Opprinnelig budsjett',
      unit: '1000 kr',
      meta: { style: 'input', display: 'amount', source: { path: ['areas', { id: 'p05' }, 'frame', 'originalBudget'], kind: 'series' } },
    });
    expect(lines[4].meta.style).toBe('subtotal');
    expect(lines[9].meta.style).toBe('total');
    expect(lines[5].meta.source).toEqual({ path: ['areas', { id: 'p05' }, 'items', { id: 'demografi' }, 'values'], kind: 'series' });
  });

  it('labels in English on request', () => {
    const lines = buildLines(valid(sampleScenario()), { lang: 'en' }).lines;
    expect(lines.find((l) => l.key === 'p05.konsekvensjustert_ramme')?.label).toBe('Consequence-adjusted frame');
    expect(lines.find((l) => l.key === 'p05.konsekvensjustert_ramme')?.meta.label).toEqual({ code: 'line.area.consequenceAdjusted', params: {} });
  });

  it('builds a sound scenario without problems and every line computes', () => {
    const c = computeScenario(valid(sampleScenario()));
    expect(c.problems).toEqual([]);
    for (const l of c.lines) expect(c.engine.lineError(l.key), l.key).toBeUndefined();
  });
});
