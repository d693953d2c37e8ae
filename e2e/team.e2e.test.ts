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
  await createAccount(users, { username: 'siri', displayName: 'Siri Økonom', role: 'redaktør', password: PASSWORD });
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
    // A leser reads the history but has no "Tilbake hit" (it would be an edit); a redaktør has it on each earlier step.
    await typeInto(kari.page, 'rammer', 'p08.budsjettendringer', 2025, '15 600');
    await waitSaved(kari.page);
    await ola.page.getByTestId('open-history').click();
    await expect.poll(() => ola.page.getByTestId('history-entry').count()).toBe(2);
    expect(await ola.page.getByTestId('history-restore').count()).toBe(0);
    await ola.page.getByTestId('history-close').click();
    await kari.page.getByTestId('open-history').click();
    await kari.page.getByTestId('history-entry').first().waitFor();
    expect(await kari.page.getByTestId('history-restore').count()).toBe(1);
    await kari.page.getByTestId('history-close').click();
    expect([...kari.problems, ...ola.problems]).toEqual([]);
    await kari.page.close();
    await ola.page.close();
  }, 240_000);

  it('names who made each edit, in the history and in the change list (two redaktører on one copy)', async () => {
    const kari = await signIn('kari');
    await kari.page.getByTestId('duplicate').click();
    await kari.page.getByTestId('scenario-name').filter({ hasText: /^Kopi av / }).waitFor();
    const siri = await signIn('siri');
    await siri.page.getByTestId('scenario-item').filter({ hasText: /^Kopi av / }).first().click();
    await siri.page.getByTestId('scenario-name').filter({ hasText: /^Kopi av / }).waitFor();
    for (const { page } of [kari, siri]) {
      await page.getByTestId('tab-rammer').click();
      await page.getByTestId('grid-rammer').locator('.ag-row').first().waitFor();
    }
    await typeInto(kari.page, 'rammer', 'p05.budsjettendringer', 2026, '41 000');
    await waitSaved(kari.page);
    await expectCell(siri.page, 'rammer', 'p05.budsjettendringer', 2026, 41000);
    await typeInto(siri.page, 'rammer', 'p07.budsjettendringer', 2026, '3 000');
    await waitSaved(siri.page);
    await expectCell(kari.page, 'rammer', 'p07.budsjettendringer', 2026, 3000);

    // The history: each step with the name of the user who made it, newest first.
    await kari.page.getByTestId('open-history').click();
    const dialog = kari.page.getByTestId('history-dialog');
    await dialog.getByTestId('history-entry').first().waitFor();
    const steps = (await dialog.getByTestId('history-entry').allTextContents()).map((x) => x.replace(/[\u00a0\u202f]/g, ' '));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}Siri Økonom.*P07.*2026/);
    expect(steps[1]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}Kari Nordmann.*P05.*2026/);
    await screenshot(kari.page, 'team-history-1440');
    await kari.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(kari.page, 'team-history-1366');
    await kari.page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByTestId('history-close').click();

    // The change list of the plan against the copy: who changed each line.
    await kari.page.getByTestId('open-compare').click();
    const picks = kari.page.getByTestId('compare-pick');
    await picks.first().waitFor();
    const names = await picks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    // The plan first (the base), then the copy.
    for (const pattern of [/^Drammen – HØP 2024–27 for P05, P07 og P08$/, /^Kopi av Drammen/]) await picks.nth(names.findIndex((n) => pattern.test(n))).check();
    await kari.page.getByTestId('change-item').first().waitFor();
    await kari.page.getByTestId('compare-show-authors').check();
    await expect.poll(() => kari.page.getByTestId('change-author').count()).toBe(2);
    const who = await kari.page.getByTestId('change-lists').locator('li').evaluateAll((els) =>
      els.map((li) => [li.querySelector('[data-testid="change-item"]')?.getAttribute('data-key'), li.querySelector('[data-testid="change-author"]')?.textContent?.trim()]),
    );
    expect(who).toEqual([
      ['p05.budsjettendringer', expect.stringMatching(/^– Kari Nordmann, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)],
      ['p07.budsjettendringer', expect.stringMatching(/^– Siri Økonom, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)],
    ]);
    await kari.page.getByTestId('compare-changes').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(kari.page, 'team-change-authors-1440');
    await kari.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(kari.page, 'team-change-authors-1366');
    expect([...kari.problems, ...siri.problems]).toEqual([]);
    await kari.page.close();
    await siri.page.close();
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
