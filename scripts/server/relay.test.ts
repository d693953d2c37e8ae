// Two team servers (npm run server's serveCommand, twice) on one PostgreSQL database, a user on each: each sees the
// other's edits on its live stream, through PostgreSQL's LISTEN/NOTIFY (relay.ts), and the stale rule holds across
// them — an edit on a revision the other server moved on is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_PATH } from '../../shared/api/accounts';
import { openPgStore } from '../../electron/store/postgres/pgStore';
import { usePgCluster } from '../../electron/store/postgres/testing';
import { CLIENT_HEADER, TOKEN_HEADER } from '../web/server';
import { serveCommand, type RunningServer } from './cli';
import { liveStream } from './liveTesting';
import { payloadOf } from './relay';
import { addUser } from './team';

const pgc = usePgCluster();
const PASSWORD = 'et langt passord';
let dir: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-relay-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head></head><body>hei</body></html>');
  const url = await pgc.newDatabase();
  const users = await openPgStore(url);
  await addUser(users, 'ada', 'redaktør', PASSWORD);
  await addUser(users, 'bo', 'redaktør', PASSWORD);
  await users.close();
  for (let i = 0; i < 2; i++) {
    servers.push(await serveCommand({ pg: url, port: 0, host: '127.0.0.1', secureCookies: false, trustProxy: false, pool: 2, lang: 'nb' }, dir, () => undefined));
  }
}, 120_000);
afterAll(async () => {
  for (const s of servers) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Signed {
  origin: string;
  cookie: string;
  token: string;
  client: string;
}

async function signIn(server: RunningServer, username: string): Promise<Signed> {
  const origin = new URL(server.url).origin;
  const res = await fetch(`${origin}${LOGIN_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ username, password: PASSWORD }) });
  const body = (await res.json()) as { value: { token: string } };
  return { origin, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], token: body.value.token, client: `page-${username}` };
}

async function call(s: Signed, op: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await fetch(`${s.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: s.cookie, [TOKEN_HEADER]: s.token, [CLIENT_HEADER]: s.client, Origin: s.origin },
    body: JSON.stringify(input),
  });
  return (await res.json()) as never;
}

/** A page's live stream on `scenario`, with its changes. */
function stream(s: Signed, scenario: string) {
  const live = liveStream(s.origin, s.cookie, scenario, s.client);
  return { ...live, changes: () => live.events.filter((e) => e.event === 'change').map((e) => e.data as { revision: number; patches?: unknown }) };
}

const until = async (fn: () => boolean) => {
  for (let i = 0; i < 150 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn()).toBe(true);
};

describe('two team servers on one database', () => {
  it("each user sees the other's edits live, and a stale edit is refused across the servers", async () => {
    const ada = await signIn(servers[0], 'ada');
    const bo = await signIn(servers[1], 'bo');
    const created = await call(ada, 'scenario.create', { from: 'blank', name: 'To servere' });
    expect(created.ok).toBe(true);
    const id = (created.value as { id: string }).id;
    const [adaLive, boLive] = [stream(ada, id), stream(bo, id)];
    await Promise.all([adaLive.ready, boLive.ready]);
    // Bo's page has read the scenario through the second server (its copy in memory there is at revision 0).
    expect((await call(bo, 'scenario.open', { id })).ok).toBe(true);

    const patches = [{ op: 'set', path: ['description'], value: 'Fra Ada' }];
    expect((await call(ada, 'scenario.edit', { id, baseRevision: 0, label: 'Beskrivelse', patches })).ok).toBe(true);
    await until(() => boLive.changes().length === 1);
    expect(boLive.changes()[0]).toMatchObject({ revision: 1, patches });

    // Bo's edit on revision 0, made before Ada's arrived: refused as stale by the second server.
    const stale = await call(bo, 'scenario.edit', { id, baseRevision: 0, label: 'Gammel', patches: [{ op: 'set', path: ['description'], value: 'Fra Bo' }] });
    expect(stale.error?.code).toBe('store.stale');
    // On the revision the live change brought: taken, and Ada's page sees it.
    expect((await call(bo, 'scenario.edit', { id, baseRevision: 1, label: 'Beskrivelse', patches: [{ op: 'set', path: ['description'], value: 'Fra Bo' }] })).ok).toBe(true);
    await until(() => adaLive.changes().length === 1);
    expect(adaLive.changes()[0]).toMatchObject({ revision: 2, patches: [{ op: 'set', path: ['description'], value: 'Fra Bo' }] });
    // Neither page got its own change back.
    expect(boLive.changes()).toHaveLength(1);
    expect(((await call(ada, 'scenario.open', { id })).value as { scenario: { description: string } }).scenario.description).toBe('Fra Bo');
    adaLive.close();
    boLive.close();
  });

  it('sends a change too long for one notification without its patches (the pages open the scenario again)', () => {
    const change = { scenario: 's', revision: 3, kind: 'edit' as const, label: 'Stor', author: null, at: '', patches: [{ op: 'set' as const, path: ['description'], value: 'x'.repeat(10_000) }] };
    const small = JSON.parse(payloadOf('a', { type: 'change', change: { ...change, patches: [] } })) as { m: { change: { kind: string } } };
    expect(small.m.change.kind).toBe('edit');
    const big = payloadOf('a', { type: 'change', change });
    expect(Buffer.byteLength(big)).toBeLessThan(8_000);
    expect(JSON.parse(big)).toMatchObject({ from: 'a', m: { type: 'change', change: { scenario: 's', revision: 3, kind: 'other' } } });
  });
});
