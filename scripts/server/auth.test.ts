// The team server's pieces of signing in: scrypt hashes and the limit on failed logins (sessions: sessions.test.ts).
import { describe, expect, it } from 'vitest';
import { FREE, LoginLimit } from './loginLimit';
import { hashPassword, SCRYPT_PARAMS, verifyNobody, verifyPassword } from './password';

describe('passwords', () => {
  it('are stored as scrypt with their parameters and a salt, and verify only with the right password', async () => {
    const a = await hashPassword('korrekt hest batteri');
    const b = await hashPassword('korrekt hest batteri');
    expect(a).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$3\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]{44}$`));
    expect(a).not.toBe(b);
    expect(await verifyPassword('korrekt hest batteri', a)).toBe(true);
    expect(await verifyPassword('korrekt hest batterI', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    expect(await verifyNobody('x')).toBe(false);
  });

  it('refuse a stored string they cannot read or that asks too much', async () => {
    const h = await hashPassword('passord1234');
    expect(await verifyPassword('passord1234', h.replace(/^scrypt/, 'md5'))).toBe(false);
    expect(await verifyPassword('passord1234', h.replace(`$${SCRYPT_PARAMS.N}$`, `$${2 ** 24}$`))).toBe(false);
    expect(await verifyPassword('passord1234', 'scrypt$1$2')).toBe(false);
  });
});

describe('the login limit', () => {
  it('lets a few failures through, then makes each next attempt wait longer; a success clears the name', () => {
    let now = 0;
    const limit = new LoginLimit(() => now);
    const keys = ['user:kari', 'addr:127.0.0.1'];
    for (let i = 0; i < FREE; i++) {
      expect(limit.waitSeconds(keys)).toBe(0);
      limit.failed(keys);
    }
    expect(limit.waitSeconds(keys)).toBe(1);
    now += 1000;
    expect(limit.waitSeconds(keys)).toBe(0);
    limit.failed(keys);
    expect(limit.waitSeconds(keys)).toBe(2);
    // Another name from the same address waits too; the same name from elsewhere as well.
    expect(limit.waitSeconds(['user:ola', 'addr:127.0.0.1'])).toBe(2);
    expect(limit.waitSeconds(['user:kari', 'addr:10.0.0.9'])).toBe(2);
    limit.succeeded('user:kari');
    expect(limit.waitSeconds(['user:kari', 'addr:10.0.0.9'])).toBe(0);
  });
});
