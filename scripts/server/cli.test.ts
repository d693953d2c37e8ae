// `npm run server` as a child process (tsx scripts/server.ts) against a throwaway PostgreSQL cluster: adding the
// first admin with the password on stdin, a database that does not exist refused in words with a non-zero exit, and
// the server itself: it says where it listens, takes the admin's login, and stops on SIGTERM. The other refusals
// (options, a server that cannot be reached, a name taken, a short password) in this process: each start of a child
// costs seconds of tsx. The renderer must be built (npm test builds it first).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOGIN_PATH } from '../../shared/api/accounts';
import { openPgStore } from '../../electron/store/postgres/pgStore';
import { usePgCluster } from '../../electron/store/postgres/testing';
import { CliError, langOf, openStore, parseServerArgs } from './cli';
import { verifyPassword } from './password';
import { addUser } from './team';

const root = path.resolve(import.meta.dirname, '../..');
const pgc = usePgCluster();
const PASSWORD = 'et langt nok passord';
const children = new Set<ReturnType<typeof spawn>>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run server -- …args` (as tsx does it) with `input` on stdin, to its end. */
function server(args: string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', ...args], { cwd: root, env: { ...process.env, LANG: 'C.UTF-8', ...env } });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('npm run server', () => {
  it('adds the first admin with the password from stdin, and refuses in words a database it cannot open', async () => {
    const url = await pgc.newDatabase();
    const [admin, noDb] = await Promise.all([
      server(['--pg', url, '--add-user', 'Anne', '--role', 'admin'], `${PASSWORD}\n`),
      server(['--pg', pgc.cluster.url('finnes_ikke')]),
    ]);
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toContain('Brukeren «Anne» er lagt til som Administrator.');
    // The password went through stdin: not in the arguments, not echoed.
    expect(admin.stdout + admin.stderr).not.toContain(PASSWORD);
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toContain('Databasen «finnes_ikke» finnes ikke');
    expect(noDb.stderr).toContain('createdb finnes_ikke');
    // In the database: one account, the admin, with a scrypt hash of the password.
    const store = await openPgStore(url);
    try {
      const users = await store.listUsers();
      expect(users.map((u) => [u.username, u.role])).toEqual([['Anne', 'admin']]);
      expect(await verifyPassword(PASSWORD, users[0].passwordHash)).toBe(true);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('says what to do, in bokmål or English, when the options or the database are wrong (in this process)', async () => {
    const fails = (argv: string[], lang: 'nb' | 'en' = 'nb') => {
      try {
        parseServerArgs(argv, lang);
      } catch (err) {
        return { code: (err as CliError).exitCode, message: (err as Error).message };
      }
      return undefined;
    };
    expect(fails(['--pg', 'ikke en adresse'])).toMatchObject({ code: 2, message: expect.stringContaining('Tilkoblingsstrengen kan ikke leses. Skriv den som postgresql://') });
    expect(fails([])?.message).toContain('Oppgi databasen med --pg');
    expect(fails(['--pg', 'postgresql://x@h/d', '--port', '99999'])?.message).toBe('Ugyldig port: 99999. Bruk et tall fra 0 til 65535.');
    expect(fails(['--pg', 'postgresql://x@h/d', '--add-user', 'ola', '--role', 'sjef'])?.message).toBe('--role må være leser, redaktør eller admin (fikk «sjef»).');
    expect(fails(['--pg', 'postgresql://x@h/d', '--public-origin', 'budsjett'], 'en')?.message).toContain('--public-origin must be an address like https://');
    expect(fails(['--pg', 'postgresql://x@h/d', '--password', 'x'])?.message).toContain('Ukjent eller ufullstendig valg');
    expect(langOf(['--lang', 'en'])).toBe('en');
    expect(langOf([], { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(langOf([], { LANG: 'nb_NO.UTF-8' })).toBe('nb');

    const opened = (url: string, lang: 'nb' | 'en' = 'nb') => openStore(parseServerArgs(['--pg', url], lang)).then(
      async (s) => (await s.close(), 'opened'),
      (err: unknown) => (err as Error).message,
    );
    expect(await opened('postgresql://handlingsrom@127.0.0.1:1/handlingsrom')).toBe(
      'Får ikke kontakt med PostgreSQL på postgresql://handlingsrom@127.0.0.1:1/handlingsrom (ECONNREFUSED). Sjekk at databasetjeneren kjører, og at vert og port i --pg stemmer.',
    );
    expect(await opened(pgc.cluster.url('finnes_ikke'), 'en')).toContain('The database “finnes_ikke” does not exist');
    // A password in the connection string is never repeated.
    expect(await opened('postgresql://kari:hemmelig@127.0.0.1:1/budsjett')).not.toContain('hemmelig');

    const url = await pgc.newDatabase();
    const store = await openPgStore(url);
    try {
      await addUser(store, 'anne', 'admin', PASSWORD);
      await expect(addUser(store, 'ANNE', 'leser', PASSWORD)).rejects.toMatchObject({ code: 'auth.nameTaken' });
      await expect(addUser(store, 'kari', 'redaktør', 'kort')).rejects.toMatchObject({ code: 'auth.passwordShort' });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('serves on 127.0.0.1, says where, takes the admin’s login, and stops on SIGTERM', async () => {
    const url = await pgc.newDatabase();
    expect((await server(['--pg', url, '--add-user', 'admin', '--role', 'admin'], `${PASSWORD}\n`)).code).toBe(0);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--pg', url, '--port', '0'], { cwd: root, env: { ...process.env, LANG: 'C.UTF-8' } });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const origin = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /Teamtjeneren lytter på (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('close', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const res = await fetch(`${origin}${LOGIN_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect(stdout).toContain('Den svarer bare på denne maskinen.');
    expect(stdout).not.toContain('Ingen administrator ennå');
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGTERM');
    });
    children.delete(child);
    expect(code).toBe(0);
  }, 180_000);
});
