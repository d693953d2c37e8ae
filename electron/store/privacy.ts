// The data folder and the database files are the user's alone: on a shared machine another account must not
// read or change the scenarios (folder 0700, files 0600). On Windows, modes mean little and errors are ignored.
import fs from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and its parents) if needed and makes it private to the user. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dir, PRIVATE_DIR_MODE);
}

/** Makes each existing file private to the user (SQLite gives -wal and -shm the mode of the database file). */
export function makePrivate(...files: string[]): void {
  for (const f of files) if (fs.existsSync(f)) tighten(f, PRIVATE_FILE_MODE);
}

/** Creates an empty file with the private mode when none exists (so SQLite never makes a readable one). */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
}

function tighten(p: string, mode: number): void {
  if (process.platform === 'win32') return;
  try {
    if ((fs.statSync(p).mode & 0o777) !== mode) fs.chmodSync(p, mode);
  } catch {
    // Not ours to change (another owner, a read-only mount): opening goes on and says what fails then.
  }
}
