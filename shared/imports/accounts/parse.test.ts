import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueText } from '../issues';
import { parseAccounts } from './parse';
import type { AccountsImport, AccountsResult } from './types';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../samples/${name}`, import.meta.url)));

function expectOk(result: AccountsResult): AccountsImport {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('parseAccounts: the seed 001 table (revised budget vs accounts 2023)', () => {
  const result = expectOk(parseAccounts(sample('accounts-2023-seed001.csv'), { thresholdPercent: 3 }));

  it('reads programme areas, unit and year', () => {
    expect(result.unit).toBe('1000 kr');
    expect(result.year).toBe(2023);
    expect(result.budgetLabel).toBe('Revidert budsjett 2023');
    expect(result.rows.map((r) => [r.code, r.budget, r.accounts, r.statedDeviation, r.statedPercent])).toEqual([
      ['P04', 366_207, 378_956, -12_749, -3.5],
      ['P05', 442_644, 458_460, -15_817, -3.6],
      ['P06', 1_176_977, 1_175_936, 1_041, 0.1],
      ['P07', 165_862, 158_430, 7_431, 4.5],
      ['P08', 513_634, 507_902, 5_732, 1.1],
    ]);
  });

  it('computes deviations as budget − accounts, and finds every stated number within rounding', () => {
    expect(result.convention).toBe('budgetMinusAccounts');
    expect(result.rows.map((r) => r.deviation)).toEqual([-12_749, -15_816, 1_041, 7_432, 5_732]);
    expect(result.rows.every((r) => r.reconciles)).toBe(true);
    // The printed sum of accounts is 2 above the sum of the printed lines: rounding of five numbers.
    expect(result.total).toMatchObject({ label: 'Sum', budget: 2_665_324, accounts: 2_679_686, deviation: -14_362, reconciles: true });
    expect(result.mismatches).toEqual([]);
  });

  it('flags the areas whose deviation exceeds the threshold', () => {
    expect(result.rows.filter((r) => r.flagged).map((r) => r.code)).toEqual(['P04', 'P05', 'P07']);
    expect(result.rows[0].deviationPercent).toBeCloseTo((-12_749 / 366_207) * 100, 10);
  });
});

describe('parseAccounts: stated numbers that do not reconcile', () => {
  const result = expectOk(parseAccounts(sample('bad/accounts-not-reconciling.csv')));

  it('reports each by line and column, and keeps the rows', () => {
    expect(result.rows).toHaveLength(3);
    expect(result.rows.map((r) => r.reconciles)).toEqual([true, false, false]);
    expect(result.mismatches.map((m) => [m.line, m.column, m.code])).toEqual([
      [3, 4, 'imports.accounts.deviationMismatch'],
      [4, 5, 'imports.accounts.percentMismatch'],
      [5, 4, 'imports.accounts.deviationMismatch'],
      [5, 5, 'imports.accounts.percentMismatch'],
    ]);
    expect(issueText('nb', result.mismatches[0])).toBe(
      'Linje 3, kolonne 4 («Avvik i kroner»): Avviket for P05 Mennesker med nedsatt funksjonsevne står som −19\u00a0265, men budsjett minus regnskap er −15\u00a0816.',
    );
  });

  it('checks the sum row against the lines', () => {
    const text = 'Område;Budsjett;Regnskap\nA;100;90\nB;200;210\nSum;310;300\n';
    const r = expectOk(parseAccounts(text));
    expect(r.mismatches).toEqual([{ line: 4, column: 2, columnName: 'Budsjett', code: 'imports.accounts.sumMismatch', params: { stated: 310, computed: 300 } }]);
  });

  it('recognises deviations stated as accounts − budget, and says so', () => {
    const text = 'Område;Budsjett;Regnskap;Avvik\nA;100;90;-10\nB;200;210;10\n';
    const r = expectOk(parseAccounts(text));
    expect(r.convention).toBe('accountsMinusBudget');
    expect(r.rows.map((row) => row.deviation)).toEqual([-10, 10]);
    expect(r.mismatches).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'imports.accounts.reversedSign', params: {} }]);
  });
});

describe('parseAccounts: bad files', () => {
  it('refuses a file without an accounts column', () => {
    expect(parseAccounts(sample('bad/accounts-missing-column.csv'))).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'imports.accounts.missingAccounts', params: {} }],
    });
  });

  it('refuses text and empty cells where budget and accounts belong', () => {
    expect(parseAccounts('Område;Budsjett;Regnskap\nA;100;ukjent\nB;;5\n')).toEqual({
      ok: false,
      errors: [
        { line: 2, column: 3, columnName: 'Regnskap', code: 'format.notANumber', params: { text: 'ukjent' } },
        { line: 3, column: 2, columnName: 'Budsjett', code: 'imports.emptyCell', params: {} },
      ],
    });
  });
});
