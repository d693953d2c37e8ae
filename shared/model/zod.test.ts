import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Zod compiles object parsers with `new Function` (and probes for it) unless jitless is set before the first object
// schema is built. Here `Function` records every construction before any schema module is loaded.
describe('zod under the CSP', () => {
  it('builds and parses every schema without constructing a Function', async () => {
    const made: string[] = [];
    const Original = globalThis.Function;
    globalThis.Function = new Proxy(Original, {
      construct(target, args) {
        made.push(String(args.at(-1)).slice(0, 60));
        return Reflect.construct(target, args);
      },
    });
    try {
      const { parseScenarioFile } = await import('./index');
      const { contract } = await import('../api/contract');
      await import('../patch/schema');
      const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/examples/drammen-hop-2024-27.handlingsrom'), 'utf8');
      expect(parseScenarioFile(text).ok).toBe(true);
      expect(contract['scenario.open'].input.safeParse({ id: 'a' }).success).toBe(true);
    } finally {
      globalThis.Function = Original;
    }
    expect(made).toEqual([]);
  });
});
