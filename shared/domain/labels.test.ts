import { describe, expect, it } from 'vitest';
import { tCode } from '../i18n/index';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import { buildLines } from './buildLines';

describe('line labels', () => {
  it('every generated line has a label in Norwegian and English', () => {
    const s = sampleScenario();
    s.measures.push(
      { ...s.measures[0], id: 'fte', kind: 'increase', effect: { mode: 'fte', fte: 2, costPerFte: 700, startYear: 2024, startMonth: 1 } },
      { ...s.measures[0], id: 'eksplisitt', effect: { mode: 'explicit', fullYear: 20, perYear: [12] }, fteBasis: { fte: 1, costPerFte: 20 } },
    );
    s.assumptions.push({ id: 'rente', name: 'Rente', unit: 'andel', kind: 'scalar', value: 0.04 });
    s.fund.movements.push({ id: 'bruk', name: 'Bruk', values: [-1] });
    s.accounts.rows.push({ id: 'p05', code: 'P05', name: 'Mennesker', revisedBudget: [1], accounts: [1] });
    s.lines.push({ id: 'l', kind: 'input', section: 'resultat', name: 'egen', label: 'Egen', unit: '', view: 'oversikt', values: [] });
    const r = parseScenario(s);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    for (const lang of ['nb', 'en'] as const) {
      const { lines } = buildLines(r.value, { lang });
      const codes = new Set(lines.map((l) => l.meta.label.code));
      expect(codes.size).toBeGreaterThan(60);
      for (const l of lines) {
        expect(tCode(lang, l.meta.label.code), `${lang} ${l.key}`).not.toBe(l.meta.label.code);
        expect(l.label, l.key).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
