// The team server's pages in Chromium: the Norwegian login page, the user and role in the header, a leser refused an
// edit with the clear message while seeing a redaktør's edits live, and the admin's users dialog. The server runs in
// this process over a real PostgreSQL store (a throwaway cluster), its accounts and sessions in the store's tables.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceOn, type Service } from '../electron/service/service';
import { openPgStore } from '../electron/store/postgres/pgStore';
import { usePgCluster } from '../electron/store/postgres/testing';
import { startTeamServer } from '../scripts/server/team';
import { createAccount } from '../scripts/server/teamAccess';
import type { WebServer } from '../scripts/web/server';
import { expectCell, typeInto, waitSaved } from './grid';
import { launchBrowser, root, screenshot } from './harness';

const PASSWORD = 'budsjett-2025!';
const pgc = usePgCluster();
let service: Service;
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  const users = await openPgStore(await pgc.newDatabase());
  service = createServiceOn(users, { dataDir: users.location, shell: 'web' });
  await createAccount(users, { username: 'kari', displayName: 'Kari Nordmann', role: 'redaktør', password: PASSWORD });
  await createAccount(users, { username: 'ola', displayName: 'Ola Leder', role: 'leser', password: PASSWORD });
  await createAccount(users, { username: 'admin', displayName: 'Anne Admin', role: 'admin', password: PASSWORD });
  server = await startTeamServer({ service, store: users, rendererDir: path.join(root, 'dist', 'renderer'), port: 0 });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await service?.close();
});

async function signIn(username: string, shots?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(server.url);
  await page.getByTestId('login').waitFor();
  if (shots) {
    await screenshot(page, `${shots}-1440`);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, `${shots}-1366`);
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('workspace').waitFor();
  return { page, problems };
}

describe('the team server in the browser', () => {
  it('signs in on a Norwegian page, refuses a wrong password in words, and shows who is signed in', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
    await page.goto(server.url);
    await page.getByTestId('login-username').fill('kari');
    await page.getByTestId('login-password').fill('feil passord');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').filter({ hasText: 'Feil brukernavn eller passord. Prøv igjen.' }).waitFor();
    await page.close();
    const kari = await signIn('kari', 'team-login');
    expect(await kari.page.getByTestId('user-name').textContent()).toBe('Kari Nordmann');
    expect(await kari.page.getByTestId('user-role').textContent()).toBe('Redaktør');
    await screenshot(kari.page, 'team-header-1440');
    await kari.page.close();
  }, 180_000);

  it('refuses a leser’s edit with the clear message, and shows a redaktør’s edit live', async () => {
    const kari = await signIn('kari');
    const ola = await signIn('ola');
    expect(await ola.page.getByTestId('user-role').textContent()).toBe('Leser');
    await ola.page.getByTestId('read-only-note').waitFor();
    for (const { page } of [kari, ola]) {
      await page.getByTestId('tab-rammer').click();
      await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    }
    await typeInto(ola.page, 'rammer', 'p07.budsjettendringer', 2025, '9 999');
    await ola.page.getByTestId('message').filter({ hasText: 'Du har lesetilgang og kan ikke endre scenariet. Be en administrator om redaktørtilgang.' }).waitFor();
    await expectCell(ola.page, 'rammer', 'p07.budsjettendringer', 2025, 2202);
    await screenshot(ola.page, 'team-leser-refused-1440');
    await ola.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(ola.page, 'team-leser-refused-1366');
    await typeInto(kari.page, 'rammer', 'p08.budsjettendringer', 2025, '15 500');
    await waitSaved(kari.page);
    // Within a second of the store's answer.
    await expectCell(ola.page, 'rammer', 'p08.budsjettendringer', 2025, 15500, 1000);
    expect([...kari.problems, ...ola.problems]).toEqual([]);
    await kari.page.close();
    await ola.page.close();
  }, 240_000);

  it('gives an admin the users dialog to add a user', async () => {
    const admin = await signIn('admin');
    await admin.page.getByTestId('open-users').click();
    const dialog = admin.page.getByTestId('users');
    await dialog.getByTestId('add-user-username').fill('per');
    await dialog.getByTestId('add-user-display').fill('Per Planlegger');
    await dialog.getByTestId('add-user-password').fill(PASSWORD);
    await dialog.getByTestId('add-user-submit').click();
    await dialog.locator('[data-username="per"]').waitFor();
    await screenshot(admin.page, 'team-users-1440');
    await admin.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(admin.page, 'team-users-1366');
    expect(admin.problems).toEqual([]);
    await admin.page.close();
  }, 180_000);
});
