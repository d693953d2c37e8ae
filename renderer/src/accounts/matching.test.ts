import { describe, expect, it } from 'vitest';
import type { AccountsRow } from '../../../shared/imports/accounts/types';
import { sampleScenario } from '../../../shared/model/sample';
import type { Scenario } from '../../../shared/model/scenario';
import { matchRows, nameOf } from './matching';

const row = (line: number, label: string, code: string | null): AccountsRow => ({
  line,
  label,
  code,
  budget: 1,
  accounts: 1,
  deviation: 0,
  deviationPercent: 0,
  statedDeviation: null,
  statedPercent: null,
  reconciles: true,
  flagged: false,
});

/** The sample (area P05) with one account row P09 "Kultur" whose id is `p04` (ids need not follow codes). */
function doc(): Scenario {
  const s = sampleScenario();
  s.accounts.rows.push({ id: 'p04', code: 'P09', name: 'Kultur', revisedBudget: [], accounts: [] });
  return s;
}

describe('matchRows', () => {
  it('matches codes without regard to case, and account rows by name when the file has no code', () => {
    const m = matchRows(doc(), [row(2, 'p09 Kultur og idrett', 'p09'), row(3, 'Kultur', null), row(4, 'P09 Kultur', 'P09')]);
    expect(m.matched.map((x) => [x.row.line, x.target.kind, x.target.rowId])).toEqual([[2, 'update', 'p04']]);
    expect(m.duplicates).toEqual([
      { line: 3, first: 2, code: 'P09' },
      { line: 4, first: 2, code: 'P09' },
    ]);
  });

  it('gives a new row the code as id unless an account row has it, and the area’s name when it links to one', () => {
    const m = matchRows(doc(), [row(2, 'P04 Helse', 'P04'), row(3, 'P05 Funksjonshemmede', 'P05')]);
    const [p04, p05] = m.matched.map((x) => x.target);
    expect(p04).toMatchObject({ kind: 'new', code: 'P04', name: 'Helse' });
    expect(p04.rowId).toMatch(/^regnskap_[0-9a-f]{12}$/);
    expect(p05).toEqual({ kind: 'new', rowId: 'p05', code: 'P05', name: 'Mennesker med nedsatt funksjonsevne', areaId: 'p05', areaCode: 'P05' });
  });

  it('skips a row it cannot place, with its line', () => {
    expect(matchRows(doc(), [row(7, 'Ukjent', null)]).skipped).toEqual([{ line: 7, text: 'Ukjent', reason: 'accountsUi.skip.noCode' }]);
  });
});

describe('nameOf', () => {
  it('drops the code and the separator after it', () => {
    expect(nameOf({ label: 'P04 Helse', code: 'P04' })).toBe('Helse');
    expect(nameOf({ label: 'P04 – Helse', code: 'P04' })).toBe('Helse');
    expect(nameOf({ label: 'P04', code: 'P04' })).toBe('');
    expect(nameOf({ label: 'Helse', code: null })).toBe('Helse');
  });
});
