import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../service/service';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the data folder and database files', () => {
  it('are private to the user, also when they existed with looser modes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-priv-'));
    dirs.push(root);
    const dataDir = path.join(root, 'data');
    const old = process.umask(0o022);
    try {
      const service = createService({ dataDir, shell: 'web', seedExample: false });
      service.scenarios.list();
      service.close();
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(path.join(dataDir, 'handlingsrom.sqlite'))).toBe(0o600);
      fs.chmodSync(dataDir, 0o755);
      fs.chmodSync(path.join(dataDir, 'handlingsrom.sqlite'), 0o644);
      const again = createService({ dataDir, shell: 'web', seedExample: false });
      const wal = path.join(dataDir, 'handlingsrom.sqlite-wal');
      expect(fs.existsSync(wal)).toBe(true);
      expect(mode(wal)).toBe(0o600);
      again.close();
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(path.join(dataDir, 'handlingsrom.sqlite'))).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });
});
