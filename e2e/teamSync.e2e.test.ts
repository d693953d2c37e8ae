// A laptop that goes offline, edits, comes back and merges one conflict (issue 21), in Chromium end to end: a team
// server over a throwaway PostgreSQL, the laptop's web mode (scripts/web.ts, its own SQLite store) connected to it.
// The laptop fetches a scenario; the server is stopped; the laptop edits two cells; a colleague edits one of the
// same cells and another through a second front end of the same team database; the server comes back; the laptop
// syncs, shows the one conflict, the user keeps their own value, and both sides end with the same document. All along,
// the sidebar marks the fetched scenario as linked to the team server, with the count of edits waiting. Then the
// desktop app's page (e2e/desktopPage.ts: its bridge and back end, without Electron) does the same round over IPC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../shared/model/scenario';
import { createServiceOn, type Service } from '../electron/service/service';
import { openPgStore, type PgStore } from '../electron/store/postgres/pgStore';
import { usePgCluster } from '../electron/store/postgres/testing';
import { startTeamServer } from '../scripts/server/team';
import { createAccount } from '../scripts/server/teamAccess';
import type { WebServer } from '../scripts/web/server';
import { seriousViolations } from './a11y';
import { openDesktopPage } from './desktopPage';
import { expectCell, typeInto, waitSaved } from './grid';
import { launchBrowser, openPage, root, screenshot, startWebApp, type WebApp } from './harness';

const PASSWORD = 'budsjett-2025!';
const NAME = 'Budsjett 2025 – teamet';
const rendererDir = path.join(root, 'dist', 'renderer');
const pgc = usePgCluster();
let dir: string;
let store: PgStore;
let team: Service;
let serverA: WebServer;
let serverB: WebServer;
let laptop: WebApp;
let browser: Browser;
let remoteId: string;
let perId: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-teamsync-e2e-'));
  store = await openPgStore(await pgc.newDatabase());
  team = createServiceOn(store, { dataDir: dir, shell: 'web', seedExample: false });
  await createAccount(store, { username: 'kari', displayName: 'Kari Nordmann', role: 'redaktør', password: PASSWORD });
  perId = (await createAccount(store, { username: 'per', displayName: 'Per Planlegger', role: 'redaktør', password: PASSWORD })).id;
  const examples = await team.dispatch('scenario.examples', {});
  const example = (examples as { ok: true; value: { id: string }[] }).value.find((e) => /hop/.test(e.id))!;
  const made = await team.dispatch('scenario.create', { from: 'example', exampleId: example.id, name: NAME });
  remoteId = (made as { ok: true; value: { id: string } }).value.id;
  // Two front ends of the same team database: the laptop's (stopped and started again) and the colleague's.
  serverA = await startTeamServer({ service: team, store, rendererDir, port: 0 });
  serverB = await startTeamServer({ service: team, store, rendererDir, port: 0 });
  laptop = await startWebApp(path.join(dir, 'laptop'));
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await laptop?.stop();
  await serverA?.close();
  await serverB?.close();
  await team?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function syncState(page: Page, state: string, text: string | RegExp, timeout = 30_000) {
  await page.locator(`[data-testid="sync-state"][data-state="${state}"]`).filter({ hasText: text }).waitFor({ timeout });
}

/** A call to the laptop's own back end from its page (with the page's token), as the page makes it. */
async function laptopCall<T>(page: Page, op: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([o, i]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="handlingsrom-token"]')!.content;
      const res = await fetch(`./api/${o as string}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token }, body: JSON.stringify(i) });
      return ((await res.json()) as { value: unknown }).value;
    },
    [op, input] as const,
  ) as Promise<T>;
}

/** The sidebar's mark of the fetched scenario: its accessible label says the server and what waits. */
async function linkedMark(page: Page, label: string, count: string | null) {
  const mark = page.getByTestId('scenario-item').filter({ hasText: NAME }).getByTestId('linked-mark');
  await mark.and(page.getByRole('img', { name: label, exact: true })).waitFor({ timeout: 30_000 });
  expect(await mark.getAttribute('title')).toBe(label);
  if (count === null) expect(await mark.locator('.linked-count').count()).toBe(0);
  else expect(await mark.locator('.linked-count').textContent()).toBe(count);
}

const frameChange = (doc: Scenario, area: string) => {
  const item = doc.areas.find((a) => a.id === area)!;
  return JSON.stringify(item);
};

describe('a laptop offline from the team server', () => {
  it('edits offline, merges a colleague’s edits on return, and shows the one conflict to choose', async () => {
    const { page, problems } = await openPage(browser, laptop.url);
    await page.setViewportSize({ width: 1366, height: 768 });

    // Connect: a wrong password is refused in words, then the right one.
    await page.getByTestId('sync-connect-open').click();
    await page.getByTestId('sync-origin').fill(serverA.origin);
    await page.getByTestId('sync-username').fill('kari');
    await page.getByTestId('sync-password').fill('feil passord');
    await page.getByTestId('sync-connect-submit').click();
    await page.getByTestId('sync-connect-error').filter({ hasText: 'Feil brukernavn eller passord. Prøv igjen.' }).waitFor();
    await page.getByTestId('sync-password').fill(PASSWORD);
    await screenshot(page, 'teamsync-connect-1366');
    await page.getByTestId('sync-connect-submit').click();
    await page.getByTestId('sync-server').filter({ hasText: 'Kari Nordmann' }).waitFor();

    // Fetch the team's scenario into the laptop's store.
    await page.getByTestId('sync-remote-open').click();
    const row = page.locator(`[data-testid="sync-remote-row"][data-name="${NAME}"]`);
    await row.waitFor();
    await screenshot(page, 'teamsync-remote-1366');
    await row.getByTestId('sync-fetch').click();
    await page.getByTestId('message').filter({ hasText: `«${NAME}» er hentet fra teamserveren` }).waitFor();
    await syncState(page, 'synced', 'Synkronisert');
    const host = new URL(serverA.origin).host;
    await linkedMark(page, `Koblet til teamserveren ${host}`, null);
    // Only the fetched scenario is marked (the laptop's own example is not linked).
    expect(await page.getByTestId('linked-mark').count()).toBe(1);
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    const localId = (await laptopCall<{ id: string; name: string }[]>(page, 'scenario.list', {})).find((x) => x.name === NAME)?.id;
    expect(localId).toBeTruthy();

    // The server goes away; the laptop keeps working: saved here, waiting for the server.
    await serverA.close();
    await typeInto(page, 'rammer', 'p07.budsjettendringer', 2025, '1 111');
    await waitSaved(page);
    await typeInto(page, 'rammer', 'p08.budsjettendringer', 2025, '2 222');
    await waitSaved(page);
    await syncState(page, 'offline', 'Teamserveren svarer ikke – 2 endringer venter på teamserveren');
    await linkedMark(page, `Koblet til teamserveren ${host} – 2 endringer venter på teamserveren`, '2');
    await screenshot(page, 'teamsync-offline-1366');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'teamsync-offline-1440');
    await page.setViewportSize({ width: 1366, height: 768 });

    // Meanwhile a colleague edits the same scenario on the team server: one of the same cells, and another.
    const per = await openPage(browser, serverB.url);
    await per.page.setViewportSize({ width: 1366, height: 768 });
    await per.page.getByTestId('login-username').fill('per');
    await per.page.getByTestId('login-password').fill(PASSWORD);
    await per.page.getByTestId('login-submit').click();
    await per.page.getByTestId('workspace').waitFor();
    await per.page.getByTestId('tab-rammer').click();
    await per.page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    await typeInto(per.page, 'rammer', 'p07.budsjettendringer', 2025, '3 333');
    await waitSaved(per.page);
    await typeInto(per.page, 'rammer', 'p05.budsjettendringer', 2025, '4 444');
    await waitSaved(per.page);

    // The server is back: the laptop merges, takes the colleague's other cell, and asks about the one conflict.
    serverA = await startTeamServer({ service: team, store, rendererDir, port: Number(new URL(serverA.origin).port) });
    await syncState(page, 'conflict', '1 konflikt med teamserveren');
    await screenshot(page, 'teamsync-conflict-header-1366');
    await page.getByTestId('sync-resolve').click();
    const view = page.getByTestId('sync-conflicts');
    await view.getByTestId('sync-conflict').first().waitFor();
    expect(await view.getByTestId('sync-conflict').count()).toBe(1);
    const conflictText = await view.getByTestId('sync-conflict').textContent();
    expect(conflictText).toMatch(/2\s202 → 1\s111/);
    expect(conflictText).toMatch(/2\s202 → 3\s333/);
    await screenshot(page, 'teamsync-conflict-1366');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'teamsync-conflict-1440');
    await page.setViewportSize({ width: 1366, height: 768 });
    await view.getByTestId('sync-choice-0-mine').check();
    await view.getByTestId('sync-conflicts-apply').click();
    await page.getByTestId('message').filter({ hasText: 'Konfliktene er løst' }).waitFor();
    await syncState(page, 'synced', 'Synkronisert');
    await linkedMark(page, `Koblet til teamserveren ${host}`, null);
    await page.getByTestId('tab-rammer').click();
    await expectCell(page, 'rammer', 'p07.budsjettendringer', 2025, 1111);
    await expectCell(page, 'rammer', 'p08.budsjettendringer', 2025, 2222);
    await expectCell(page, 'rammer', 'p05.budsjettendringer', 2025, 4444);
    await screenshot(page, 'teamsync-synced-1366');

    // Both sides hold the same document with everything: the laptop's two cells, the colleague's other one.
    const local = (await laptopCall<{ scenario: Scenario }>(page, 'scenario.open', { id: localId })).scenario;
    const server = await team.scenarios.document(remoteId);
    expect({ ...local, id: '' }).toEqual({ ...server, id: '' });
    for (const area of ['p05', 'p07', 'p08']) expect(frameChange(local, area)).toBe(frameChange(server, area));
    await per.page.reload();
    await per.page.getByTestId('tab-rammer').click();
    await expectCell(per.page, 'rammer', 'p07.budsjettendringer', 2025, 1111);
    await expectCell(per.page, 'rammer', 'p08.budsjettendringer', 2025, 2222);
    await expectCell(per.page, 'rammer', 'p05.budsjettendringer', 2025, 4444);
    expect(problems).toEqual([]);
    // The team page asks who is signed in before the login (401 then, by design); nothing else may fail.
    expect(per.problems.filter((p) => !p.includes('401 (Unauthorized)'))).toEqual([]);
    await per.page.close();
    await page.close();
  }, 300_000);

  it('in the desktop app: connects, fetches, marks the scenario, queues an edit while the server is away, and shows a colleague’s edit merged', async () => {
    const desktop = await openDesktopPage(browser, path.join(dir, 'desktop'));
    const { page } = desktop;
    // The header's team-server controls are there in the desktop app too, over the same calls.
    await page.getByTestId('sync-connect-open').click();
    await page.getByTestId('sync-origin').fill(serverA.origin);
    await page.getByTestId('sync-username').fill('kari');
    await page.getByTestId('sync-password').fill(PASSWORD);
    await page.getByTestId('sync-connect-submit').click();
    await page.getByTestId('sync-server').filter({ hasText: 'Kari Nordmann' }).waitFor();
    await page.getByTestId('sync-remote-open').click();
    await page.locator(`[data-testid="sync-remote-row"][data-name="${NAME}"]`).getByTestId('sync-fetch').click();
    await syncState(page, 'synced', 'Synkronisert');
    const host = new URL(serverA.origin).host;
    await linkedMark(page, `Koblet til teamserveren ${host}`, null);
    await page.getByTestId('tab-rammer').click();
    await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();

    // The server goes away: the edit is saved here and waits, in the header and in the sidebar.
    await serverA.close();
    await typeInto(page, 'rammer', 'p08.budsjettendringer', 2026, '5 555');
    await waitSaved(page);
    await syncState(page, 'offline', 'Teamserveren svarer ikke – 1 endring venter på teamserveren');
    await linkedMark(page, `Koblet til teamserveren ${host} – 1 endring venter på teamserveren`, '1');
    await screenshot(page, 'teamsync-desktop-offline-1366');
    // The mark and its count are named for a screen reader; axe finds nothing serious on the page.
    expect(await seriousViolations(page)).toEqual([]);

    // A colleague edits another cell on the team server; when it is back, the desktop app merges both, and the
    // colleague's value comes into the open grid as a live change from the back end (no reload).
    const doc = await team.scenarios.document(remoteId);
    const { revision } = await team.scenarios.current(remoteId);
    const path07 = ['areas', { id: 'p07' }, 'frame', 'currentYearChanges', 2026 - doc.firstYear];
    const colleague = await team.dispatch('scenario.edit', { id: remoteId, baseRevision: revision, label: 'Pers endring', patches: [{ op: 'set', path: path07, value: 6666 }] }, { userId: perId });
    expect(colleague.ok).toBe(true);
    serverA = await startTeamServer({ service: team, store, rendererDir, port: Number(new URL(serverA.origin).port) });
    await syncState(page, 'synced', 'Synkronisert');
    await linkedMark(page, `Koblet til teamserveren ${host}`, null);
    await expectCell(page, 'rammer', 'p07.budsjettendringer', 2026, 6666, 15_000);
    await expectCell(page, 'rammer', 'p08.budsjettendringer', 2026, 5555);
    await screenshot(page, 'teamsync-desktop-synced-1366');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'teamsync-desktop-synced-1440');
    const server = await team.scenarios.document(remoteId);
    expect(server.areas.find((a) => a.id === 'p08')!.frame.currentYearChanges[2026 - server.firstYear]).toBe(5555);
    expect(desktop.problems).toEqual([]);
    await desktop.close();
  }, 300_000);
});
