// Every bad file is refused with a message that names where the problem is, in both languages.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tCode } from '../../i18n/index';
import { issueText, type ImportIssue } from '../issues';
import { MAX_IMPORT_BYTES } from '../limits';
import { parsePopulation } from './parse';
import type { PopulationResult } from './types';

const bad = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../samples/bad/${name}`, import.meta.url)));

function errorsOf(result: PopulationResult): ImportIssue[] {
  if (result.ok) throw new Error('expected the import to fail');
  for (const e of result.errors) {
    for (const lang of ['nb', 'en'] as const) expect(tCode(lang, e.code), `${lang} text for ${e.code}`).not.toBe(e.code);
  }
  return result.errors;
}

describe('bad population files', () => {
  it('wrong separators: the header uses ; and the data ,', () => {
    expect(errorsOf(parsePopulation(bad('wrong-separator.csv')))).toEqual([
      { line: 1, code: 'imports.mixedSeparators', params: { found: ';', expected: ',' } },
    ]);
  });

  it('no separator it knows (|)', () => {
    expect(errorsOf(parsePopulation(bad('no-separator.csv')))).toEqual([{ line: 1, code: 'imports.noSeparator', params: {} }]);
  });

  it('text in a number cell, named by line, column and header', () => {
    const errors = errorsOf(parsePopulation(bad('text-in-number.csv')));
    expect(errors).toEqual([
      { line: 3, column: 4, columnName: 'Hovedalternativet (MMMM) 2024', code: 'format.notANumber', params: { text: 'ca. 560' } },
    ]);
    expect(issueText('nb', errors[0])).toBe('Linje 3, kolonne 4 («Hovedalternativet (MMMM) 2024»): «ca. 560» er ikke et tall.');
    expect(issueText('en', errors[0])).toBe('Line 3, column 4 (“Hovedalternativet (MMMM) 2024”): “ca. 560” is not a number.');
  });

  it("SSB's symbol for a missing number", () => {
    expect(errorsOf(parsePopulation(bad('ssb-symbol.csv')))).toEqual([
      { line: 2, column: 5, columnName: 'Hovedalternativet (MMMM) 2025', code: 'imports.ssb.symbol', params: { text: '..' } },
    ]);
  });

  it('a missing age column', () => {
    expect(errorsOf(parsePopulation(bad('missing-age-column.csv')))).toEqual([{ line: 1, code: 'imports.ssb.missingAge', params: {} }]);
  });

  it('an age label it does not know', () => {
    expect(errorsOf(parsePopulation(bad('unknown-age.csv')))).toEqual([
      { line: 3, column: 3, columnName: 'alder', code: 'imports.ssb.unknownAge', params: { text: 'nyfødte' } },
    ]);
  });

  it('an empty file', () => {
    expect(errorsOf(parsePopulation(bad('empty.csv')))).toEqual([{ line: 0, code: 'imports.empty', params: {} }]);
    expect(errorsOf(parsePopulation(' \r\n\r\n'))).toEqual([{ line: 0, code: 'imports.empty', params: {} }]);
  });

  it('numbers for one sex only', () => {
    expect(errorsOf(parsePopulation(bad('one-sex-only.csv')))).toEqual([
      { line: 0, code: 'imports.ssb.oneSexOnly', params: { sex: 'Kvinner' } },
    ]);
  });

  it('a quote that never closes, and one that closes on the next line', () => {
    expect(errorsOf(parsePopulation(bad('unclosed-quote.csv')))).toEqual([{ line: 3, column: 3, code: 'imports.unclosedQuote', params: {} }]);
    expect(errorsOf(parsePopulation(bad('quote-spans-lines.csv')))).toEqual([
      { line: 2, column: 3, code: 'imports.quoteSpansLines', params: { end: 3 } },
    ]);
  });

  it('JSON that does not parse, by line and column', () => {
    expect(errorsOf(parsePopulation(bad('jsonstat-syntax-error.json')))).toEqual([
      { line: 4, column: 1, code: 'imports.json.syntax', params: {} },
    ]);
  });

  it('JSON that is not JSON-stat', () => {
    expect(errorsOf(parsePopulation('{"rows": [1, 2, 3]}'))).toEqual([{ line: 1, code: 'imports.json.notJsonStat', params: {} }]);
  });

  it('an Excel workbook instead of CSV', () => {
    expect(errorsOf(parsePopulation(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])))).toEqual([
      { line: 0, code: 'imports.excelFile', params: {} },
    ]);
  });

  describe('a 20 MB file', () => {
    // Valid CSV all the way through, so only the size can be why it is refused.
    const row = '"3005 Drammen";"Menn";"0 år";561;580\n';
    const text = '"region";"kjønn";"alder";"Folkemengde 2024";"Folkemengde 2025"\n' + row.repeat(Math.ceil((20 * 1024 * 1024) / row.length));

    it('is refused by its size, as bytes and as text, with the size and the limit in the message', () => {
      const bytes = new TextEncoder().encode(text);
      expect(bytes.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
      const megabytes = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
      const fromBytes = errorsOf(parsePopulation(bytes));
      expect(fromBytes).toEqual([{ line: 0, code: 'imports.tooLarge', params: { size: megabytes(bytes.byteLength), limit: 10 } }]);
      expect(errorsOf(parsePopulation(text))).toEqual([{ line: 0, code: 'imports.tooLarge', params: { size: megabytes(text.length), limit: 10 } }]);
      expect(issueText('nb', fromBytes[0])).toMatch(/^Filen er 2\d,\d MB, men en importfil kan være høyst 10 MB\./);
    });
  });
});
