import { describe, expect, it } from 'vitest';
import { t, tCode } from '../i18n';
import { accountOpNames } from './accounts';
import { opNames } from './ops';
import { minimumRole, mayCall, refusalCode, roles } from './roles';

describe('the role table', () => {
  it('names every operation of both contracts, and nothing else', () => {
    expect(Object.keys(minimumRole).sort()).toEqual([...opNames, ...accountOpNames].sort());
  });

  it('lets a reader read, an editor edit and only an admin manage users', () => {
    for (const op of ['scenario.open', 'scenario.list', 'scenario.history', 'scenario.export', 'compare.export'] as const) expect(mayCall('leser', op)).toBe(true);
    for (const op of ['scenario.edit', 'scenario.undo', 'scenario.import', 'scenario.create'] as const) {
      expect(mayCall('leser', op)).toBe(false);
      expect(mayCall('redaktør', op)).toBe(true);
    }
    for (const op of accountOpNames) {
      expect(mayCall('redaktør', op)).toBe(false);
      expect(mayCall('admin', op)).toBe(true);
    }
  });

  it('is ordered: a higher role may do all a lower one may', () => {
    for (const op of Object.keys(minimumRole) as (keyof typeof minimumRole)[]) {
      const allowed = roles.map((r) => mayCall(r, op));
      expect(allowed, op).toEqual([...allowed].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('refuses in words that say what to ask for', () => {
    expect(t('nb', 'auth.needsEditor')).toBe('Du har lesetilgang og kan ikke endre scenariet. Be en administrator om redaktørtilgang.');
    expect(tCode('nb', refusalCode('account.create'))).toMatch(/administrator/);
  });
});
