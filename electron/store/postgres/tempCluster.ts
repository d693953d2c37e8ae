// A throwaway PostgreSQL cluster for the tests and the server benchmark: initdb in a temporary folder, a server
// listening only on a unix socket in that folder (no port to collide with), stopped and removed at the end. Nothing
// is mocked and nothing is skipped: without PostgreSQL the caller fails with a message saying how to install it.
// initdb refuses to run as root (CI runs as root), so as root the cluster runs as an unprivileged user: `postgres`,
// which Debian's package creates, or the one named by HANDLINGSROM_PG_USER.
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempCluster {
  /** The folder holding the data directory, the socket and the log. */
  dir: string;
  /** A connection string for `database` (default: postgres, the maintenance database). */
  url(database?: string): string;
  /** Stops the server at once and removes the folder; safe to call twice. */
  stop(): void;
}

export interface TempClusterOptions {
  /** fsync off: fast, for tests that never crash PostgreSQL itself. The benchmark keeps PostgreSQL's default (on). */
  fast?: boolean;
  /** Extra server settings (-c name=value). */
  settings?: Record<string, string | number>;
}

const INSTALL_HINT =
  'PostgreSQL is needed for these tests: install it (Debian: apt-get install postgresql, without starting a cluster; .ci/run does) ' +
  'or name its bin folder in HANDLINGSROM_PG_BIN.';

/** The folder with initdb and pg_ctl: HANDLINGSROM_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else
 *  the PATH (pg_config --bindir). Throws with the install hint when there is none. */
export function postgresBin(): string {
  const env = process.env.HANDLINGSROM_PG_BIN;
  if (env) {
    if (!fs.existsSync(path.join(env, 'initdb'))) throw new Error(`${INSTALL_HINT} (HANDLINGSROM_PG_BIN=${env} has no initdb)`);
    return env;
  }
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  } catch {
    // Not on the PATH either.
  }
  throw new Error(INSTALL_HINT);
}

/** uid and gid to run the cluster as: our own, or, as root, an unprivileged user's. */
function runAs(): { uid: number; gid: number; name: string } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const name = process.env.HANDLINGSROM_PG_USER ?? 'postgres';
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid, name };
  } catch {
    throw new Error(`initdb refuses to run as root, and there is no user '${name}' to run it as: install PostgreSQL (its package creates 'postgres') or name a user in HANDLINGSROM_PG_USER.`);
  }
}

function run(bin: string, args: string[], opts: SpawnSyncOptions, what: string): void {
  const r = spawnSync(bin, args, { ...opts, encoding: 'utf8' });
  if (r.error) throw new Error(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${String(r.stderr).trim() || String(r.stdout).trim()}`);
}

/** Starts a new cluster; the caller stops it (also stopped when the process exits normally). */
export function startTempCluster(opts: TempClusterOptions = {}): TempCluster {
  const bin = postgresBin();
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const spawnOpts: SpawnSyncOptions = { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' }, ...(user ? { uid: user.uid, gid: user.gid } : {}) };
  let started = false;
  const stop = () => {
    process.removeListener('exit', stop);
    if (started) {
      started = false;
      spawnSync(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-s'], spawnOpts);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  try {
    run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions', ...(opts.fast ? ['--no-sync'] : [])], spawnOpts, 'initdb');
    const settings: Record<string, string | number> = {
      listen_addresses: "''",
      unix_socket_directories: `'${dir}'`,
      port: 5432,
      max_connections: 200,
      ...(opts.fast ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
      ...opts.settings,
    };
    const conf = Object.entries(settings).map(([k, v]) => `${k} = ${v}`).join('\n');
    fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n# tempCluster.ts\n${conf}\n`);
    started = true;
    run(path.join(bin, 'pg_ctl'), ['start', '-D', data, '-l', log, '-w', '-t', '60', '-s'], spawnOpts, 'pg_ctl start');
  } catch (err) {
    const tail = fs.existsSync(log) ? `\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : '';
    stop();
    throw new Error(`${err instanceof Error ? err.message : String(err)}${tail}`, { cause: err });
  }
  return {
    dir,
    url: (database = 'postgres') => `postgresql://postgres@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}`,
    stop,
  };
}
