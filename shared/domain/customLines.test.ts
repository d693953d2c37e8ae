import { describe, expect, it } from 'vitest';
import type { CustomLine } from '../model/customLine';
import { parseScenario } from '../model/file';
import { sampleScenario } from '../model/sample';
import { buildLines } from './buildLines';
import { computeScenario } from './compute';

function build(lines: CustomLine[]) {
  const s = sampleScenario();
  s.lines = lines;
  const r = parseScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base = { label: 'Egen', unit: '1000 kr', view: 'rammer' as const };

describe('user lines', () => {
  it('an input line and a formula line, in any section, computed with the rest', () => {
    const s = build([
      { ...base, id: 'a', kind: 'input', section: 'p05', name: 'vikarer', values: [1, 2, 3, 4], tags: ['p05.post'] },
      { ...base, id: 'b', kind: 'formula', section: 'resultat', name: 'dobbel', view: 'oversikt', formula: '2 * p05.vikarer' },
    ]);
    const c = computeScenario(s);
    expect(Array.from(c.engine.values('resultat.dobbel'))).toEqual([2, 4, 6, 8]);
    // tagged as an item of P05, it joins "nye tiltak og realendringer"
    expect(c.engine.value('p05.nye_tiltak', 0)).toBe(21);
    const a = c.lines.find((l) => l.key === 'p05.vikarer');
    expect(a?.meta).toMatchObject({ custom: true, group: 'P05', style: 'input', source: { path: ['lines', { id: 'a' }, 'values'], kind: 'series' } });
  });

  it('sits after the line it names, in the order of the list; otherwise at the end of its group', () => {
    const s = build([
      { ...base, id: 'a', kind: 'input', section: 'p05', name: 'forst', values: [], after: 'p05.konsekvensjustert_ramme' },
      { ...base, id: 'b', kind: 'input', section: 'p05', name: 'andre', values: [], after: 'p05.konsekvensjustert_ramme' },
      { ...base, id: 'c', kind: 'input', section: 'p05', name: 'sist', values: [] },
    ]);
    const order = buildLines(s)
      .lines.filter((l) => l.meta.view === 'rammer' && l.meta.group === 'P05')
      .sort((x, y) => x.meta.order - y.meta.order)
      .map((l) => l.key);
    expect(order.slice(4, 7)).toEqual(['p05.konsekvensjustert_ramme', 'p05.forst', 'p05.andre']);
    expect(order[order.length - 1]).toBe('p05.sist');
  });

  it('a user line may not take the key of a generated line: it is left out and reported', () => {
    const s = build([{ ...base, id: 'a', kind: 'input', section: 'p05', name: 'ramme', values: [] }]);
    const built = buildLines(s);
    expect(built.problems).toEqual([{ code: 'domain.duplicateKey', params: { key: 'p05.ramme' } }]);
    expect(built.lines.filter((l) => l.key === 'p05.ramme')).toHaveLength(1);
    expect(built.lines.find((l) => l.key === 'p05.ramme')?.meta.custom).toBeUndefined();
  });

  it('an unknown anchor is reported and the line placed last', () => {
    const built = buildLines(build([{ ...base, id: 'a', kind: 'input', section: 'p05', name: 'x', values: [], after: 'p05.finnes_ikke' }]));
    expect(built.problems).toEqual([{ code: 'domain.unknownAfter', params: { key: 'p05.x', after: 'p05.finnes_ikke' } }]);
    expect(built.lines.some((l) => l.key === 'p05.x')).toBe(true);
  });

  it('a formula that does not compile is an error value of that line, not a crash', () => {
    const c = computeScenario(build([{ ...base, id: 'a', kind: 'formula', section: 'p05', name: 'x', formula: 'p05.rame + 1' }]));
    expect(c.engine.lineError('p05.x')).toEqual({ code: 'engine.unknownNameSuggest', params: { name: 'p05.rame', suggestion: 'p05.ramme' } });
    expect(c.engine.value('p05.ramme', 0)).toBe(115);
  });
});
