import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError, openDatabase, schemaVersion } from './db';
import { migrations, SCHEMA_VERSION } from './migrations';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-db-'));
  dirs.push(dir);
  return path.join(dir, 'test.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates a WAL database at the current schema version', () => {
    const db = openDatabase(tempDb());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates from every older version to the current one', () => {
    for (let v = 0; v <= migrations.length; v++) {
      const file = tempDb();
      openDatabase(file, { migrations: migrations.slice(0, v) }).close();
      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('keeps the data of every older version when it migrates', () => {
    // Version 1: settings only. Its rows survive the migration to the scenario tables.
    const file = tempDb();
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('window.bounds', '{"width":800,"height":600}');
    v1.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('window.bounds')).toBe('{"width":800,"height":600}');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter((n) => !n.startsWith('sqlite_'));
    expect(tables).toEqual(['edits', 'scenarios', 'settings', 'store_commits', 'users']);
    // The new tables work and enforce their rules.
    db.prepare(`INSERT INTO scenarios (id, name, first_year, years, created_at, updated_at, snapshot) VALUES ('s1', 'A', 2024, 4, 't', 't', '{}')`).run();
    const edit = db.prepare(`INSERT INTO edits (scenario_id, revision, at, kind, label, patches, inverse, target) VALUES (?, ?, 't', ?, 'l', '[]', '[]', ?)`);
    edit.run('s1', 1, 'edit', null);
    expect(() => edit.run('s1', 2, 'bogus', null)).toThrow(/CHECK/);
    expect(() => edit.run('s1', 2, 'undo', null)).toThrow(/CHECK/);
    expect(() => edit.run('s1', 1, 'edit', null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => edit.run('nope', 1, 'edit', null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE scenarios SET snapshot_revision = 5 WHERE id = 's1'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM scenarios WHERE id = 's1'`).run();
    expect(db.prepare('SELECT count(*) FROM edits').pluck().get()).toBe(0);
    // Every change of a scenario or its log counted (store/commits.ts): insert, edit, delete.
    expect(db.prepare('SELECT n FROM store_commits').pluck().get()).toBe(3);
    db.close();
  });

  it('refuses a database from a newer version of the app and leaves it as it was', () => {
    const file = tempDb();
    const db = openDatabase(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    const again = openDatabase(file, { migrations: [...migrations, 'SELECT 1;'] });
    expect(schemaVersion(again)).toBe(SCHEMA_VERSION + 1);
    again.close();
  });

  it('rolls back a failing migration completely', () => {
    const file = tempDb();
    const db = openDatabase(file);
    expect(() => migrate(db, [...migrations, 'CREATE TABLE half (x INTEGER); SELECT nonsense FROM nowhere;'])).toThrow();
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});
