// Bounds on a workbook before a library unpacks it. An xlsx is a zip: its central directory says how many files it
// holds and how large each unpacks, and the sizes it claims are checked by unpacking each file here with a cap, so a
// zip bomb (a few kB that claim or become gigabytes) is refused before exceljs, which unpacks everything into memory,
// sees a byte of it.
import zlib from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';

export interface ZipLimits {
  /** The file as sent. */
  maxBytes: number;
  /** All its files unpacked. */
  maxUnpacked: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

/** The names of the zip's files, once every one is shown to unpack within the limits. Throws ApiError:
 *  xlsxImport.tooLarge, xlsxImport.notXlsx (not a zip), xlsxImport.damaged. */
export function checkZip(buf: Buffer, file: string, limits: ZipLimits): string[] {
  if (buf.length > limits.maxBytes) throw new ApiError('xlsxImport.tooLarge', { file, size: mb(buf.length), limit: mb(limits.maxBytes) });
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) throw new ApiError('xlsxImport.notXlsx', { file });
  const damaged = () => new ApiError('xlsxImport.damaged', { file });
  // The end record is the last 22 bytes, before a comment of at most 64 kB.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const entries = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (entries > limits.maxEntries) throw new ApiError('xlsxImport.tooLarge', { file, size: mb(buf.length), limit: mb(limits.maxBytes) });
  if (dirOffset + dirSize > end) throw damaged();
  const names: string[] = [];
  let unpacked = 0;
  let at = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) throw damaged();
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    unpacked += size;
    if (unpacked > limits.maxUnpacked) throw new ApiError('xlsxImport.tooLargeUnpacked', { file, limit: mb(limits.maxUnpacked) });
    if (local + 30 > end || buf.readUInt32LE(local) !== LOCAL) throw damaged();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > end) throw damaged();
    const data = buf.subarray(start, start + packed);
    let out: Buffer;
    try {
      if (method === 0) out = data;
      else if (method === 8) out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      else throw damaged();
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw damaged();
    }
    if (out.length !== size) throw damaged();
    names.push(name);
  }
  return names;
}
