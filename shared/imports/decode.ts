// Bytes to text without TextDecoder (shared/ compiles without the DOM and Node libraries). A file from SSB's
// statistics bank is UTF-8, with or without a byte order mark; the same file saved again by Norwegian Excel is
// windows-1252; "Unicode text" from Excel is UTF-16 with a byte order mark. Without a mark, text that is valid UTF-8
// is UTF-8 (windows-1252 text with æøå is practically never valid UTF-8), anything else is windows-1252.

import type { ImportIssue } from './issues';
import { decodeWindows1252 } from './windows1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; error: ImportIssue };

const CHUNK = 8192;

/** Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF); null if the bytes are not UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | null {
  const parts: string[] = [];
  const units: number[] = [];
  const n = bytes.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf): number => {
    if (i >= n) return -1;
    const b = bytes[i];
    return b >= lo && b <= hi ? b & 0x3f : -1;
  };
  let i = start;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      units.push(b);
      i++;
    } else if (b >= 0xc2 && b <= 0xdf) {
      const c1 = cont(i + 1);
      if (c1 < 0) return null;
      units.push(((b & 0x1f) << 6) | c1);
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const c1 = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf);
      const c2 = cont(i + 2);
      if (c1 < 0 || c2 < 0) return null;
      units.push(((b & 0x0f) << 12) | (c1 << 6) | c2);
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const c1 = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf);
      const c2 = cont(i + 2);
      const c3 = cont(i + 3);
      if (c1 < 0 || c2 < 0 || c3 < 0) return null;
      const cp = (((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3) - 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      i += 4;
    } else {
      return null;
    }
    if (units.length >= CHUNK) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (units.length === CHUNK) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes an import file. Refuses, with a message, what is not text: an Excel workbook (.xlsx is a zip, .xls an OLE
 * file) gets a hint to save it as CSV.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8Strict(bytes, 3);
    if (text !== null) return { ok: true, text, encoding: 'utf-8', bom: true };
    return { ok: false, error: { line: 0, code: 'imports.badUtf8', params: {} } };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decodeUtf16(bytes, true), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decodeUtf16(bytes, false), encoding: 'utf-16be', bom: true };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: { line: 0, code: 'imports.excelFile', params: {} } };
  }
  // A NUL byte never occurs in CSV or JSON text in these encodings.
  if (bytes.includes(0)) return { ok: false, error: { line: 0, code: 'imports.notText', params: {} } };
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
}
