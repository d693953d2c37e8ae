import { describe, expect, it } from 'vitest';
import { escapeCsvCell, toCsv } from './csv';

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+47 123', "'+47 123"],
    ['-2+3', "'-2+3"],
    ['- 1.100', "'- 1.100"],
    ['@foo', "'@foo"],
    ['\tcmd', "'\tcmd"],
    ['\uff1d1+1', "'\uff1d1+1"],
  ])('protects %j against formula injection', (text, expected) => {
    expect(escapeCsvCell(text)).toBe(expected);
  });

  it('quotes a protected cell that also needs quoting', () => {
    expect(escapeCsvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(escapeCsvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });

  it.each(['-735', '+5', '-1234,5', '-1.5', '-1,5e-7', '735', 'P07 Rus og psykisk helse', ''])(
    'leaves %j as it is',
    (text) => {
      expect(escapeCsvCell(text)).toBe(text);
    },
  );

  it('quotes by RFC 4180: separator, quote, CR or LF', () => {
    expect(escapeCsvCell('a;b')).toBe('"a;b"');
    expect(escapeCsvCell('a,b')).toBe('a,b');
    expect(escapeCsvCell('a,b', ',')).toBe('"a,b"');
    expect(escapeCsvCell('5" rør')).toBe('"5"" rør"');
    expect(escapeCsvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(escapeCsvCell('a\tb', '\t')).toBe('"a\tb"');
  });
});

describe('toCsv', () => {
  it('writes ; and decimal comma for Norwegian Excel, CRLF after every record', () => {
    const rows = [
      ['Linje', '2024', '2025'],
      ['P07 ramme', 162850, 163191.5],
      ['Korreksjon', -735, null],
      ['=1+1', '-735', 'a;b'],
    ];
    expect(toCsv(rows)).toBe(
      'Linje;2024;2025\r\nP07 ramme;162850;163191,5\r\nKorreksjon;-735;\r\n\'=1+1;-735;"a;b"\r\n',
    );
  });

  it('writes , and decimal point for English programs, and rounds on request', () => {
    expect(toCsv([[1234.5, -0.125, 'a,b']], { separator: ',' })).toBe('1234.5,-0.125,"a,b"\r\n');
    expect(toCsv([[1234.5, -0.125]], { decimals: 2 })).toBe('1234,50;-0,13\r\n');
  });

  it('quotes numbers whose decimal separator is the separator', () => {
    expect(toCsv([[1.5, 2]], { separator: ',', decimal: ',' })).toBe('"1,5",2\r\n');
  });

  it('can start with a byte order mark for Excel', () => {
    expect(toCsv([['æøå']], { bom: true })).toBe('\ufeffæøå\r\n');
    expect(toCsv([])).toBe('');
  });
});
