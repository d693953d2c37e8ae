// Properties: the parser never throws (nor fails inside: an internal error would hide a bug behind a message), and
// what is written as an SSB table reads back as the same numbers whatever the separator, quoting and layout.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePopulation } from './parse';
import type { PopulationResult } from './types';

function survives(run: () => PopulationResult): void {
  let result: PopulationResult | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  expect(result).toBeDefined();
  if (result && !result.ok) expect(result.errors.map((e) => e.code)).not.toContain('imports.internalError');
}

const sampleHead = readFileSync(new URL('../samples/ssb-14288-drammen-mmmm.csv', import.meta.url), 'utf8').split(/\r?\n/).slice(0, 12).join('\r\n');
const jsonSample = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  id: ['Region', 'Kjonn', 'Alder', 'Tid'],
  size: [1, 2, 2, 1],
  role: { time: ['Tid'], geo: ['Region'] },
  dimension: {
    Region: { label: 'region', category: { index: { '3005': 0 }, label: { '3005': 'Drammen' } } },
    Kjonn: { label: 'kjønn', category: { index: { '1': 0, '2': 1 }, label: { '1': 'Menn', '2': 'Kvinner' } } },
    Alder: { label: 'alder', category: { index: { '000': 0, '105+': 1 }, label: { '000': '0 år', '105+': '105 år eller eldre' } } },
    Tid: { label: 'år', category: { index: { '2024': 0 } } },
  },
  value: [561, 1, 512, 2],
});

/** Random edits of a text: characters deleted, replaced or inserted, from those that matter to CSV and JSON. */
const mutated = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('delete', 'replace', 'insert'),
        char: fc.constantFrom('"', ';', ',', '\t', '\n', '\r', '0', '9', '-', '+', '.', ' ', 'å', '{', '}', '[', ']', ':', '\u00a0'),
      }),
      { maxLength: 12 },
    )
    .map((edits) => {
      let s = text;
      for (const e of edits) {
        const i = e.at % (s.length + 1);
        if (e.kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
        else if (e.kind === 'replace') s = s.slice(0, i) + e.char + s.slice(i + 1);
        else s = s.slice(0, i) + e.char + s.slice(i);
      }
      return s;
    });

describe('parsePopulation never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => survives(() => parsePopulation(s))), { numRuns: 500 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => survives(() => parsePopulation(b))), { numRuns: 500 });
  });

  it('on text made of CSV punctuation, digits and age words', () => {
    const piece = fc.constantFrom('"', ';', ',', '\n', '\r\n', '0', '12', '2024', ' år', '-', '..', 'Menn', 'Kvinner', 'alder', 'region', '3005 Drammen', 'eller eldre', '(MMMM)');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => survives(() => parsePopulation(parts.join('')))), { numRuns: 500 });
  });

  it('on damaged copies of the 14288 sample and of a JSON-stat dataset', () => {
    fc.assert(fc.property(mutated(sampleHead), (s) => survives(() => parsePopulation(s))), { numRuns: 300 });
    fc.assert(fc.property(mutated(jsonSample), (s) => survives(() => parsePopulation(s))), { numRuns: 300 });
  });

  it('on JSON of arbitrary shape', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => survives(() => parsePopulation(JSON.stringify(v) ?? 'null'))), { numRuns: 300 });
  });
});

describe('a table written as SSB writes it reads back the same', () => {
  const table = fc.record({
    firstYear: fc.integer({ min: 2000, max: 2090 }),
    years: fc.integer({ min: 1, max: 6 }),
    ages: fc.integer({ min: 1, max: 12 }),
    seed: fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 2 * 12 * 6, maxLength: 2 * 12 * 6 }),
    separator: fc.constantFrom(';', ',', '\t'),
    quoted: fc.boolean(),
    title: fc.boolean(),
    long: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n'),
  });

  it('in wide and long layout, with any separator, quoting and title line', () => {
    fc.assert(
      fc.property(table, (tb) => {
        const q = (s: string) => (tb.quoted ? `"${s}"` : s);
        const years = Array.from({ length: tb.years }, (_, i) => tb.firstYear + i);
        const ageLabel = (a: number) => (a === tb.ages - 1 ? `${a} år eller eldre` : `${a} år`);
        const value = (sex: number, a: number, y: number) => tb.seed[(sex * 12 + a) * 6 + y];
        // The title holds commas: quoted when they separate (as any CSV writer does), bare otherwise (as Excel does).
        const title = '14288: Framskrevet folkemengde 1. januar, etter region, kjønn, alder';
        const lines: string[] = tb.title ? [tb.quoted || tb.separator === ',' ? `"${title}"` : title, ''] : [];
        if (tb.long) {
          lines.push(['region', 'kjønn', 'alder', 'år', 'Hovedalternativet (MMMM)'].map(q).join(tb.separator));
          ['Menn', 'Kvinner'].forEach((sex, s) => {
            for (let a = 0; a < tb.ages; a++) {
              years.forEach((year, y) => lines.push([q('3005 Drammen'), q(sex), q(ageLabel(a)), q(String(year)), String(value(s, a, y))].join(tb.separator)));
            }
          });
        } else {
          lines.push(['region', 'kjønn', 'alder', ...years.map((y) => `Hovedalternativet (MMMM) ${y}`)].map(q).join(tb.separator));
          ['Menn', 'Kvinner'].forEach((sex, s) => {
            for (let a = 0; a < tb.ages; a++) {
              lines.push([q('3005 Drammen'), q(sex), q(ageLabel(a)), ...years.map((_, y) => String(value(s, a, y)))].join(tb.separator));
            }
          });
        }
        const r = parsePopulation(lines.join(tb.newline) + tb.newline);
        expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
        if (!r.ok) return;
        expect(r.years).toEqual(years);
        expect(r.ages.map((a) => a.label)).toEqual(Array.from({ length: tb.ages }, (_, a) => ageLabel(a)));
        expect(r.ages[tb.ages - 1].toAge).toBeNull();
        expect(r.values).toEqual(Array.from({ length: tb.ages }, (_, a) => years.map((_, y) => value(0, a, y) + value(1, a, y))));
      }),
      { numRuns: 200 },
    );
  });
});
