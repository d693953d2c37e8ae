import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsvTable, splitCsv } from './csvReader';

const cells = (text: string, sep: ';' | ',' | '\t' = ';') => splitCsv(text, sep).records.map((r) => [r.line, ...r.cells]);

describe('splitCsv', () => {
  it('splits quoted and unquoted cells, with doubled quotes and separators inside quotes', () => {
    expect(cells('"a;b";c;"say ""hi"""\r\n1;;3')).toEqual([
      [1, 'a;b', 'c', 'say "hi"'],
      [2, '1', '', '3'],
    ]);
  });

  it('numbers records by the line they start on, across blank lines and quoted line breaks', () => {
    expect(cells('"title"\n\n"x\ny";1\r\nz;2\rw;3\n')).toEqual([
      [1, 'title'],
      [3, 'x\ny', '1'],
      [5, 'z', '2'],
      [6, 'w', '3'],
    ]);
  });

  it('keeps a quote inside an unquoted cell, and text after a closing quote, as text', () => {
    expect(cells('5" rør;"a"b;c')).toEqual([[1, '5" rør', 'ab', 'c']]);
  });

  it('leaves out lines of empty cells only', () => {
    expect(cells('a;b\n;;\n ; \nc;d')).toEqual([
      [1, 'a', 'b'],
      [4, 'c', 'd'],
    ]);
  });

  it('reports a quote that never closes, where it opens', () => {
    expect(splitCsv('a;b\nc;"d;e\nf;g', ';').unclosedQuote).toEqual({ line: 2, column: 2 });
  });
});

describe('detectSeparator', () => {
  it('finds ; in a Norwegian file with decimal commas', () => {
    expect(detectSeparator('"region";"verdi 2024";"verdi 2025"\n"3005 Drammen";12,5;13,1\n"3006 Kongsberg";1,5;2,1\n')).toBe(';');
  });

  it('finds , even when a quoted title holds semicolons', () => {
    expect(detectSeparator('"Tabell; befolkning"\n\nregion,alder,2024\n3005,0 år,1\n3005,1 år,2\n')).toBe(',');
  });

  it('finds tabs, and nothing in a file of one column', () => {
    expect(detectSeparator('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectSeparator('a|b\n1|2\n')).toBeNull();
  });
});

describe('readCsvTable', () => {
  it('separates a title line, the header, data and a closing note', () => {
    const read = readCsvTable('"14288: Framskrevet folkemengde"\n\nalder;2024\n0 år;5\n1 år;6\n\n"Kilde: SSB"\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.preamble.map((r) => r.line)).toEqual([1]);
    expect(read.table.header).toMatchObject({ line: 3, cells: ['alder', '2024'] });
    expect(read.table.rows.map((r) => r.cells)).toEqual([
      ['0 år', '5'],
      ['1 år', '6'],
    ]);
    expect(read.table.notes.map((r) => r.line)).toEqual([7]);
  });

  it('drops the empty cells Excel adds to fill rows out, and keeps an empty last value', () => {
    const read = readCsvTable('a;b;c;;\n1;2;3;;\n4;5;;;\n');
    expect(read.ok && read.table.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
    ]);
  });

  it('names a line of the wrong width, with the separator', () => {
    expect(readCsvTable('a;b;c\n1;2;3\n4;5\n6;7;8\n')).toEqual({
      ok: false,
      errors: [{ line: 3, column: 3, code: 'imports.tooFewCells', params: { expected: 3, found: 2, separator: ';' } }],
    });
    expect(readCsvTable('a;b;c\n1;2;3;4\n5;6;7\n')).toMatchObject({ ok: false, errors: [{ line: 2, code: 'imports.tooManyCells' }] });
  });

  it('names a header written with another separator than the data', () => {
    expect(readCsvTable('a;b;c\n1,2,3\n4,5,6\n')).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'imports.mixedSeparators', params: { found: ';', expected: ',' } }],
    });
  });

  it('takes a title in prose, with commas, for a title in a semicolon file (as Excel saves it, unquoted)', () => {
    const read = readCsvTable('14288: Framskrevet folkemengde 1. januar, etter region, alder\nregion;alder;2024\n3005;0 år;5\n');
    expect(read.ok && read.table.preamble.map((r) => r.cells)).toEqual([['14288: Framskrevet folkemengde 1. januar, etter region, alder']]);
  });

  it('names where a quote left open swallows a line break', () => {
    expect(readCsvTable('a;b;c\n"x;1;2\n"y";3;4\n"z";5;6\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2, column: 1, code: 'imports.quoteSpansLines', params: { end: 3 } }],
    });
  });
});
