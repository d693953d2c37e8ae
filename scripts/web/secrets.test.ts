import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../../electron/service/testing';
import { keptSecrets, SECRETS_FILE } from './secrets';

const dirs = tempDirs('hr-secrets-');
afterEach(() => dirs.cleanup());

describe('the web mode secrets kept in the data folder', () => {
  it('are the same for a restart on the same folder and port, and new for another port or folder', () => {
    const dir = dirs.make();
    const first = keptSecrets(dir)(43210);
    expect(keptSecrets(dir)(43210)).toEqual(first);
    expect(keptSecrets(dir)(43211).key).not.toBe(first.key);
    expect(keptSecrets(dir)(43210)).toEqual(first);
    expect(keptSecrets(dirs.make())(43210).key).not.toBe(first.key);
  });

  it('are readable by the user only, and a damaged file gives new ones', () => {
    const dir = dirs.make();
    const first = keptSecrets(dir)(5000);
    const file = path.join(dir, SECRETS_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.writeFileSync(file, '{ not json');
    const next = keptSecrets(dir)(5000);
    expect(next.key).not.toBe(first.key);
    expect(keptSecrets(dir)(5000)).toEqual(next);
  });
});
