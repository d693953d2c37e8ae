import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbPathIn } from '../paths';
import { exportHandlingsrom } from '../files/handlingsromFile';
import { sampleScenario, tempDirs } from '../service/testing';
import { t } from '../../shared/i18n';
import { makeBackup } from '../store/backup';
import { startupChoice, startupDialog, type StartupFailure } from '../shell/startupFailure';
import type { BackendOptions } from './protocol';
import { connectBackend } from './testing';

const dirs = tempDirs('hr-backend-');
afterAll(() => dirs.cleanup());

const connect = connectBackend;

async function startWith(options: BackendOptions) {
  const b = connect();
  const result = await b.client.start(options);
  b.close();
  return result;
}

const bytes = (file: string) => fs.readFileSync(file);

describe('the back end in its own process', () => {
  it('answers API calls and the shell’s requests over messages, in order', async () => {
    const dataDir = dirs.make();
    const b = connect();
    expect(await b.client.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'api.transport' } });
    expect(await b.client.start({ dataDir })).toEqual({ ok: true });
    const created = await b.client.call('scenario.create', { from: 'blank', name: 'Budsjett 2026' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Budsjett 2026' } });
    // The payload is still validated by the service.
    expect(await b.client.call('scenario.create', { from: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });

    expect(await b.client.shell({ kind: 'windowBounds', defaults: { width: 1400, height: 900 } })).toEqual({ ok: true, value: { width: 1400, height: 900 } });
    await b.client.shell({ kind: 'saveWindowBounds', bounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false } });
    expect(await b.client.shell({ kind: 'windowBounds', defaults: { width: 1400, height: 900 } })).toEqual({ ok: true, value: { x: 10, y: 20, width: 1200, height: 800, maximized: false } });

    // A file is read and imported by the back end, and remembered as recent.
    const file = path.join(dataDir, 'Plan fra kollega.handlingsrom');
    fs.writeFileSync(file, exportHandlingsrom(sampleScenario('Fra kollega')).content);
    expect(await b.client.shell({ kind: 'importFile', file })).toMatchObject({ ok: true, value: { name: 'Fra kollega' } });
    expect(await b.client.shell({ kind: 'recentFiles' })).toEqual({ ok: true, value: [file] });
    // A file exported from a scenario here is not imported: the page asks whether to review it.
    const plan = (await b.client.call('scenario.list', {})) as { ok: true; value: { id: string; name: string }[] };
    const exported = (await b.client.call('scenario.export', { id: plan.value[0].id, format: 'handlingsrom' })) as { ok: true; value: { content: string } };
    const back = path.join(dataDir, 'Tilbake.handlingsrom');
    fs.writeFileSync(back, exported.value.content);
    expect(await b.client.shell({ kind: 'importFile', file: back })).toEqual({ ok: true, value: { review: { fileName: 'Tilbake.handlingsrom', content: exported.value.content } } });
    const missing = await b.client.shell({ kind: 'importFile', file: path.join(dataDir, 'borte.handlingsrom') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'desktop.fileUnreadable' } });
    const list = await b.client.call('scenario.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((s) => s.name).sort()).toEqual(['Budsjett 2026', 'Fra kollega', 'Drammen – HØP 2024–27 for P05, P07 og P08'].sort());

    expect(await b.client.shell({ kind: 'close' })).toEqual({ ok: true, value: null });
    b.close();
  });

  it('fails open calls with a message when the process goes away', async () => {
    const b = connect();
    await b.client.start({ dataDir: dirs.make() });
    const pending = b.client.call('scenario.list', {});
    b.client.fail({ kind: 'backendExited', where: 'x', detail: 'exit code 1' });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'api.transport' } });
    b.close();
  });
});

describe('a failed start', () => {
  it('names a database from a newer version, and leaves it as it was', async () => {
    const dataDir = dirs.make();
    expect(await startWith({ dataDir })).toEqual({ ok: true });
    const file = dbPathIn(dataDir);
    const db = new Database(file);
    const supported = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${supported + 3}`);
    db.close();
    const before = bytes(file);
    const result = await startWith({ dataDir });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'newerDatabase', where: file, found: supported + 3, supported } });
    expect(bytes(file).equals(before)).toBe(true);
    const dialog = startupDialog((result as { failure: Parameters<typeof startupDialog>[0] }).failure, 'nb');
    expect(dialog.title).toBe('Dataene er lagret av en nyere versjon av Handlingsrom');
    expect(dialog.message).toContain(`versjon ${supported + 3}`);
    expect(dialog.message).toContain('Installer den nyeste versjonen');
    expect(dialog.detail).toContain(file);
    expect(dialog.detail).toContain('Ingenting er endret i dataene.');
  });

  it('names a corrupt database, and leaves it as it was', async () => {
    const dataDir = dirs.make();
    const file = dbPathIn(dataDir);
    fs.writeFileSync(file, Buffer.from('Dette er ikke en SQLite-database, men en tekstfil som har fått feil navn.\n'.repeat(80)));
    const before = bytes(file);
    const result = await startWith({ dataDir });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'corruptDatabase', where: file, store: { code: 'db.damagedNoBackup' } } });
    expect(bytes(file).equals(before)).toBe(true);
    // The store's own message says what to do.
    const dialog = startupDialog((result as { failure: Parameters<typeof startupDialog>[0] }).failure, 'nb');
    expect(dialog.title).toBe('Databasen kan ikke leses');
    expect(dialog.message).toBe(t('nb', 'db.damagedNoBackup', (result as { failure: { store: { params: Record<string, string> } } }).failure.store.params));
    expect(dialog.detail).toContain('Ingenting er endret i dataene.');
  });

  it('names a missing or mismatched native module', async () => {
    const dataDir = dirs.make();
    const missing = await startWith({ dataDir, nativeBinding: path.join(dataDir, 'native', 'better_sqlite3.node') });
    expect(missing).toMatchObject({ ok: false, failure: { kind: 'nativeModule' } });
    // A file that is not a native module at all (a damaged installation).
    const broken = path.join(dataDir, 'better_sqlite3.node');
    fs.writeFileSync(broken, 'not a shared library');
    const mismatched = await startWith({ dataDir: dirs.make(), nativeBinding: broken });
    expect(mismatched).toMatchObject({ ok: false, failure: { kind: 'nativeModule' } });
    expect(startupDialog((mismatched as { failure: Parameters<typeof startupDialog>[0] }).failure, 'en')).toMatchObject({
      title: 'The app is not completely installed',
      message: expect.stringContaining('Install Handlingsrom again'),
    });
    // Nothing written: the empty file the store prepares before it opens the database goes again.
    expect(fs.existsSync(dbPathIn(dataDir))).toBe(false);
  });

  it('names a data folder that cannot be used (a file where the folder should be)', async () => {
    const parent = dirs.make();
    const dataDir = path.join(parent, 'Handlingsrom');
    fs.writeFileSync(dataDir, 'a file, not a folder');
    const result = await startWith({ dataDir });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'dataFolder' } });
    expect(fs.readFileSync(dataDir, 'utf8')).toBe('a file, not a folder');
    expect(startupDialog((result as { failure: Parameters<typeof startupDialog>[0] }).failure, 'nb').message).toContain('HANDLINGSROM_DATA');
  });

  it('has a title and what to do for every kind, in both languages', () => {
    for (const kind of ['newerDatabase', 'corruptDatabase', 'lostEdits', 'databaseLocked', 'nativeModule', 'dataFolder', 'backendExited', 'unknown'] as const) {
      for (const lang of ['nb', 'en'] as const) {
        const d = startupDialog({ kind, where: '/data/handlingsrom.sqlite', detail: 'why', found: 9, supported: 7 }, lang);
        expect(d.title, kind).not.toMatch(/^startup\./);
        expect(d.message, kind).not.toMatch(/^startup\.|\{/);
        expect(d.detail).toContain('/data/handlingsrom.sqlite');
      }
    }
  });
});

describe('the start-up dialog offers what can be done', () => {
  /** A data folder with one scenario and a good backup of it; the database is closed. */
  async function folderWithBackup(): Promise<string> {
    const dataDir = dirs.make();
    const b = connect();
    expect(await b.client.start({ dataDir })).toEqual({ ok: true });
    await b.client.call('scenario.create', { from: 'blank', name: 'Budsjett 2026' });
    await b.client.shell({ kind: 'close' });
    b.close();
    const db = new Database(dbPathIn(dataDir));
    await makeBackup(db, dbPathIn(dataDir));
    db.close();
    return dataDir;
  }

  it('a damaged database with a good backup: restore or quit; restoring starts on the backup', async () => {
    const dataDir = await folderWithBackup();
    fs.truncateSync(dbPathIn(dataDir), 0);
    const b = connect();
    const failed = await b.client.start({ dataDir });
    expect(failed).toMatchObject({ ok: false, failure: { kind: 'corruptDatabase', canRestore: true } });
    const choice = startupChoice((failed as { failure: StartupFailure }).failure, 'nb');
    expect(choice.buttons).toEqual(['Hent sikkerhetskopien', 'Avslutt']);
    expect(choice.actions).toEqual(['restore', 'quit']);
    expect([choice.defaultId, choice.cancelId]).toEqual([0, 1]);
    expect(choice.message).toMatch(/^Databasen .* er skadet \(empty file\)\. Handlingsrom har ikke endret den\./);

    const restored = await b.client.start({ dataDir, recover: 'restore' });
    expect(restored).toMatchObject({ ok: true, restored: { backupTime: expect.stringMatching(/^20/), aside: expect.stringContaining('.damaged-') } });
    const list = await b.client.call('scenario.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((s) => s.name)).toContain('Budsjett 2026');
    await b.client.shell({ kind: 'close' });
    b.close();
  });

  it('acknowledged edits lost with the -wal: restore, keep the database as it is, or quit', () => {
    const failure: StartupFailure = {
      kind: 'lostEdits',
      where: '/data/handlingsrom.sqlite',
      detail: 'db.editsLost',
      store: { code: 'db.editsLost', params: { file: '/data/handlingsrom.sqlite', savedAt: '2026-12-03T12:00:00.000Z', backup: '/data/backups/b.sqlite', backupTime: '2026-12-03T11:50:00.000Z' } },
      canRestore: true,
      canKeep: true,
    };
    const choice = startupChoice(failure, 'nb');
    expect(choice.title).toBe('Lagrede endringer mangler i databasen');
    expect(choice.actions).toEqual(['restore', 'keep', 'quit']);
    expect(choice.buttons).toEqual(['Hent sikkerhetskopien', 'Fortsett med databasen slik den er', 'Avslutt']);
    expect(startupChoice({ ...failure, canRestore: false }, 'en').buttons).toEqual(['Go on with the database as it is', 'Quit']);
    // Nothing to choose: quit only, as before.
    expect(startupChoice({ kind: 'databaseLocked', where: 'x', detail: '' }, 'nb').actions).toEqual(['quit']);
  });

  it('a lost -wal found by the back end: the failure says it can be kept, and keeping starts', async () => {
    const dataDir = await folderWithBackup();
    // More acknowledged edits than the database holds: as after a -wal lost in a crash.
    const ack = `${dbPathIn(dataDir)}-ack`;
    const { commits } = JSON.parse(fs.readFileSync(ack, 'utf8')) as { commits: number };
    fs.writeFileSync(ack, JSON.stringify({ commits: commits + 3, at: '2026-12-03T12:00:00.000Z' }));
    const b = connect();
    const failed = await b.client.start({ dataDir });
    expect(failed).toMatchObject({ ok: false, failure: { kind: 'lostEdits', canRestore: true, canKeep: true, store: { code: 'db.editsLost' } } });
    expect(await b.client.start({ dataDir, recover: 'keep' })).toEqual({ ok: true });
    await b.client.shell({ kind: 'close' });
    b.close();
    expect(await startWith({ dataDir })).toEqual({ ok: true });
  });
});
