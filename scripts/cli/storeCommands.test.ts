// list, import and export against real database files, in-process (and once through the real entry point).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/db';
import { fingerprint, tempDirs } from '../../electron/service/testing';
import { main } from './main';
import { FILE_VERSION } from '../../shared/model';
import type { CliIo } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRAMMEN = path.join(root, 'resources/examples/drammen-hop-2024-27.handlingsrom');
const BALANSE = path.join(root, 'resources/examples/balanse-2021.handlingsrom');
const tmp = tempDirs('hr-cli-');
afterAll(() => tmp.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: (p) => fs.readFileSync(p, 'utf8') };
  const code = await main(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function dbFingerprint(file: string) {
  const db = openDatabase(file);
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}

describe('list, import and export', () => {
  it('import creates new scenarios, list shows them, export writes every format', async () => {
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    expect(await run('list', '--db', db)).toMatchObject({ code: 1, stderr: `Databasen ${db} finnes ikke.` });

    const a = await run('import', DRAMMEN, '--db', db);
    expect(a).toMatchObject({ code: 0, stderr: '' });
    expect(a.stdout).toMatch(/^Importerte «Drammen – HØP 2024–27 for P05, P07 og P08» som et nytt scenario \(scenario_[0-9a-f]{12}\)\.$/);
    expect((await run('import', DRAMMEN, '--db', db)).stdout).toContain('P08 (2)»');
    expect((await run('import', BALANSE, '--db', db, '--lang', 'en')).stdout).toMatch(/^Imported “Balanse 2021/);

    const list = await run('list', '--db', db);
    expect(list.code).toBe(0);
    const lines = list.stdout.split('\n');
    expect(lines[0]).toMatch(/^Navn\s+Kommune\s+År\s+Sist endret\s+Basert på\s+Id$/);
    expect(lines).toHaveLength(5);
    expect(list.stdout).toContain('2023–2027');
    expect((await run('list', '--db', db, '--trash')).stdout).toBe('Papirkurven er tom.');

    // By name, format from the extension.
    const xlsx = path.join(dir, 'plan.xlsx');
    const x = await run('export', 'Drammen – HØP 2024–27 for P05, P07 og P08', '--db', db, '--out', xlsx);
    expect(x).toMatchObject({ code: 0, stdout: `Eksporterte «Drammen – HØP 2024–27 for P05, P07 og P08» til ${xlsx}.` });
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    // By id, as a .handlingsrom file that imports again.
    const id = /\((scenario_[0-9a-f]{12})\)/.exec(a.stdout)![1];
    const file = path.join(dir, 'kopi.handlingsrom');
    expect((await run('export', id, '--db', db, '--out', file)).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'handlingsrom', version: FILE_VERSION, scenario: { id } });
    expect(exported.scenario).toEqual({ ...JSON.parse(fs.readFileSync(DRAMMEN, 'utf8')).scenario, id });

    // One view as CSV.
    const csv = path.join(dir, 'rammer.txt');
    expect((await run('export', id, '--db', db, '--out', csv, '--format', 'csv', '--view', 'rammer')).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^\uFEFFLinje;Nøkkel;Enhet;2023;2024;2025;2026;2027\r\n/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad input with a message and an exit code, and a bad file changes nothing', async () => {
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    expect((await run('import', DRAMMEN, '--db', db)).code).toBe(0);
    const before = dbFingerprint(db);

    const bad = path.join(dir, 'bad.handlingsrom');
    fs.writeFileSync(bad, fs.readFileSync(DRAMMEN, 'utf8').replace(/"version": \d+/, '"version": 7'));
    const r = await run('import', bad, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ble ikke importert: Filen er laget med en nyere versjon av Handlingsrom/);
    // A file over 50 MB is refused by its size, before it is read.
    const big = path.join(dir, 'big.handlingsrom');
    fs.writeFileSync(big, Buffer.alloc(51_000_000, 0x20));
    expect((await run('import', big, '--db', db)).stderr).toMatch(/for stor \(51 MB\)/);
    expect((await run('import', path.join(dir, 'nope.handlingsrom'), '--db', db)).stderr).toMatch(/finnes ikke/);
    expect(dbFingerprint(db)).toEqual(before);

    expect(await run('export', 'Ukjent', '--db', db, '--out', path.join(dir, 'x.xlsx'))).toMatchObject({ code: 1, stderr: 'Fant ikke noe scenario med navnet eller id-en «Ukjent».' });
    expect((await run('export', 'x', '--db', db)).code).toBe(2);
    expect((await run('export', 'x', '--db', db, '--out', 'x.pdf', '--format', 'pdf')).code).toBe(2);
    expect((await run('export', 'x', '--db', db, '--out', 'x.csv', '--view', 'nope')).code).toBe(2);
    expect((await run('list')).code).toBe(2);
    expect((await run('import', DRAMMEN)).code).toBe(2);
    expect((await run('list', '--db', db, 'extra')).code).toBe(2);
    expect(dbFingerprint(db)).toEqual(before);
  });

  it('runs from the real entry point with the documented exit codes', { timeout: 90_000 }, async () => {
    const dir = tmp.make();
    const db = path.join(dir, 'data.sqlite');
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/cli.ts'), ...args], { cwd: root }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const imported = await cli('import', BALANSE, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Importerte «Balanse 2021/);
    const missing = await cli('list', '--db', path.join(dir, 'nope.sqlite'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/finnes ikke/);
  });
});
