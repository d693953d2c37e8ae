// Import files are small: one municipality's projection is some 20 kB, a download of every municipality about
// 10 MB. Anything larger is refused by its size before a byte of it is parsed, so a wrong file (a video, a database)
// cannot freeze the window.

import type { ImportIssue } from './issues';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Megabytes with one decimal, for messages. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/**
 * An error if the input is too large. For text, the length in UTF-16 units stands in for the byte size (a Norwegian
 * text is within a few per cent of its UTF-8 size), so the same file is refused whichever way it arrives.
 */
export function checkImportSize(input: string | Uint8Array, limit: number = MAX_IMPORT_BYTES): ImportIssue | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size <= limit) return null;
  return { line: 0, code: 'imports.tooLarge', params: { size: megabytes(size), limit: megabytes(limit) } };
}
