// Every message code the imports can produce has a text in both languages, with the same placeholders.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageKeys, tCode } from '../i18n/index';

const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'samples' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('import messages', () => {
  const codes = new Set<string>();
  for (const file of sources(root)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'(imports\.[A-Za-z0-9.]+)'/g)) codes.add(m[1]);
  }
  codes.add('imports.preview.sexes.total').add('imports.preview.sexes.summed').add('imports.preview.sexes.none');

  it('found the codes in the sources', () => {
    expect(codes.size).toBeGreaterThan(80);
  });

  it('have a text for every code, in bokmål and English', () => {
    const missing = [...codes].filter((code) => tCode('nb', code) === code || tCode('en', code) === code);
    expect(missing).toEqual([]);
  });

  it('are all used (no stale texts)', () => {
    const unused = messageKeys('nb').filter((key) => key.startsWith('imports.') && !codes.has(key));
    expect(unused).toEqual([]);
  });
});
