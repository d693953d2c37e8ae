import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { model } from '../i18n/model';
import { scenarioFileSchema } from './file';

/** Every property name of the document format, found by walking the schema. */
function fieldNames(schema: z.core.$ZodType, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        out.add(k);
        fieldNames(v, out, seen);
      }
      break;
    case 'array':
      fieldNames(def.element as z.core.$ZodType, out, seen);
      break;
    case 'optional':
    case 'nullable':
      fieldNames(def.innerType as z.core.$ZodType, out, seen);
      break;
    case 'union':
      for (const o of def.options as z.core.$ZodType[]) fieldNames(o, out, seen);
      break;
    case 'record':
      fieldNames(def.valueType as z.core.$ZodType, out, seen);
      break;
  }
  return out;
}

describe('model texts', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(model.en).sort()).toEqual(Object.keys(model.nb).sort());
    for (const [k, v] of Object.entries(model.nb)) expect(v.trim(), k).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(model.nb) as (keyof typeof model.nb)[]) expect(names(model.en[k]), k).toEqual(names(model.nb[k]));
  });

  it('names every field of the file format in both languages', () => {
    const fields = fieldNames(scenarioFileSchema);
    expect(fields.size).toBeGreaterThan(100);
    for (const f of fields) expect((model.nb as Record<string, string>)[`model.field.${f}`], f).toBeDefined();
  });
});
