// Failed logins are limited per user name and per address: after FREE failures within WINDOW_MS, each further
// attempt must wait, doubling from 1 s up to 15 min. A refused attempt does not run the password hash, so a flood
// of guesses costs the server little. A success clears the name's count.
export const FREE = 5;
export const WINDOW_MS = 15 * 60 * 1000;
const MAX_WAIT_MS = 15 * 60 * 1000;
const MAX_KEYS = 50_000;

interface Failures {
  count: number;
  first: number;
  last: number;
}

export class LoginLimit {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before `keys` may try again (0: now). */
  waitSeconds(keys: string[]): number {
    const t = this.now();
    let wait = 0;
    for (const k of keys) {
      const f = this.failures.get(k);
      if (!f) continue;
      if (t - f.first > WINDOW_MS && t - f.last > MAX_WAIT_MS) {
        this.failures.delete(k);
        continue;
      }
      if (f.count < FREE) continue;
      const until = f.last + Math.min(MAX_WAIT_MS, 1000 * 2 ** (f.count - FREE));
      wait = Math.max(wait, until - t);
    }
    return Math.ceil(Math.max(0, wait) / 1000);
  }

  failed(keys: string[]): void {
    const t = this.now();
    for (const k of keys) {
      const f = this.failures.get(k);
      if (f && t - f.first <= WINDOW_MS) {
        f.count++;
        f.last = t;
      } else {
        if (this.failures.size >= MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
        this.failures.set(k, { count: 1, first: t, last: t });
      }
    }
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }
}
