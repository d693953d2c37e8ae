import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './numberParse';
import { parseTsv, toTsv } from './tsv';

describe('parseTsv', () => {
  it('splits rows by CRLF, LF or CR and cells by tab', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('ignores one trailing line break, not an empty row before it', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('a')).toEqual([['a']]);
    expect(parseTsv('a\r\n')).toEqual([['a']]);
    expect(parseTsv('\r\n')).toEqual([['']]); // one copied empty cell
    expect(parseTsv('a\r\n\r\n')).toEqual([['a'], ['']]);
    expect(parseTsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('keeps empty cells', () => {
    expect(parseTsv('1\t\t3\t\r\n')).toEqual([['1', '', '3', '']]);
    expect(parseTsv('\t')).toEqual([['', '']]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line 1\r\nline 2"\t"say ""hei"""\r\nx\t"y"\r\n')).toEqual([
      ['a\tb', 'line 1\r\nline 2', 'say "hei"'],
      ['x', 'y'],
    ]);
    expect(parseTsv('""\t""""')).toEqual([['', '"']]);
  });

  it('keeps quotes that do not open a quoted cell as text', () => {
    expect(parseTsv('5" rør\tx')).toEqual([['5" rør', 'x']]);
    expect(parseTsv('"abc\tx')).toEqual([['"abc', 'x']]);
    expect(parseTsv('"a"b\tx')).toEqual([['"a"b', 'x']]);
    expect(parseTsv('"unterminated\nrow')).toEqual([['"unterminated'], ['row']]);
  });

  it('reads a block copied from Excel with Norwegian numbers', () => {
    const clip = 'Sum vedtak forrige periode\t- 1.100\t- 8.100\t- 8.100\t- 8.100\r\n';
    const [row] = parseTsv(clip);
    expect(row).toHaveLength(5);
    expect(row.slice(1).map((c) => (parseNumber(c) as { value: number }).value)).toEqual([-1100, -8100, -8100, -8100]);
  });
});

describe('toTsv', () => {
  it('writes plain numbers with a decimal comma, tabs and CRLF as Excel does', () => {
    expect(toTsv([[1234.5, -735, null, 0], ['P07', 163191, -0, NaN]])).toBe('1234,5\t-735\t\t0\r\nP07\t163191\t0\t\r\n');
  });

  it('can write a decimal point and round to the shown decimals', () => {
    expect(toTsv([[1234.5, -0.25]], { decimal: '.' })).toBe('1234.5\t-0.25\r\n');
    expect(toTsv([[1.005, -0.004, 2]], { decimals: 2 })).toBe('1,01\t0,00\t2,00\r\n');
  });

  it('quotes text with tabs, line breaks or quotes', () => {
    expect(toTsv([['a\tb', 'x\ny', '5" rør', 'plain']])).toBe('"a\tb"\t"x\ny"\t"5"" rør"\tplain\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toTsv([])).toBe('');
  });
});

describe('round trips', () => {
  const cellText = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', '\t', '\r', '\n', '"', ',', '-', '1'), maxLength: 8 });
  const rowsOf = <T>(cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> =>
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 });

  it('property: parseTsv(toTsv(rows)) gives the text back (every row has a cell: an empty row has no TSV form)', () => {
    fc.assert(
      fc.property(rowsOf(fc.oneof(cellText, fc.string({ maxLength: 6 }))), (rows) => {
        expect(parseTsv(toTsv(rows))).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: numbers copied to the clipboard read back exactly (decimal comma / nb, decimal point / en)', () => {
    const cell = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    fc.assert(
      fc.property(rowsOf(cell), fc.constantFrom('nb' as const, 'en' as const), (rows, lang) => {
        const text = toTsv(rows, { decimal: lang === 'nb' ? ',' : '.' });
        const back = parseTsv(text).map((row) => row.map((c) => parseNumber(c, { lang })));
        const expected = rows.map((row) => row.map((x) => ({ ok: true, value: x === null ? null : x === 0 ? 0 : x })));
        expect(back).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
