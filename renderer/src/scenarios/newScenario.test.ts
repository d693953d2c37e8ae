import { describe, expect, it } from 'vitest';
import { readNewScenario } from './NewScenarioDialog';

const t = (key: string) => key;
const form = (firstYear: string, years: string) => ({ name: 'Budsjett', municipality: '', firstYear, years, from: '' });

describe('+ Nytt scenario reads its years as every number field does (shared/format/readInput)', () => {
  it('reads a year typed with a thousands blank', () => {
    const r = readNewScenario(form('2 025', ' 4 '), t);
    expect(r).toEqual({ ok: true, value: { name: 'Budsjett', municipality: '', firstYear: 2025, years: 4, structureOf: null } });
  });

  it('refuses text, a fraction and a blank with the message that says what to correct', () => {
    expect(readNewScenario(form('neste år', '4'), t)).toEqual({ ok: false, message: 'structure.new.badYear' });
    expect(readNewScenario(form('2025', '2,5'), t)).toEqual({ ok: false, message: 'structure.new.badYears' });
    expect(readNewScenario(form('', '4'), t)).toEqual({ ok: false, message: 'structure.new.badYear' });
  });
});
