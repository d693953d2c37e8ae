// The desktop shell's own settings (window bounds, recent files) in the settings table of the one database.
import type { Db } from '../store/db';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

const MAX_RECENT = 10;

function read<T>(db: Db, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return undefined;
  }
}

function write(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

function isBounds(v: unknown): v is WindowBounds {
  const b = v as WindowBounds;
  const ok = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isFinite(n));
  return !!b && typeof b === 'object' && ok(b.x) && ok(b.y) && typeof b.width === 'number' && typeof b.height === 'number' && b.width >= 400 && b.height >= 300 && b.width <= 20000 && b.height <= 20000;
}

/** The last window bounds, or the defaults when none (or nonsense) were saved. */
export function loadWindowBounds(db: Db, defaults: WindowBounds): WindowBounds {
  const saved = read<unknown>(db, 'window.bounds');
  return isBounds(saved) ? saved : defaults;
}

export function saveWindowBounds(db: Db, bounds: WindowBounds): void {
  if (isBounds(bounds)) write(db, 'window.bounds', bounds);
}

export function recentFiles(db: Db): string[] {
  const list = read<unknown>(db, 'recentFiles');
  return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string').slice(0, MAX_RECENT) : [];
}

/** Put a file first in the list of recent files (no duplicates, at most ten). */
export function addRecentFile(db: Db, file: string): string[] {
  const list = [file, ...recentFiles(db).filter((f) => f !== file)].slice(0, MAX_RECENT);
  write(db, 'recentFiles', list);
  return list;
}
