import { describe, expect, it } from 'vitest';
import { blockErrorMessage, blockErrorMessages, parseNumberBlock } from './numberBlock';
import { toTsv } from './tsv';

describe('parseNumberBlock', () => {
  it('reads a Norwegian block, blanks as null', () => {
    const clip = '366.207\t378.956\t- 12.749\r\n442.644\t\t(15.817)\r\n';
    expect(parseNumberBlock(clip)).toEqual({
      ok: true,
      rows: [
        [366207, 378956, -12749],
        [442644, null, -15817],
      ],
    });
  });

  it('reads an empty clipboard as no rows', () => {
    expect(parseNumberBlock('')).toEqual({ ok: true, rows: [] });
  });

  it('refuses the whole block and names every bad cell, 1-based', () => {
    const clip = 'P04 Helse\t366.207\t- 3,5%\r\nP05\t442.644\t1.2.3\r\n';
    const result = parseNumberBlock(clip, { target: { unit: '1000 kr' } });
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 1, col: 1, text: 'P04 Helse', code: 'format.notANumber', params: { text: 'P04 Helse' } },
        {
          row: 1,
          col: 3,
          text: '- 3,5%',
          code: 'format.percentInAmount',
          params: { text: '- 3,5%', unit: '1000 kr' },
        },
        { row: 2, col: 1, text: 'P05', code: 'format.notANumber', params: { text: 'P05' } },
        { row: 2, col: 3, text: '1.2.3', code: 'format.badGrouping', params: { text: '1.2.3' } },
      ],
    });
  });

  it('takes the unit per cell from unitAt (rows are lines with their own units)', () => {
    const units = ['1000 kr', '%'];
    const result = parseNumberBlock('12,0 mill.\t0,7 mill.\r\n0,6 %\t1,5\r\n', { targetAt: (row) => ({ unit: units[row] }) });
    expect(result).toEqual({
      ok: true,
      rows: [
        [12000, 700],
        [0.6, 1.5],
      ],
    });
  });

  it('reads back what toTsv wrote', () => {
    const rows = [
      [163191, -341, 0.7],
      [null, 1234.5678, -1e-7],
    ];
    expect(parseNumberBlock(toTsv(rows))).toEqual({ ok: true, rows });
  });
});

describe('block error messages', () => {
  const result = parseNumberBlock('1\tabc\r\n');
  if (result.ok) throw new Error('expected a refusal');
  const [error] = result.errors;

  it('names row, column and text in both languages', () => {
    expect(blockErrorMessage('nb', error)).toBe('Rad 1, kolonne 2: «abc» er ikke et tall.');
    expect(blockErrorMessage('en', error)).toBe('Row 1, column 2: “abc” is not a number.');
  });

  it('summarises the refusal first', () => {
    const lines = blockErrorMessages('nb', result.errors);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('1 celle');
    expect(lines[0]).toContain('Ingenting ble endret');
  });
});
