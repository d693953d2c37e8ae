// The command line against hostile files and databases, through the real process io (processIo): what the
// terminal sees, what is read, what is written. Each case failed on main before issue 20.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportHandlingsrom } from '../../electron/files/handlingsromFile';
import { heavyScenario, tempDirs } from '../../electron/service/testing';
import { processIo } from './io';
import { main } from './main';
import { forTerminal } from './terminal';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRAMMEN = path.join(root, 'resources/examples/drammen-hop-2024-27.handlingsrom');
const tmp = tempDirs('hr-cli-hostile-');
afterAll(() => tmp.cleanup());

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const run = (...argv: string[]) => main(argv, processIo());
const ESC = '\u001b';

/** The Drammen example with another name. */
function withName(dir: string, name: string, prefix = ''): string {
  const doc = JSON.parse(fs.readFileSync(DRAMMEN, 'utf8'));
  doc.scenario.name = name;
  const file = path.join(dir, 'named.handlingsrom');
  fs.writeFileSync(file, prefix + JSON.stringify(doc));
  return file;
}

describe('terminal output', () => {
  it('escapes control characters, so a name cannot retitle or clear the terminal', async () => {
    expect(forTerminal(`a${ESC}]0;pwned\u0007b${ESC}[2J\u009b1m\nc\td`)).toBe('a\\u001b]0;pwned\\u0007b\\u001b[2J\\u009b1m\nc\td');
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    const evil = `Plan${ESC}]0;pwned\u0007${ESC}[2J`;
    expect(await run('import', withName(dir, evil), '--db', db)).toBe(0);
    expect(await run('list', '--db', db)).toBe(0);
    expect(await run('compute', withName(dir, evil))).toBe(0);
    const all = out.join('') + err.join('');
    expect(all).toContain('Plan\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(all).not.toContain(ESC);
    expect(all).not.toContain('\u0007');
  });
});

describe('reading files', () => {
  it('accepts a UTF-8 byte order mark in every command alike', async () => {
    const file = withName(tmp.make(), 'Med BOM', '\ufeff');
    expect(await run('validate', file)).toBe(0);
    expect(await run('compute', file)).toBe(0);
    expect(await run('explain', file, 'p07.ramme', '2024')).toBe(0);
    expect(await run('import', file, '--db', path.join(path.dirname(file), 'd.sqlite'))).toBe(0);
    expect(err.join('')).toBe('');
  });

  it('gives UTF-16 and UTF-32 files a hint about the encoding', async () => {
    const dir = tmp.make();
    const text = fs.readFileSync(DRAMMEN, 'utf8');
    const cases: [string, Buffer][] = [
      ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['UTF-16 LE', Buffer.from(text, 'utf16le')],
      ['UTF-16 BE', Buffer.from(text, 'utf16le').swap16()],
      ['UTF-32 LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{}', 'utf16le').reduce((b, x, i) => (i % 2 ? b : Buffer.concat([b, Buffer.from([x, 0, 0, 0])])), Buffer.alloc(0))])],
    ];
    for (const [encoding, bytes] of cases) {
      const file = path.join(dir, 'wide.handlingsrom');
      fs.writeFileSync(file, bytes);
      err = [];
      expect(await run('validate', file)).toBe(1);
      expect(err.join('')).toContain(`Filen er lagret som ${encoding}. Handlingsrom leser UTF-8`);
    }
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO and /dev/zero at once instead of hanging or filling memory', async () => {
    const dir = tmp.make();
    const fifo = path.join(dir, 'pipe.handlingsrom');
    execFileSync('mkfifo', [fifo]);
    for (const cmd of [['validate', fifo], ['compute', fifo], ['import', fifo, '--db', path.join(dir, 'd.sqlite')], ['validate', '/dev/zero'], ['import', '/dev/zero', '--db', path.join(dir, 'd.sqlite')]]) {
      err = [];
      expect(await run(...cmd)).toBe(1);
      expect(err.join('')).toMatch(/Dette er ikke en vanlig fil \((fifo|device)\)/);
    }
  });
});

describe('export', () => {
  it('refuses an output that is the database or a file of the store, and writes nothing', async () => {
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    expect(await run('import', DRAMMEN, '--db', db)).toBe(0);
    const before = fs.readFileSync(db);
    fs.linkSync(db, path.join(dir, 'link.sqlite'));
    for (const target of [db, path.join(dir, '.', 'data.sqlite'), `${db}-wal`, path.join(dir, 'link.sqlite')]) {
      err = [];
      expect(await run('export', 'Drammen – HØP 2024–27 for P05, P07 og P08', '--db', db, '--out', target, '--format', 'handlingsrom')).toBe(1);
      expect(err.join('')).toContain('Eksporten ville skrevet over databasen');
    }
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(await run('list', '--db', db)).toBe(0);
    expect(out.join('')).toContain('Drammen');
  });
});

describe('delete', () => {
  it('moves a scenario to the trash by name, without opening it', async () => {
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    expect(await run('import', withName(dir, 'Henger'), '--db', db)).toBe(0);
    expect(await run('delete', 'Henger', '--db', db)).toBe(0);
    expect(out.join('')).toMatch(/Flyttet «Henger» \(scenario_[0-9a-f]+\) til papirkurven\./);
    out = [];
    expect(await run('list', '--db', db, '--trash')).toBe(0);
    expect(out.join('')).toContain('Henger');
    expect(await run('delete', 'Finnes ikke', '--db', db)).toBe(1);
  });
});

describe('a valid file that would take hours to compute', () => {
  it('compute and the xlsx export end at the work budget with a Norwegian message, and write nothing', async () => {
    const dir = tmp.make();
    const file = path.join(dir, 'tung.handlingsrom');
    fs.writeFileSync(file, exportHandlingsrom(heavyScenario('Tung modell')).content);
    expect(await run('compute', file)).toBe(1);
    expect(err.join('')).toContain('Scenariet «Tung modell» krever for mye regning: beregningen ble stoppet ved grensen for én omregning');
    const db = path.join(dir, 'data.sqlite');
    expect(await run('import', file, '--db', db)).toBe(0);
    err = [];
    const xlsx = path.join(dir, 'tung.xlsx');
    expect(await run('export', 'Tung modell', '--db', db, '--out', xlsx, '--format', 'xlsx')).toBe(1);
    expect(err.join('')).toContain('krever for mye regning');
    expect(fs.existsSync(xlsx)).toBe(false);
  }, 120_000); // two runs to the budget, each some seconds (more on a loaded machine)
});
