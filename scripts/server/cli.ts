// `npm run server` (scripts/server.ts): the team server on PostgreSQL, or adding a user to its database. Every message
// goes through the i18n tables (shared/i18n/server.ts) and says what to do; a failure exits non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MIN_PASSWORD } from '../../shared/api/accounts';
import { ApiError } from '../../shared/api/errors';
import { t, tCode, type Lang } from '../../shared/i18n';
import { createServiceOn } from '../../electron/service/service';
import { NewerDatabaseError } from '../../electron/store/db';
import { describeConnection, openPgStore, type PgStore } from '../../electron/store/postgres/pgStore';
import { phasesFromEnv, timedStore } from './phases';
import { startRelay } from './relay';
import { addUser, readPassword, roleArg, startTeamServer } from './team';

export interface ServerArgs {
  pg: string;
  port: number;
  host: string;
  secureCookies: boolean;
  trustProxy: boolean;
  publicOrigin?: string;
  pool: number;
  lang: Lang;
  addUser?: string;
  role?: string;
}

/** A message for the user and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The language of the messages: --lang, else English when the environment's LANG is English, else bokmål. */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.indexOf('--lang');
  const named = i >= 0 ? argv[i + 1] : undefined;
  if (named === 'en' || named === 'nb') return named;
  return /^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : 'nb';
}

export function parseServerArgs(argv: readonly string[], lang: Lang): ServerArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        pg: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        'secure-cookies': { type: 'boolean', default: false },
        'trust-proxy': { type: 'boolean', default: false },
        'public-origin': { type: 'string' },
        pool: { type: 'string', default: '10' },
        lang: { type: 'string' },
        'add-user': { type: 'string' },
        role: { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    throw new CliError(`${t(lang, 'server.badOption', { detail: err instanceof Error ? err.message : String(err) })}\n${t(lang, 'server.usage')}`, 2);
  }
  if (!values.pg) throw new CliError(`${t(lang, 'server.noPg')}\n${t(lang, 'server.usage')}`, 2);
  checkConnectionString(values.pg, lang);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new CliError(t(lang, 'server.badPort', { port: values.port }), 2);
  const pool = Number(values.pool);
  if (!Number.isInteger(pool) || pool < 1 || pool > 100) throw new CliError(t(lang, 'server.badOption', { detail: `--pool ${values.pool} (1–100)` }), 2);
  let publicOrigin: string | undefined;
  if (values['public-origin'] !== undefined) {
    const got = values['public-origin'];
    try {
      const u = new URL(got);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
      publicOrigin = u.origin;
    } catch {
      throw new CliError(t(lang, 'server.badOrigin', { got }), 2);
    }
  }
  if (values['add-user'] !== undefined && !roleArg(values.role)) throw new CliError(t(lang, 'server.badRole', { got: values.role ?? '' }), 2);
  return {
    pg: values.pg,
    port,
    host: values.host,
    secureCookies: values['secure-cookies'],
    trustProxy: values['trust-proxy'],
    publicOrigin,
    pool,
    lang,
    addUser: values['add-user'],
    role: values.role,
  };
}

/** What a failure to open the database means for the one who started the server. */
export function openError(err: unknown, connectionString: string, lang: Lang): string {
  const where = describeConnection(connectionString);
  if (err instanceof NewerDatabaseError) return t(lang, 'server.newerDatabase', { found: err.found, supported: err.supported });
  const e = err as { code?: string; message?: string };
  const detail = e.message ?? String(err);
  switch (e.code) {
    case '3D000': {
      let database = '';
      try {
        database = decodeURIComponent(new URL(connectionString).pathname.slice(1));
      } catch {
        // the message names it anyway
      }
      return t(lang, 'server.noDatabase', { database: database || '?', where });
    }
    case '28P01':
    case '28000':
      return t(lang, 'server.authFailed', { where, detail });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ENOENT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return t(lang, 'server.unreachable', { where, detail: e.code });
  }
  if (/timeout/i.test(detail)) return t(lang, 'server.unreachable', { where, detail });
  return t(lang, 'server.openFailed', { where, detail });
}

/** A connection string pg can use: postgres:// or postgresql://, read as a URL. */
function checkConnectionString(s: string, lang: Lang) {
  try {
    const u = new URL(s);
    if (u.protocol === 'postgres:' || u.protocol === 'postgresql:') return;
  } catch {
    // below
  }
  throw new CliError(t(lang, 'server.badUrl'), 2);
}

export async function openStore(args: ServerArgs): Promise<PgStore> {
  try {
    return await openPgStore(args.pg, { maxConnections: args.pool });
  } catch (err) {
    throw new CliError(openError(err, args.pg, args.lang));
  }
}

/** `--add-user`: the password from the prompt (a terminal) or one line of stdin, never from the arguments. */
export async function addUserCommand(args: ServerArgs, log: (s: string) => void): Promise<void> {
  const lang = args.lang;
  const store = await openStore(args);
  try {
    const name = args.addUser ?? '';
    let password: string;
    try {
      password = await readPassword(t(lang, 'server.passwordPrompt', { name, min: MIN_PASSWORD }));
    } catch {
      throw new CliError(t(lang, 'server.noPassword'));
    }
    try {
      const user = await addUser(store, name, args.role, password);
      log(t(lang, 'server.userAdded', { name: user.username, role: t(lang, `auth.role.${user.role}`) }));
    } catch (err) {
      if (err instanceof ApiError) throw new CliError(tCode(lang, err.code, err.params));
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
  } finally {
    await store.close();
  }
}

/** The scenarios the server keeps in memory: each user's own and the colleagues' they open, so that an edit is one
 *  round trip to PostgreSQL (the append) and a read none but the row's (README, "Under load"). Bounded by the JSON's
 *  length too: 256 MB of it is some 500 plan-sized scenarios, or a few of the largest. */
const SERVER_CACHE = { entries: 2000, bytes: 256 * 1024 * 1024 };

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the team server: the web mode's service over the PostgreSQL store, accounts and sessions in it. */
export async function serveCommand(args: ServerArgs, rendererDir: string, log: (s: string) => void): Promise<RunningServer> {
  const lang = args.lang;
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new CliError(t(lang, 'server.noRenderer'));
  const opened = await openStore(args);
  // The load bench's per-phase timing (phases.ts), when the environment asks for it.
  const timing = phasesFromEnv();
  const store = timing ? timedStore(opened, timing.phases) : opened;
  if (timing) process.on('SIGUSR2', () => timing.phases.reset());
  const service = createServiceOn(store, { dataDir: store.location, shell: 'web', lang, cache: SERVER_CACHE });
  let server;
  try {
    server = await startTeamServer({
      service,
      store,
      rendererDir,
      port: args.port,
      host: args.host,
      secureCookies: args.secureCookies,
      trustProxy: args.trustProxy,
      publicOrigin: args.publicOrigin,
      phases: timing?.phases,
    });
  } catch (err) {
    await service.close();
    throw new CliError(t(lang, 'server.portTaken', { host: args.host, port: args.port, detail: (err as { code?: string }).code ?? String(err) }));
  }
  // Pages on other servers over the same database see this server's changes, and its pages theirs (relay.ts).
  const relay = await startRelay(args.pg, server.live).catch(async (err: unknown) => {
    await server.close();
    await service.close();
    throw err;
  });
  log(t(lang, 'server.listening', { url: server.url }));
  log(t(lang, 'server.database', { where: store.location }));
  if (args.host === '127.0.0.1' || args.host === 'localhost' || args.host === '::1') log(t(lang, 'server.localOnly'));
  if (!(await store.listUsers()).some((u) => u.role === 'admin' && u.disabledAt === null)) log(t(lang, 'server.noAdmin'));
  return {
    url: server.url,
    async close() {
      await relay.close();
      await server.close();
      timing?.phases.write(timing.file);
      await service.close();
    },
  };
}
