import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db';
import { addRecentFile, loadWindowBounds, recentFiles, saveWindowBounds } from './settings';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-set-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('desktop settings', () => {
  it('remembers the window bounds across a reopen and ignores nonsense', () => {
    const file = tempDb();
    const defaults = { width: 1400, height: 900 };
    let db = openDatabase(file);
    expect(loadWindowBounds(db, defaults)).toEqual(defaults);
    saveWindowBounds(db, { x: 10, y: 20, width: 1200, height: 800, maximized: false });
    saveWindowBounds(db, { width: 5, height: Number.NaN });
    db.close();
    db = openDatabase(file);
    expect(loadWindowBounds(db, defaults)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    db.prepare("UPDATE settings SET value = '{broken' WHERE key = 'window.bounds'").run();
    expect(loadWindowBounds(db, defaults)).toEqual(defaults);
    db.close();
  });

  it('keeps the ten most recent files, newest first, without duplicates', () => {
    const db = openDatabase(tempDb());
    for (let i = 0; i < 12; i++) addRecentFile(db, `/f/${i}.handlingsrom`);
    addRecentFile(db, '/f/5.handlingsrom');
    const list = recentFiles(db);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/f/5.handlingsrom');
    expect(new Set(list).size).toBe(10);
    db.close();
  });
});
