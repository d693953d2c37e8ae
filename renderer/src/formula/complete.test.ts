import { describe, expect, it } from 'vitest';
import { accept, suggest, wordAt } from './complete';

const names = [
  { key: 'p05.ramme', label: 'Ramme' },
  { key: 'p05.vikarbruk_paa_sykehjem', label: 'Vikarbruk på sykehjem' },
  { key: 'forutsetning.prisvekst', label: 'Prisvekst (kommunal deflator)' },
  { key: 'tiltak.stram_styring.innsparing', label: 'Stram styring: innsparing' },
  { key: 'p07.ramme', label: 'Ramme' },
];

describe('formula completion', () => {
  it('finds the word at the caret, not in a number, a quoted tag or a comment', () => {
    expect(wordAt('p05.ramme * vik', 15)).toEqual({ start: 12, end: 15, text: 'vik' });
    expect(wordAt('2 * sykeh', 9)?.text).toBe('sykeh');
    expect(wordAt('x + 12.5', 8)).toBeNull();
    expect(wordAt('sumtag("p05', 11)).toBeNull();
    expect(wordAt('a # komm', 8)).toBeNull();
    expect(wordAt('a + ', 4)).toBeNull();
  });

  it('matches keys and labels, Norwegian letters too, best first', () => {
    expect(suggest('p05.r', names).map((n) => n.key)).toEqual(['p05.ramme']);
    expect(suggest('vikar', names).map((n) => n.key)).toEqual(['p05.vikarbruk_paa_sykehjem']);
    expect(suggest('sykehjem', names).map((n) => n.key)).toEqual(['p05.vikarbruk_paa_sykehjem']);
    expect(suggest('på', names)[0].key).toBe('p05.vikarbruk_paa_sykehjem');
    expect(suggest('deflator', names).map((n) => n.key)).toEqual(['forutsetning.prisvekst']);
    expect(suggest('ramme', names).map((n) => n.key)).toEqual(['p05.ramme', 'p07.ramme']);
    expect(suggest('', names)).toEqual([]);
    expect(suggest('x', names, 2)).toHaveLength(0);
  });

  it('writes the key in place of the word', () => {
    const text = 'p05.ramme * vik + 1';
    expect(accept(text, wordAt(text, 15)!, 'p05.vikarbruk_paa_sykehjem')).toEqual({ text: 'p05.ramme * p05.vikarbruk_paa_sykehjem + 1', caret: 38 });
  });
});
