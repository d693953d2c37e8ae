// Characters a text in a scenario may not hold: NUL, lone surrogates (half a character, not valid UTF-8 when
// written) and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane), which make
// the XML of an .xlsx invalid. Refused at import, naming the field, rather than stored and exported broken.

/** The first forbidden character of `s`: its position (1-based, in characters) and code point, or null. */
export function badCharIn(s: string): { index: number; code: number } | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        if ((cp & 0xfffe) === 0xfffe) return { index: i + 1, code: cp };
        i++;
        continue;
      }
      return { index: i + 1, code: c };
    }
    if (c === 0 || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff) return { index: i + 1, code: c };
  }
  return null;
}

/** The first text (key or value) in parsed JSON with a forbidden character, with its JSON Pointer path. */
export function findBadText(value: unknown, path = ''): { path: string; index: number; code: number } | null {
  if (typeof value === 'string') {
    const bad = badCharIn(value);
    return bad ? { path: path || '/', ...bad } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const here = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const inKey = Array.isArray(value) ? null : badCharIn(k);
    if (inKey) return { path: here, ...inKey };
    const found = findBadText(v, here);
    if (found) return found;
  }
  return null;
}

export const codePointText = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
