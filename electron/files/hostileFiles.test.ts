// Files built to hurt: a formula whose cost is exponential in its nesting, characters that break the exported XML.
// Each is refused at import with a message that names the place, in milliseconds, and nothing is written.
import { describe, expect, it } from 'vitest';
import { checkFormulaText, MAX_GROWTH_NESTING } from '../../shared/engine/check';
import { tCode } from '../../shared/i18n';
import { sampleScenario } from '../service/testing';
import { exportHandlingsrom } from './handlingsromFile';
import { badCharIn } from './badText';
import { readScenarioFile } from './readScenarioFile';

/** A file whose scenario has one user formula line. */
function fileWithFormula(formula: string): string {
  const doc = sampleScenario('Vekst');
  const line = { id: 'l1', section: 'egen', name: 'vekst', label: 'Vekst', unit: '1000 kr', view: 'oversikt', kind: 'formula', formula };
  return exportHandlingsrom({ ...doc, lines: [...(doc.lines ?? []), line] } as typeof doc).content;
}

const nested = (depth: number) => 'index('.repeat(depth) + '0.01' + ')'.repeat(depth);

describe('a formula that would take exponential time', () => {
  it('is refused when checked, with a message that says what to do, at any depth past the bound', () => {
    expect(checkFormulaText(nested(MAX_GROWTH_NESTING)).ok).toBe(true);
    expect(checkFormulaText(`grow(100, index(0.02) - 1)`).ok).toBe(true);
    for (const f of [nested(MAX_GROWTH_NESTING + 1), nested(8), `grow(1, grow(1, index(0.01)))`, `1 + index(2 * index(index(0.1)))`]) {
      const checked = checkFormulaText(f);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(tCode('nb', checked.error.code, checked.error.params)).toContain('index() og grow() kan ligge inni hverandre i høyst 2 nivåer');
    }
    // grow's base is read once per year: nesting there costs nothing extra.
    expect(checkFormulaText(`grow(grow(grow(1, 0.1), 0.1), 0.1)`).ok).toBe(true);
  });

  it('in a file: import refuses it at once, naming the line', () => {
    const started = performance.now();
    const res = readScenarioFile(fileWithFormula(nested(8)));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('file.formulaError');
      expect(tCode('nb', res.error.code, res.error.params)).toMatch(/linjen «.*vekst».*index\(\) og grow\(\)/);
    }
    // Not a timing assertion on speed, a bound that tells "refused" from "computed for minutes".
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(readScenarioFile(fileWithFormula(nested(2))).ok).toBe(true);
  });
});

describe('characters that cannot be stored or exported', () => {
  it('are found: NUL, lone surrogates, noncharacters; real astral characters pass', () => {
    expect(badCharIn('Plan 😀 æøå')).toBeNull();
    expect(badCharIn('a\u0000b')).toEqual({ index: 2, code: 0 });
    expect(badCharIn('ab\ud800')).toEqual({ index: 3, code: 0xd800 });
    expect(badCharIn('\udc00')).toEqual({ index: 1, code: 0xdc00 });
    expect(badCharIn('x\uffff')).toEqual({ index: 2, code: 0xffff });
    expect(badCharIn('\ufffe')).toEqual({ index: 1, code: 0xfffe });
    expect(badCharIn('\ufdd0')).toEqual({ index: 1, code: 0xfdd0 });
    expect(badCharIn('\ud83f\udffe')).toEqual({ index: 1, code: 0x1fffe });
  });

  it('are refused at import with a message naming the field', () => {
    const doc = sampleScenario('Plan\uffff');
    const res = readScenarioFile(exportHandlingsrom(doc).content);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(tCode('nb', res.error.code, res.error.params)).toBe('Teksten ved /scenario/name inneholder et tegn som ikke kan lagres (U+FFFF, tegn nr. 5). Fjern tegnet i filen og prøv igjen.');
    const lone = JSON.stringify(JSON.parse(exportHandlingsrom(sampleScenario('Plan')).content)).replace('"Plan"', '"Pl\\ud800an"');
    const res2 = readScenarioFile(lone);
    expect(res2.ok ? '' : res2.error.params.path).toBe('/scenario/name');
    const nul = JSON.stringify(JSON.parse(exportHandlingsrom(sampleScenario('Plan')).content)).replace('"Plan"', '"Plan\\u0000"');
    expect(readScenarioFile(nul).ok).toBe(false);
  });
});

describe('messages about huge input', () => {
  it('are cut, and say how much was left out', () => {
    const file = JSON.parse(exportHandlingsrom(sampleScenario('Plan')).content);
    file.scenario['k'.repeat(2_000_000)] = 1;
    const content = JSON.stringify(file);
    const res = readScenarioFile(content);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const text = tCode('nb', res.error.code, res.error.params);
    expect(text.length).toBeLessThan(3000);
    expect(text).toMatch(/… \(\d[\d ]* tegn til er utelatt\)/);
  });

  it('naming a long cycle are cut too', () => {
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, section: 'egen', name: `l${i}`, label: `L${i}`, unit: '1000 kr', view: 'oversikt', kind: 'formula', formula: `egen.l${(i + 1) % n} + 1` }));
    const doc = sampleScenario('Sirkel');
    const res = readScenarioFile(exportHandlingsrom({ ...doc, lines } as typeof doc).content);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const text = tCode('nb', res.error.code, res.error.params);
    expect(text.length).toBeLessThan(3000);
    expect(text).toContain('tegn til er utelatt');
  });
});
