// The team server's sessions on a real PostgreSQL store (a throwaway cluster): they end after a while without use,
// after the longest time in any case, at logout and when the user is signed out everywhere; they survive a restart
// (a new Sessions over a new connection to the same database), and the database holds no cookie value.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgStore, type PgStore } from '../../electron/store/postgres/pgStore';
import { usePgCluster } from '../../electron/store/postgres/testing';
import { IDLE_MS, MAX_MS, Sessions } from './sessions';

const pgc = usePgCluster();
const opened: PgStore[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});

async function open(url: string) {
  const store = await openPgStore(url, { maxConnections: 2 });
  opened.push(store);
  return store;
}

describe('sessions', () => {
  it('end after a while without use, after the longest time in any case, and at logout', async () => {
    const store = await open(await pgc.newDatabase());
    const u1 = (await store.createUser({ username: 'kari', displayName: 'Kari', role: 'redaktør', passwordHash: 'x' })).id;
    const u2 = (await store.createUser({ username: 'ola', displayName: 'Ola', role: 'leser', passwordHash: 'x' })).id;
    let now = 1_000_000;
    const sessions = new Sessions(store, () => now);
    const s = await sessions.create(u1);
    expect(sessions.hasToken(s, sessions.token(s))).toBe(true);
    expect(sessions.hasToken(s, 'x'.repeat(64))).toBe(false);
    now += IDLE_MS - 1;
    expect((await sessions.get(s.id))?.idHash).toBe(s.idHash);
    // Used just now: alive for another idle period, but never beyond the maximum.
    for (now += IDLE_MS - 1; now < 1_000_000 + MAX_MS; now += IDLE_MS - 1) expect(await sessions.get(s.id)).toBeDefined();
    expect(await sessions.get(s.id)).toBeUndefined();
    expect(await store.findSession(s.idHash)).toBeUndefined();
    const t = await sessions.create(u1);
    now += IDLE_MS + 1;
    expect(await sessions.get(t.id)).toBeUndefined();
    const u = await sessions.create(u1);
    const keep = await sessions.create(u1);
    const other = await sessions.create(u2);
    await sessions.endUser(u1, keep);
    expect(await sessions.get(u.id)).toBeUndefined();
    expect(await sessions.get(keep.id)).toBeDefined();
    expect(await sessions.get(other.id)).toBeDefined();
    await sessions.end(other.id);
    expect(await sessions.get(other.id)).toBeUndefined();
    expect(await store.findSession(other.idHash)).toBeUndefined();
    expect(await sessions.get('not a session')).toBeUndefined();
  });

  it('survive a restart, idle time included, and the database holds only a hash of the cookie', async () => {
    const url = await pgc.newDatabase();
    const first = await open(url);
    const user = (await first.createUser({ username: 'kari', displayName: 'Kari', role: 'redaktør', passwordHash: 'x' })).id;
    let now = 5_000_000;
    const before = new Sessions(first, () => now);
    const s = await before.create(user);
    // Used two hours later: the store learns of it (at most a minute late).
    now += 2 * 60 * 60 * 1000;
    await before.get(s.id);
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = await open(url);
    const after = new Sessions(second, () => now);
    const again = await after.get(s.id);
    expect(again?.userId).toBe(user);
    expect(after.token(again!)).toBe(before.token(s));
    now += IDLE_MS - 1;
    expect(await after.get(s.id)).toBeDefined();

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query<Record<string, unknown>>('SELECT * FROM sessions')).rows;
    await c.end();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(s.id);
    expect(JSON.stringify(rows)).not.toContain(before.token(s));
  });
});
