// A file name from a scenario name: characters that Windows, macOS or Linux refuse in names are replaced, and the
// name is kept short enough for any file system.
const FORBIDDEN = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function safeFileName(name: string, extension: string): string {
  // Control characters (below U+0020 and U+007F) are not allowed in Windows names either.
  const printable = Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '_' : ch)).join('');
  let base = printable.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  // Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere.
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '' || RESERVED.test(base)) base = `scenario${base ? `_${base}` : ''}`;
  if (base.length > 120) base = base.slice(0, 120).trimEnd();
  return `${base}${extension}`;
}
