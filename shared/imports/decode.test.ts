import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeUtf8Strict } from './decode';
import { decodeWindows1252 } from './windows1252';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('decodeWindows1252', () => {
  // Node 20's TextDecoder decodes 'windows-1252' as Latin-1, so it cannot serve as the reference here: the expected
  // characters are the WHATWG index for windows-1252 (encoding.spec.whatwg.org/index-windows-1252.txt).
  it('decodes every byte as the WHATWG index says', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    let expected = '';
    for (let b = 0; b < 256; b++) expected += b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b);
    expect(high).toHaveLength(32);
    expect(decodeWindows1252(all)).toBe(expected);
  });

  it('maps the typographic range and Norwegian letters', () => {
    expect(decodeWindows1252(bytes(0x80, 0x96, 0x97, 0x93, 0x94, 0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5))).toBe('€–—“”æøåÆØÅ');
  });
});

describe('decodeUtf8Strict', () => {
  it('accepts exactly what a fatal UTF-8 decoder accepts, with the same text', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        let expected: string | null;
        try {
          expected = fatal.decode(b);
        } catch {
          expected = null;
        }
        expect(decodeUtf8Strict(b)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any encoded text back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(decodeUtf8Strict(new TextEncoder().encode(s))).toBe(s);
      }),
    );
  });

  it('refuses overlong forms, surrogates and code points beyond U+10FFFF', () => {
    expect(decodeUtf8Strict(bytes(0xc0, 0xaf))).toBeNull();
    expect(decodeUtf8Strict(bytes(0xe0, 0x80, 0xaf))).toBeNull();
    expect(decodeUtf8Strict(bytes(0xed, 0xa0, 0x80))).toBeNull();
    expect(decodeUtf8Strict(bytes(0xf4, 0x90, 0x80, 0x80))).toBeNull();
    expect(decodeUtf8Strict(bytes(0xc3))).toBeNull();
  });
});

describe('decodeBytes', () => {
  const utf8 = new TextEncoder().encode('"kjønn";"alder"');

  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: '"kjønn";"alder"', encoding: 'utf-8', bom: true });
    expect(decodeBytes(utf8)).toEqual({ ok: true, text: '"kjønn";"alder"', encoding: 'utf-8', bom: false });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    const latin = bytes(...[...'kjønn – år'].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    expect(decodeBytes(latin)).toEqual({ ok: true, text: 'kjønn – år', encoding: 'windows-1252', bom: false });
  });

  it('reads UTF-16 with a byte order mark, either endianness', () => {
    const le = bytes(0xff, 0xfe, 0x6b, 0x00, 0xf8, 0x00);
    const be = bytes(0xfe, 0xff, 0x00, 0x6b, 0x00, 0xf8);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'kø', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: 'kø', encoding: 'utf-16be' });
  });

  it('refuses Excel workbooks, binary files and a broken UTF-8 file that claims to be UTF-8', () => {
    expect(decodeBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toMatchObject({ ok: false, error: { code: 'imports.excelFile' } });
    expect(decodeBytes(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toMatchObject({ ok: false, error: { code: 'imports.excelFile' } });
    expect(decodeBytes(bytes(0x41, 0x00, 0x42))).toMatchObject({ ok: false, error: { code: 'imports.notText' } });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x6b, 0xf8))).toMatchObject({ ok: false, error: { code: 'imports.badUtf8' } });
  });
});
