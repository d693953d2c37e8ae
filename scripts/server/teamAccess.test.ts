// The team server's access against the real web server and service over a real PostgreSQL store (a throwaway
// cluster), accounts and sessions in its tables: login, sessions, the role table checked on every operation × role
// (generated from the table), the admin's account calls, a session that outlives a restart of the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountOpNames } from '../../shared/api/accounts';
import { opNames } from '../../shared/api/ops';
import { mayCall, minimumRole, roles, type Role } from '../../shared/api/roles';
import { createServiceOn, type Service } from '../../electron/service/service';
import { openPgStore, type PgStore } from '../../electron/store/postgres/pgStore';
import { usePgCluster } from '../../electron/store/postgres/testing';
import { LOGIN_PATH, LOGOUT_PATH, ME_PATH } from '../../shared/api/accounts';
import { TOKEN_HEADER, type WebServer } from '../web/server';
import { startTeamServer, addUser } from './team';

let dir: string;
let service: Service;
let server: WebServer;
let users: PgStore;
let rendererDir: string;
const pgc = usePgCluster();
const PASSWORD = 'et langt passord';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-team-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>hei</body></html>');
  users = await openPgStore(await pgc.newDatabase());
  service = createServiceOn(users, { dataDir: dir, shell: 'web', seedExample: false });
  server = await startTeamServer({ service, store: users, rendererDir, port: 0 });
  for (const role of roles) await addUser(users, role, role, PASSWORD);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await service?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Signed {
  cookie: string;
  token: string;
}

async function login(username: string, password = PASSWORD): Promise<{ status: number; body: { ok: boolean; value?: { token: string }; error?: { code: string } }; cookie: string }> {
  const res = await fetch(`${server.origin}${LOGIN_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin }, body: JSON.stringify({ username, password }) });
  return { status: res.status, body: (await res.json()) as never, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

async function signIn(username: string): Promise<Signed> {
  const res = await login(username);
  expect(res.status).toBe(200);
  return { cookie: res.cookie, token: res.body.value!.token };
}

async function call(s: Signed, op: string, input: unknown) {
  const res = await fetch(`${server.origin}/api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, [TOKEN_HEADER]: s.token }, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { code: string } } | null };
}

describe('the team server', () => {
  it('signs in with the right password only, in an HttpOnly SameSite=Strict cookie, and says who', async () => {
    const wrong = await login('redaktør', 'feil passord!!');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('auth.wrongLogin');
    expect((await login('ingen-slik', PASSWORD)).body.error?.code).toBe('auth.wrongLogin');
    const res = await fetch(`${server.origin}${LOGIN_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'Redaktør', password: PASSWORD }) });
    expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    const s = await signIn('redaktør');
    const me = await fetch(`${server.origin}${ME_PATH}`, { headers: { Cookie: s.cookie } });
    expect(await me.json()).toMatchObject({ ok: true, value: { account: { username: 'redaktør', role: 'redaktør', disabled: false } } });
    // Without the token, or without the session, the API refuses before anything runs.
    expect((await call({ cookie: s.cookie, token: 'x'.repeat(48) }, 'scenario.list', {})).status).toBe(403);
    expect((await call({ cookie: 'handlingsrom-team-1=x', token: s.token }, 'scenario.list', {})).status).toBe(403);
    // The page is served without a session (it shows the login page) and says it is the team server's.
    const page = await (await fetch(`${server.origin}/`)).text();
    expect(page).toContain('<meta name="handlingsrom-mode" content="team" />');
  }, 120_000);

  it('checks every operation for every role, as the role table says, with a message that says what to ask for', async () => {
    const sessions = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await signIn(r)] as const))) as Record<Role, Signed>;
    for (const op of [...opNames, ...accountOpNames]) {
      for (const role of roles) {
        // An empty input: an allowed call gets past the role check and fails validation (or runs); a refused
        // one never gets there.
        const res = await call(sessions[role], op, {});
        const refused = res.body?.ok === false && (res.body.error?.code === 'auth.needsEditor' || res.body.error?.code === 'auth.needsAdmin');
        expect(refused, `${op} as ${role} (needs ${minimumRole[op]})`).toBe(!mayCall(role, op));
      }
    }
    const edit = await call(sessions.leser, 'scenario.edit', { id: 'x', baseRevision: 0, label: 'x', patches: [] });
    expect(edit.body?.error?.code).toBe('auth.needsEditor');
  }, 300_000);

  it('lets an admin add users, change roles, reset passwords and disable, but keeps one admin', async () => {
    const admin = await signIn('admin');
    const created = await call(admin, 'account.create', { username: 'kari', displayName: 'Kari Nordmann', role: 'leser', password: PASSWORD });
    expect(created.body).toMatchObject({ ok: true, value: { username: 'kari', displayName: 'Kari Nordmann', role: 'leser' } });
    expect((await call(admin, 'account.create', { username: 'KARI', role: 'leser', password: PASSWORD })).body?.error?.code).toBe('auth.nameTaken');
    const id = (created.body!.value as { id: string }).id;
    const kari = await signIn('kari');
    expect((await call(kari, 'scenario.create', { from: 'blank' })).body?.error?.code).toBe('auth.needsEditor');
    await call(admin, 'account.update', { id, role: 'redaktør' });
    expect((await call(kari, 'scenario.create', { from: 'blank' })).body?.ok).toBe(true);
    await call(admin, 'account.update', { id, disabled: true });
    expect((await call(kari, 'scenario.list', {})).status).toBe(403);
    expect((await login('kari')).body.error?.code).toBe('auth.disabledUser');
    const adminId = (await users.findUser('admin'))!.id;
    expect((await call(admin, 'account.update', { id: adminId, role: 'leser' })).body?.error?.code).toBe('auth.lastAdmin');
  }, 300_000);

  it('keeps a session through a restart of the server on the same port, and ends it at logout', async () => {
    const s = await signIn('redaktør');
    const port = Number(new URL(server.origin).port);
    await server.close();
    server = await startTeamServer({ service, store: users, rendererDir, port });
    // The client's kept-alive connection to the old server is gone: let fetch find that out on a page request.
    await fetch(`${server.origin}/`).catch(() => undefined);
    expect((await call(s, 'scenario.list', {})).body?.ok).toBe(true);
    const me = await fetch(`${server.origin}${ME_PATH}`, { headers: { Cookie: s.cookie } });
    expect(((await me.json()) as { value: { token: string } }).value.token).toBe(s.token);
    const out = await fetch(`${server.origin}${LOGOUT_PATH}`, { method: 'POST', headers: { Cookie: s.cookie, Origin: server.origin } });
    expect(out.status).toBe(200);
    expect((await call(s, 'scenario.list', {})).status).toBe(403);
  }, 120_000);

  it('answers on the public address behind a proxy, with a Secure cookie when the trusted proxy says https', async () => {
    const proxied = await startTeamServer({ service, store: users, rendererDir, port: 0, trustProxy: true, publicOrigin: 'https://budsjett.example.no' });
    try {
      const headers = { 'Content-Type': 'application/json', Host: 'budsjett.example.no', Origin: 'https://budsjett.example.no', 'X-Forwarded-Proto': 'https' };
      const res = await fetch(`${proxied.origin}${LOGIN_PATH}`, { method: 'POST', headers, body: JSON.stringify({ username: 'leser', password: PASSWORD }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
      expect(proxied.url).toBe('https://budsjett.example.no/');
      const foreign = await fetch(`${proxied.origin}${LOGIN_PATH}`, { method: 'POST', headers: { ...headers, Origin: 'https://annen.example.no' }, body: '{}' });
      expect(foreign.status).toBe(403);
    } finally {
      await proxied.close();
    }
  }, 120_000);
});
