// A damaged, full or read-only database, on real SQLite files: the app says so, never starts empty over a damaged
// file, and restores the newest good backup when asked. Before issue 20 a truncated database started as a new
// one with the example, and a damaged page was not noticed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { t, tCode } from '../../shared/i18n';
import { createService } from '../service/service';
import { restoreBackup, startService } from '../service/startup';
import { sampleScenario, tempDirs } from '../service/testing';
import { BackupSchedule, listBackups, makeBackup, quickCheck } from './backup';
import { openDatabase } from './db';
import { DamagedDatabaseError, storeError } from './health';

const tmp = tempDirs('hr-damaged-');
afterAll(() => tmp.cleanup());

/** A data folder with one scenario and a backup of it (as every start makes one). */
async function folderWithBackup(): Promise<{ dataDir: string; file: string; id: string }> {
  const dataDir = tmp.make();
  const service = createService({ dataDir, shell: 'web', seedExample: false });
  await service.backups?.pending;
  const { id } = await service.scenarios.insert(sampleScenario('Budsjett 2026'), {});
  await makeBackup(service.db, path.join(dataDir, 'handlingsrom.sqlite'));
  service.close();
  return { dataDir, file: path.join(dataDir, 'handlingsrom.sqlite'), id };
}

describe('a damaged database', () => {
  it('truncated to 0 bytes: refused with the newest good backup offered, restored on request, never started empty', async () => {
    const { dataDir, file, id } = await folderWithBackup();
    fs.truncateSync(file, 0);
    fs.rmSync(`${file}-wal`, { force: true });
    const started = startService({ dataDir, shell: 'web' });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.canRestore).toBe(true);
    expect(started.error.code).toBe('db.damaged');
    expect(tCode('nb', started.error.code, started.error.params)).toMatch(/^Databasen .* er skadet \(empty file\)\. Handlingsrom har ikke endret den\. Siste gode sikkerhetskopi er fra 20/);
    // Nothing was written over it.
    expect(fs.statSync(file).size).toBe(0);

    const restored = restoreBackup({ dataDir });
    expect(restored).toBeDefined();
    expect(fs.statSync(restored!.aside).size).toBe(0);
    const service = createService({ dataDir, shell: 'web', seedExample: false });
    expect((await service.scenarios.list()).map((s) => s.id)).toEqual([id]);
    await service.backups?.pending;
    service.close();
  });

  it('with a damaged page: found by the check at start', async () => {
    const { dataDir, file } = await folderWithBackup();
    // Checkpoint the log into the file, then overwrite one of its b-tree pages with noise.
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    expect(pages).toBeGreaterThan(3);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, pageSize * 2);
    fs.closeSync(fd);
    expect(quickCheck(file)).not.toBe('ok');
    expect(() => createService({ dataDir, shell: 'web' })).toThrow(DamagedDatabaseError);
    const started = startService({ dataDir, shell: 'web' });
    expect(started.ok ? '' : started.error.code).toBe('db.damaged');
  });

  it('that is not a database at all, and has no backup: says so and offers nothing', () => {
    const dataDir = tmp.make();
    const file = path.join(dataDir, 'handlingsrom.sqlite');
    fs.writeFileSync(file, 'this is not a database, but it is somebody’s file'.repeat(100));
    const started = startService({ dataDir, shell: 'web' });
    expect(started).toMatchObject({ ok: false, canRestore: false, error: { code: 'db.damagedNoBackup' } });
    expect(restoreBackup({ dataDir })).toBeUndefined();
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is not a database/);
  });
});

describe('backups', () => {
  it('are made at start with the backup API, checked, private, and rotated', async () => {
    const dataDir = tmp.make();
    const service = createService({ dataDir, shell: 'web', seedExample: false });
    await service.backups?.pending;
    const file = path.join(dataDir, 'handlingsrom.sqlite');
    const [first] = listBackups(file);
    expect(first.file.startsWith(path.join(dataDir, 'backups') + path.sep)).toBe(true);
    expect(quickCheck(first.file)).toBe('ok');
    if (process.platform !== 'win32') expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    for (let i = 0; i < 7; i++) await makeBackup(service.db, file, `2030-01-0${i + 1}T10:00:00.000Z`);
    const kept = listBackups(file);
    expect(kept).toHaveLength(5);
    expect(kept[0].time).toBe('2030-01-07T10:00:00.000Z');
    service.close();
  });

  it('are made again while editing once the interval has passed, not on every edit', async () => {
    const dataDir = tmp.make();
    const service = createService({ dataDir, shell: 'web', seedExample: false, backupEveryMs: 0 });
    const file = path.join(dataDir, 'handlingsrom.sqlite');
    let now = Date.parse('2030-02-01T08:00:00Z');
    const schedule = new BackupSchedule(service.db, file, 60_000, () => now);
    await schedule.now();
    schedule.edited();
    expect(schedule.pending).toBeUndefined();
    now += 61_000;
    schedule.edited();
    await schedule.pending;
    expect(listBackups(file).map((b) => b.time)).toEqual(['2030-02-01T08:01:01.000Z', '2030-02-01T08:00:00.000Z']);
    service.close();
  });
});

describe('a full or read-only database', () => {
  it('a full disk gives a Norwegian message that says what to do, and keeps what was saved', async () => {
    const dataDir = tmp.make();
    const service = createService({ dataDir, shell: 'web', seedExample: false });
    await service.backups?.pending;
    const before = (await service.scenarios.list()).length;
    // SQLite's own page limit makes the next write fail exactly as a full disk does (SQLITE_FULL).
    service.db.pragma(`max_page_count = ${service.db.pragma('page_count', { simple: true }) as number}`);
    let res = await service.call('scenario.create', { from: 'blank', name: 'Stor' });
    let saved = 0;
    for (; res.ok && saved < 100; saved++) res = await service.call('scenario.create', { from: 'blank', name: `Stor ${saved}` });
    expect(res).toMatchObject({ ok: false, error: { code: 'db.full' } });
    if (!res.ok) expect(tCode('nb', res.error.code, res.error.params)).toBe('Disken er full, så endringen ble ikke lagret. Frigjør plass på disken og prøv igjen; det som var lagret fra før, er i behold.');
    expect((await service.scenarios.list())).toHaveLength(before + saved);
    service.close();
  });

  it('a write to a read-only database becomes the read-only message', () => {
    const dataDir = tmp.make();
    const file = path.join(dataDir, 'x.sqlite');
    new Database(file).close();
    const ro = new Database(file, { readonly: true });
    let caught: unknown;
    try {
      ro.exec('CREATE TABLE t (a)');
    } catch (e) {
      caught = e;
    }
    ro.close();
    expect(storeError(caught, file)?.code).toBe('db.readOnly');
    expect(t('nb', 'db.readOnly', { file })).toContain('Gi brukeren skrivetilgang');
  });
});

describe('a native module that does not load', () => {
  it('leaves no empty database behind (the next start would call it damaged)', async () => {
    const dataDir = tmp.make();
    const file = path.join(dataDir, 'handlingsrom.sqlite');
    expect(() => openDatabase(file, { nativeBinding: path.join(dataDir, 'missing.node') })).toThrow();
    expect(fs.existsSync(file)).toBe(false);
    // A real start afterwards is a first start, not a damaged database.
    const service = createService({ dataDir, shell: 'web', seedExample: false, backupEveryMs: 0 });
    expect(await service.scenarios.list()).toEqual([]);
    service.close();
  });
});
