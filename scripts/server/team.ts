// The team server's HTTP layer: the web mode's server (scripts/web/server.ts) with accounts, sessions and roles as
// its Access (teamAccess.ts), and adding a user from the command line. `npm run server` (scripts/server.ts) starts
// it over the store it is given.
import readline from 'node:readline';
import { MIN_PASSWORD } from '../../shared/api/accounts';
import { isRole, type Role } from '../../shared/api/roles';
import { ApiError } from '../../shared/api/errors';
import type { Service } from '../../electron/service/service';
import { startWebServer, type WebServer } from '../web/server';
import type { Phases } from './phases';
import { createAccount, teamAccess } from './teamAccess';
import type { TeamStore, UserRow, UserStore } from './userStore';

export interface TeamServerOptions {
  service: Service;
  /** Accounts and sessions: the PostgreSQL store the service runs on. */
  store: TeamStore;
  rendererDir: string;
  port: number;
  /** Default 127.0.0.1: put a TLS reverse proxy in front to serve others (README). */
  host?: string;
  /** --secure-cookies: the cookie is sent over HTTPS only. */
  secureCookies?: boolean;
  /** --trust-proxy: believe the proxy's X-Forwarded-Proto (Secure cookies) and X-Forwarded-For (login limit). */
  trustProxy?: boolean;
  /** --public-origin: the https address users open through the proxy. */
  publicOrigin?: string;
  /** Time each API call's phases (the load bench). */
  phases?: Phases;
}

export function startTeamServer(opts: TeamServerOptions): Promise<WebServer> {
  return startWebServer({
    service: opts.service,
    rendererDir: opts.rendererDir,
    port: opts.port,
    host: opts.host,
    publicOrigin: opts.publicOrigin,
    phases: opts.phases,
    access: teamAccess({ store: opts.store, secureCookies: opts.secureCookies, trustProxy: opts.trustProxy }),
  });
}

/** The role named on the command line: the store's words, or their English (`--role redaktør`, `--role editor`). */
export function roleArg(value: string | undefined): Role | null {
  const v = (value ?? '').trim().toLocaleLowerCase('nb');
  const aliases: Record<string, Role> = { reader: 'leser', editor: 'redaktør', redaktor: 'redaktør' };
  const role = aliases[v] ?? v;
  return isRole(role) ? role : null;
}

/** Reads a password from the terminal without echoing it (or one line from a pipe: `printf '%s\n' … | npm run …`). */
export function readPassword(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input, output: input.isTTY ? output : undefined, terminal: input.isTTY === true });
    if (input.isTTY) {
      output.write(prompt);
      // Nothing of what is typed is written back.
      (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = () => undefined;
    }
    rl.once('line', (line) => {
      if (input.isTTY) output.write('\n');
      // Settled before close, whose handler would otherwise refuse first.
      resolve(line);
      rl.close();
    });
    rl.once('close', () => reject(new Error('no password given')));
  });
}

/** `--add-user <name> --role <role>`: the password from the prompt or stdin, never from the arguments. */
export async function addUser(users: UserStore, username: string, roleName: string | undefined, password: string): Promise<UserRow> {
  const role = roleArg(roleName);
  if (!role) throw new Error(`--role: leser, redaktør or admin (got ${roleName ?? 'nothing'})`);
  if (password.length < MIN_PASSWORD) throw new ApiError('auth.passwordShort', { min: MIN_PASSWORD });
  return createAccount(users, { username, role, password });
}
