// A write-ahead log lost or damaged after a crash, on real SQLite files: the files are copied while the service
// still has the database open (as a crash leaves them: recent commits only in the -wal), then the -wal is removed or
// damaged and the app started on the copy. Before issue 20 SQLite opened it without those commits and nobody knew.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tCode } from '../../shared/i18n';
import { createService } from '../service/service';
import { restoreBackup, startService } from '../service/startup';
import { tempDirs } from '../service/testing';
import { makeBackup } from './backup';
import { ackFileOf, readAck, walProblem } from './commits';

const tmp = tempDirs('hr-wal-');
afterAll(() => tmp.cleanup());

const DB = 'handlingsrom.sqlite';

/** A data folder as a crash leaves it: a scenario and a backup in the database file, then three acknowledged
 *  renames that are only in the -wal; the files are copied while the database is open. Returns the copy and the scenario's id. */
async function crashImage(): Promise<{ dataDir: string; file: string; id: string }> {
  const live = tmp.make();
  const service = createService({ dataDir: live, shell: 'web', seedExample: false });
  await service.backups?.pending;
  const created = await service.call('scenario.create', { from: 'blank', name: 'Budsjett 2026' });
  if (!created.ok) throw new Error(created.error.code);
  const id = (created.value as { id: string }).id;
  await makeBackup(service.db, path.join(live, DB));
  // The scenario is in the database file; what follows only in the -wal.
  service.db.pragma('wal_checkpoint(TRUNCATE)');
  for (const name of ['Budsjett 2026 a', 'Budsjett 2026 b', 'Budsjett 2026 c']) {
    const res = await service.call('scenario.rename', { id, name });
    expect(res.ok).toBe(true);
  }
  const dataDir = tmp.make();
  fs.cpSync(live, dataDir, { recursive: true });
  service.close();
  const file = path.join(dataDir, DB);
  expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
  expect(readAck(file)?.commits).toBeGreaterThan(0);
  return { dataDir, file, id };
}

const nameIn = async (dataDir: string, id: string) => {
  const service = createService({ dataDir, shell: 'web', seedExample: false, backupEveryMs: 0 });
  try {
    return (await service.scenarios.list()).find((s) => s.id === id)?.name;
  } finally {
    service.close();
  }
};

describe('after a crash', () => {
  it('with the -wal intact: starts with every acknowledged edit (no false alarm)', async () => {
    const { dataDir, id } = await crashImage();
    expect(await nameIn(dataDir, id)).toBe('Budsjett 2026 c');
  });

  it('with the -wal lost: says acknowledged edits are missing, offers the backup, changes nothing', async () => {
    const { dataDir, file } = await crashImage();
    fs.rmSync(`${file}-wal`);
    fs.rmSync(`${file}-shm`, { force: true });
    const before = fs.readFileSync(file);
    const started = startService({ dataDir, shell: 'web' });
    expect(started).toMatchObject({ ok: false, canRestore: true, canKeep: true, error: { code: 'db.editsLost' } });
    if (started.ok) return;
    expect(tCode('nb', started.error.code, started.error.params)).toMatch(
      /^Databasen .* mangler endringer som var lagret \(den siste 20.*\): loggfilen \(-wal\) ble borte eller skadet .* Siste gode sikkerhetskopi er fra 20/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // Asked again, it says it again: nothing was acknowledged over it.
    expect(startService({ dataDir, shell: 'web' }).ok).toBe(false);
  });

  it('with a damaged -wal header: says so before SQLite can start a new log over it', async () => {
    const { dataDir, file } = await crashImage();
    const fd = fs.openSync(`${file}-wal`, 'r+');
    fs.writeSync(fd, Buffer.alloc(16, 0x5a), 0, 16, 8);
    fs.closeSync(fd);
    const wal = fs.readFileSync(`${file}-wal`);
    expect(walProblem(file)).toBe('bad -wal header checksum');
    const started = startService({ dataDir, shell: 'web' });
    expect(started).toMatchObject({ ok: false, canRestore: true, canKeep: true, error: { code: 'db.walDamaged' } });
    if (started.ok) return;
    expect(tCode('nb', started.error.code, started.error.params)).toMatch(/^Loggfilen \(-wal\) til databasen .* er skadet/);
    expect(fs.readFileSync(`${file}-wal`).equals(wal)).toBe(true);
  });

  it('with the last frames of the -wal damaged: the commits SQLite drops are noticed', async () => {
    const { dataDir, file } = await crashImage();
    const size = fs.statSync(`${file}-wal`).size;
    const fd = fs.openSync(`${file}-wal`, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, size - 64);
    fs.closeSync(fd);
    expect(walProblem(file)).toBeUndefined();
    expect(startService({ dataDir, shell: 'web' })).toMatchObject({ ok: false, error: { code: 'db.editsLost' } });
  });

  it('the user keeps the database as it is: it opens, and the next start is quiet', async () => {
    const { dataDir, file, id } = await crashImage();
    fs.rmSync(`${file}-wal`);
    fs.rmSync(`${file}-shm`, { force: true });
    const kept = startService({ dataDir, shell: 'web', acceptLoss: true });
    expect(kept.ok).toBe(true);
    if (kept.ok) kept.service.close();
    expect(await nameIn(dataDir, id)).toBe('Budsjett 2026');
  });

  it('a damaged -wal kept: put aside, not deleted', async () => {
    const { dataDir, file } = await crashImage();
    fs.writeFileSync(`${file}-wal`, 'not a log at all, but somebody’s bytes');
    const kept = startService({ dataDir, shell: 'web', acceptLoss: true });
    expect(kept.ok).toBe(true);
    if (kept.ok) kept.service.close();
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${DB}-wal.damaged-`))).toBe(true);
  });

  it('the user restores the backup: the lost-edit count goes aside with the database, and it starts', async () => {
    const { dataDir, file, id } = await crashImage();
    fs.rmSync(`${file}-wal`);
    const restored = restoreBackup({ dataDir });
    expect(restored).toBeDefined();
    expect(fs.existsSync(`${restored!.aside}-ack`)).toBe(true);
    expect(fs.existsSync(ackFileOf(file))).toBe(false);
    expect(await nameIn(dataDir, id)).toBe('Budsjett 2026');
  });
});
