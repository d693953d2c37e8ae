// Reading a file the user named, whatever it turns out to be: only a regular file is read (a FIFO would block
// forever, /dev/zero never ends and claims size 0), never more than the byte limit however large the file says it
// is, UTF-8 with or without a byte order mark; a UTF-16 or UTF-32 file gets a hint to save it as UTF-8.
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { MAX_FILE_BYTES } from './limits';

const MB = 1_000_000;
const CHUNK = 1 << 20;

/** The encoding a byte order mark or the pattern of zero bytes gives away, when it is not UTF-8. */
export function wideEncoding(head: Uint8Array): string | null {
  const b = (i: number) => (i < head.length ? head[i] : -1);
  if (b(0) === 0xff && b(1) === 0xfe && b(2) === 0 && b(3) === 0) return 'UTF-32 LE';
  if (b(0) === 0 && b(1) === 0 && b(2) === 0xfe && b(3) === 0xff) return 'UTF-32 BE';
  if (b(0) === 0xff && b(1) === 0xfe) return 'UTF-16 LE';
  if (b(0) === 0xfe && b(1) === 0xff) return 'UTF-16 BE';
  // Without a mark: ASCII text in UTF-16/32 has a zero byte beside every character.
  if (head.length >= 4) {
    if (b(0) !== 0 && b(1) === 0 && b(2) === 0 && b(3) === 0) return 'UTF-32 LE';
    if (b(0) === 0 && b(1) === 0 && b(2) === 0 && b(3) !== 0) return 'UTF-32 BE';
    if (b(0) !== 0 && b(1) === 0 && b(2) !== 0 && b(3) === 0) return 'UTF-16 LE';
    if (b(0) === 0 && b(1) !== 0 && b(2) === 0 && b(3) !== 0) return 'UTF-16 BE';
  }
  return null;
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/** The bytes of a regular file, at most `maxBytes`; else an ApiError (file.notRegular, file.tooLarge). */
export function readFileBytes(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
  // O_NONBLOCK: opening a FIFO with no writer would otherwise block before we could look at what it is.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new ApiError('file.notRegular', { kind: kindOf(st) });
    if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      // The file grew while we read it (or lied about its size): stop at the limit, never past it.
      if (total > maxBytes) throw tooLarge(total, maxBytes);
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** A text file as UTF-8, without a byte order mark; UTF-16/UTF-32 are refused with a hint (file.wideEncoding). */
export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  const bytes = readFileBytes(file, maxBytes);
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): string {
  const wide = wideEncoding(bytes.subarray(0, 4));
  if (wide) throw new ApiError('file.wideEncoding', { encoding: wide });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

function tooLarge(bytes: number, max: number): ApiError {
  return new ApiError('file.tooLarge', { size: Math.ceil(bytes / MB), max: Math.round(max / MB) });
}
