// Password hashes with node's scrypt, which is memory-hard: each guess costs 128 · N · r bytes of memory as well as
// time, so guessing on graphics cards or custom chips is expensive. N = 2^15, r = 8, p = 3 is one of the settings
// OWASP's password storage cheat sheet gives as equivalent minimums (32 MiB per hash, about 0.2 s here); scrypt runs
// in libuv's thread pool (4 threads), so logins neither stall edits on the event loop nor take more than 128 MiB
// together. The stored string names the algorithm and its parameters, so they can be raised later and old hashes
// still verify. Comparison is constant-time (timingSafeEqual), and an unknown user is checked against a dummy hash,
// so the answer takes as long whether the user exists or not.
import crypto from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: 128 · N · r plus room; node's default (32 MiB) is just too small for N = 2^15, r = 8.
    crypto.scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: 256 * params.N * params.r }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64). */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored`; false for a stored string we cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Bounds on what a stored string may ask of us (a tampered row must not make the server allocate gigabytes).
  if (!Number.isInteger(Math.log2(N)) || N < 2 ** 10 || N > 2 ** 20 || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await scrypt(password, salt, { N, r, p });
  return crypto.timingSafeEqual(key, expected);
}

let dummy: Promise<string> | null = null;
/** Spends the time of a real check when there is no user to check against. */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword('no such user');
  await verifyPassword(password, await dummy);
  return false;
}
