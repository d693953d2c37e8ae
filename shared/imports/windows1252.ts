// Windows-1252 ("ANSI" in Norwegian Windows, what Excel saves a CSV in unless told otherwise) is Latin-1 except
// 0x80–0x9F, where it puts typographic characters. The five bytes it leaves undefined map to the C1 control of the
// same number, as the WHATWG Encoding Standard (and so TextDecoder('windows-1252')) does.

const HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const CHUNK = 8192;

/** Decodes windows-1252 bytes. Every byte is a character, so this cannot fail. */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const parts: string[] = [];
  const codes: number[] = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    codes.push(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b);
    if (codes.length === CHUNK) {
      parts.push(String.fromCharCode(...codes));
      codes.length = 0;
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}
