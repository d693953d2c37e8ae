// The first steps every import shares: refuse by size, decode bytes, drop a byte order mark, refuse an empty file.

import { decodeBytes, type TextEncodingName } from './decode';
import type { ImportIssue } from './issues';
import { checkImportSize } from './limits';

export type ImportInput = string | Uint8Array;

export type PreparedText =
  | { ok: true; text: string; encoding: TextEncodingName | null }
  | { ok: false; errors: ImportIssue[] };

/** Text ready to parse; `encoding` is null when the caller passed a string (it was decoded elsewhere). */
export function prepareText(input: ImportInput): PreparedText {
  const tooLarge = checkImportSize(input);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let text: string;
  let encoding: TextEncodingName | null = null;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input);
    if (!decoded.ok) return { ok: false, errors: [decoded.error] };
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') return { ok: false, errors: [{ line: 0, code: 'imports.empty', params: {} }] };
  return { ok: true, text, encoding };
}
