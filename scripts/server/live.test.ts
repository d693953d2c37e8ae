// The live stream against the real web server and service: a change acknowledged for one page reaches the others on
// the scenario (not the page that made it), with its revision, patches and author; list changes reach every page.
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, LIVE_PATH, TOKEN_HEADER } from '../web/server';
import { useTestServer } from '../web/testing';
import { liveStream } from './liveTesting';

const t = useTestServer();

function url() {
  return new URL(t.server.url);
}

async function cookie(): Promise<string> {
  const u = url();
  const res = await fetch(`${u.origin}${u.pathname}${u.search}`, { redirect: 'manual' });
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

async function call(c: string, op: string, input: unknown, client: string): Promise<{ ok: boolean; value?: unknown }> {
  const res = await fetch(`${url().origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: c, [TOKEN_HEADER]: t.server.token, [CLIENT_HEADER]: client },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

/** Opens a stream and collects its events until closed. */
const stream = (c: string, scenario: string, client: string) => liveStream(url().origin, c, scenario, client);

const until = async (fn: () => boolean) => {
  for (let i = 0; i < 100 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn()).toBe(true);
};

describe('the live stream', () => {
  it('sends an acknowledged edit to the other pages of the scenario, not back to its own', async () => {
    const c = await cookie();
    const created = (await call(c, 'scenario.create', { from: 'blank', name: 'Live' }, 'a')).value as { id: string };
    const a = stream(c, created.id, 'a');
    const b = stream(c, created.id, 'b');
    const other = stream(c, 'scenario-other', 'c');
    await Promise.all([a.ready, b.ready, other.ready]);
    const patches = [{ op: 'set', path: ['description'], value: 'Fra A' }];
    const res = await call(c, 'scenario.edit', { id: created.id, baseRevision: 0, label: 'Beskrivelse', patches }, 'a');
    expect(res.ok).toBe(true);
    await until(() => b.events.some((e) => e.event === 'change'));
    expect(b.events.find((e) => e.event === 'change')?.data).toMatchObject({ scenario: created.id, revision: 1, kind: 'edit', label: 'Beskrivelse', patches, undo: { canUndo: true } });
    // An undo carries the patches it applied.
    await call(c, 'scenario.undo', { id: created.id, baseRevision: 1 }, 'a');
    await until(() => b.events.filter((e) => e.event === 'change').length === 2);
    expect(b.events.filter((e) => e.event === 'change')[1].data).toMatchObject({ revision: 2, kind: 'undo', patches: [{ op: 'set', path: ['description'], value: '' }] });
    expect(a.events.filter((e) => e.event === 'change')).toEqual([]);
    expect(other.events.filter((e) => e.event === 'change')).toEqual([]);
    // The list went to every other page.
    expect(other.events.some((e) => e.event === 'list')).toBe(false);
    await call(c, 'scenario.rename', { id: created.id, name: 'Live 2' }, 'a');
    await until(() => other.events.some((e) => e.event === 'list'));
    await until(() => b.events.some((e) => e.event === 'change' && (e.data as { kind: string }).kind === 'other'));
    for (const s of [a, b, other]) s.close();
  });

  it('refuses a stream without the session', async () => {
    const res = await fetch(`${url().origin}${LIVE_PATH}?scenario=x&client=a`);
    expect(res.status).toBe(403);
    const c = await cookie();
    expect((await fetch(`${url().origin}${LIVE_PATH}?scenario=x&client=${'%3Cscript%3E'}`, { headers: { Cookie: c } })).status).toBe(400);
  });
});
