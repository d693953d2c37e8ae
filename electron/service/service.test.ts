import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { opNames } from '../../shared/api/ops';
import { t } from '../../shared/i18n';
import { SCHEMA_VERSION } from '../store/migrations';
import { createService } from './service';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-svc-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('service', () => {
  it('the contract and the list of operation names agree', () => {
    expect(Object.keys(contract).sort()).toEqual([...opNames].sort());
  });

  it('app.info answers from a real database file', () => {
    const dataDir = tempDir();
    const svc = createService({ dataDir, shell: 'web' });
    const res = svc.dispatch('app.info', {});
    svc.close();
    expect(res).toMatchObject({ ok: true, value: { name: 'Handlingsrom', dataDir, schemaVersion: SCHEMA_VERSION, shell: 'web' } });
    expect(fs.existsSync(path.join(dataDir, 'handlingsrom.sqlite'))).toBe(true);
  });

  it('refuses unknown operations and invalid payloads with a translatable message', () => {
    const svc = createService({ dataDir: tempDir(), shell: 'web' });
    for (const [op, payload] of [
      ['nope', {}],
      ['__proto__', {}],
      ['app.info', { extra: 1 }],
      ['app.info', 'text'],
    ] as const) {
      const res = svc.dispatch(op, payload);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(t('nb', res.error.code, res.error.params)).not.toBe(res.error.code);
    }
    svc.close();
  });
});
