import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tCode } from '../i18n/index';
import { parseKostra } from '../imports/kostra/parse';
import { blankScenario } from '../model/blank';
import { parseScenario } from '../model/file';
import type { Kostra } from '../model/kostra';
import type { Scenario } from '../model/scenario';
import { buildLines } from './buildLines';
import { computeScenario } from './compute';
import { KOSTRA_TOTAL_DEARER_KEY, KOSTRA_TOTAL_KEY, kostraPotentials } from './kostra';

/** The sample file's comparison (Drammen against KOSTRA group 12, pleie og omsorg 2020), as the import makes it. */
function sampleComparison(): Kostra {
  const bytes = new Uint8Array(readFileSync(new URL('../imports/samples/kostra-pleie-og-omsorg-2020.csv', import.meta.url)));
  const r = parseKostra(bytes);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const ids = ['institusjon', 'hjemmetjenester', 'omsorgsboliger', 'dagaktivitet'];
  return {
    peerGroup: 'KOSTRA-gruppe 12',
    costUnit: 'kr',
    year: 2020,
    services: r.services.map((s, i) => ({
      id: ids[i],
      name: s.service,
      unit: s.unit ?? '',
      ownUnitCost: s.own,
      peerUnitCost: s.peer,
      volume: s.volume,
    })),
  };
}

function scenario(kostra: Kostra | undefined): Scenario {
  const s = blankScenario({ id: 's', name: 'KOSTRA', firstYear: 2024, years: 4 });
  if (kostra) s.kostra = kostra;
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const first = (s: Scenario, key: string): number => computeScenario(s).engine.value(key, 0);

describe('KOSTRA lines', () => {
  it('give the consultant analysis: about 112 mill. kr below KOSTRA group 12 in total, 91 mill. in institutions', () => {
    const c = computeScenario(scenario(sampleComparison()));
    const v = (key: string) => Array.from(c.engine.values(key));
    expect(v('kostra.institusjon.differanse')).toEqual([130_000, 130_000, 130_000, 130_000]);
    expect(v('kostra.institusjon.potensial')).toEqual([91_000, 91_000, 91_000, 91_000]);
    expect(v('kostra.hjemmetjenester.potensial')[0]).toBe(-171_050);
    expect(v('kostra.omsorgsboliger.potensial')[0]).toBe(-32_200);
    expect(v('kostra.dagaktivitet.potensial')[0]).toBe(450);
    // 1000 kr: the parser's −111 800 000 kr and 91 450 000 kr.
    expect(v(KOSTRA_TOTAL_KEY)[0]).toBe(-111_800);
    expect(v(KOSTRA_TOTAL_DEARER_KEY)[0]).toBe(91_450);
    expect(c.problems).toEqual([]);
    expect(c.findings).toEqual([]);
  });

  it('agree with kostraPotentials and with the import’s own arithmetic', () => {
    const k = sampleComparison();
    const c = computeScenario(scenario(k));
    const p = kostraPotentials(k);
    for (const s of p.services) expect(c.engine.value(`kostra.${s.id}.potensial`, 0)).toBe(s.potential);
    expect(p.total).toBe(c.engine.value(KOSTRA_TOTAL_KEY, 0));
    expect(p.totalDearer).toBe(c.engine.value(KOSTRA_TOTAL_DEARER_KEY, 0));
    expect(p.total * 1000).toBe(-111_800_000);
  });

  it('take unit costs in 1000 kr as they are', () => {
    const k = sampleComparison();
    k.costUnit = '1000 kr';
    k.services = k.services.map((s) => ({ ...s, ownUnitCost: s.ownUnitCost / 1000, peerUnitCost: s.peerUnitCost / 1000 }));
    const s = scenario(k);
    expect(first(s, 'kostra.institusjon.potensial')).toBe(91_000);
    expect(first(s, KOSTRA_TOTAL_KEY)).toBe(-111_800);
    expect(kostraPotentials(k).total).toBe(-111_800);
  });

  it('are inputs that edit the document, with labels that name the service and the peer group', () => {
    const built = buildLines(scenario(sampleComparison()));
    const line = (key: string) => built.lines.find((l) => l.key === key)!;
    expect(line('kostra.institusjon.enhetskostnad').meta.source).toEqual({ path: ['kostra', 'services', { id: 'institusjon' }, 'ownUnitCost'], kind: 'scalar' });
    expect(line('kostra.institusjon.enhetskostnad_sammenligning').meta.source?.path.at(-1)).toBe('peerUnitCost');
    expect(line('kostra.institusjon.volum').meta.source?.path.at(-1)).toBe('volume');
    expect(line('kostra.institusjon.enhetskostnad_sammenligning').label).toBe(
      'Enhetskostnad KOSTRA-gruppe 12 (kr) – Institusjon, korrigerte brutto driftsutgifter per kommunal plass',
    );
    expect(line('kostra.institusjon.volum').label).toBe('Volum (plasser) – Institusjon, korrigerte brutto driftsutgifter per kommunal plass');
    // A heading per service, then the totals.
    expect([...new Set(built.lines.filter((l) => l.meta.view === 'kostra').map((l) => l.meta.group))]).toEqual([
      'Institusjon, korrigerte brutto driftsutgifter per kommunal plass',
      'Hjemmetjenester, korrigerte brutto driftsutgifter per mottaker',
      'Omsorgsboliger med heldøgns bemanning, utgifter per bolig',
      'Dagaktivitetstilbud, utgifter per plass',
      'kostra_sum',
    ]);
    expect(line(KOSTRA_TOTAL_KEY).label).toBe('Teoretisk innsparingspotensial i alt, netto (mot KOSTRA-gruppe 12)');
    expect(built.lines.filter((l) => l.key.startsWith('kostra.')).every((l) => l.meta.view === 'kostra')).toBe(true);
    expect(buildLines(scenario(sampleComparison()), { lang: 'en' }).lines.find((l) => l.key === KOSTRA_TOTAL_DEARER_KEY)?.label).toBe(
      'Theoretical savings potential in the services dearer than KOSTRA-gruppe 12',
    );
  });

  it('have labels in both languages, also for a service without a volume unit', () => {
    const k = sampleComparison();
    k.services[3].unit = '';
    for (const lang of ['nb', 'en'] as const) {
      const lines = buildLines(scenario(k), { lang }).lines.filter((l) => l.meta.view === 'kostra');
      expect(lines).toHaveLength(4 * 5 + 2);
      for (const l of lines) {
        expect(tCode(lang, l.meta.label.code), `${lang} ${l.key}`).not.toBe(l.meta.label.code);
        expect(l.label, l.key).not.toMatch(/\{\w+\}|\(\)/);
      }
    }
  });

  it('are explained down to the inputs', () => {
    const c = computeScenario(scenario(sampleComparison()));
    const total = c.engine.explain(KOSTRA_TOTAL_DEARER_KEY, 0, 4);
    expect(total.formula).toContain('max(0, kostra.institusjon.potensial)');
    expect(total.inputs.map((n) => [n.key, n.value])).toEqual([
      ['kostra.institusjon.potensial', 91_000],
      ['kostra.hjemmetjenester.potensial', -171_050],
      ['kostra.omsorgsboliger.potensial', -32_200],
      ['kostra.dagaktivitet.potensial', 450],
    ]);
    const potential = total.inputs[0];
    expect(potential.formula).toBe('kostra.institusjon.differanse * kostra.institusjon.volum / 1000');
    expect(potential.inputs.map((n) => [n.key, n.value])).toEqual([
      ['kostra.institusjon.differanse', 130_000],
      ['kostra.institusjon.volum', 700],
    ]);
    expect(potential.inputs[0].inputs.map((n) => n.key)).toEqual(['kostra.institusjon.enhetskostnad', 'kostra.institusjon.enhetskostnad_sammenligning']);
  });

  it('are absent without a comparison; an empty comparison has totals of 0', () => {
    expect(buildLines(scenario(undefined)).lines.some((l) => l.meta.view === 'kostra')).toBe(false);
    const empty = scenario({ peerGroup: 'ASSS-snitt', costUnit: 'kr', year: 2023, services: [] });
    expect(first(empty, KOSTRA_TOTAL_KEY)).toBe(0);
    expect(first(empty, KOSTRA_TOTAL_DEARER_KEY)).toBe(0);
  });

  it('build and compute the largest comparison the schema allows', () => {
    const services = Array.from({ length: 500 }, (_, i) => ({
      id: `tjeneste_${i}`,
      name: `Tjeneste ${i}`,
      unit: 'brukere',
      ownUnitCost: 1000 + i,
      peerUnitCost: 1000,
      volume: 10,
    }));
    const s = scenario({ peerGroup: 'ASSS-snitt', costUnit: 'kr', year: 2023, services });
    // Σ i × 10 / 1000 for i = 0 … 499.
    expect(first(s, KOSTRA_TOTAL_DEARER_KEY)).toBeCloseTo((499 * 500) / 2 / 100, 9);
  });
});
