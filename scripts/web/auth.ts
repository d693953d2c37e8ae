// Who may see the page and call the API. The server prints a URL that carries a login key once (as Jupyter
// does); a request with it gets a session cookie (HttpOnly, SameSite=Strict) and is redirected to the bare
// path, so the key does not stay in the address bar or the history. The page and its API token are served only
// to a holder of that cookie; every API call needs the cookie and the token. Another local user who can reach
// 127.0.0.1 but did not see the printed URL gets neither.
import crypto from 'node:crypto';
import type http from 'node:http';
import type { Access } from './access';
import { MIME, SECURITY_HEADERS, send } from './http';

export const KEY_PARAM = 'key';

export interface Auth {
  /** The login key, for the printed URL. */
  readonly key: string;
  /** The API token the page carries. */
  readonly token: string;
  /** Set-Cookie for a request that presented the right key, else null. */
  login(query: URLSearchParams): string | null;
  hasSession(req: http.IncomingMessage): boolean;
  hasToken(value: string | string[] | undefined): boolean;
}

const secret = () => crypto.randomBytes(24).toString('hex');

/** The three secrets of a server: the login key, the API token and the session cookie's value. */
export interface AuthSecrets {
  key: string;
  token: string;
  session: string;
}

export function freshSecrets(): AuthSecrets {
  return { key: secret(), token: secret(), session: secret() };
}

/** Compares in constant time, so the answer's timing tells nothing about how much of a guess was right. */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** `port` names the cookie: browsers do not separate cookies by port, and two servers may run side by side.
 *  `secrets` are new ones unless given (a restart on the same data folder and port keeps them: secrets.ts). */
export function createAuth(port: number, { key, token, session }: AuthSecrets = freshSecrets()): Auth {
  const cookieName = `handlingsrom-${port}`;
  return {
    key,
    token,
    login: (query) => (sameSecret(query.get(KEY_PARAM), key) ? `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/` : null),
    hasSession: (req) => sameSecret(cookieValue(req.headers.cookie, cookieName), session),
    hasToken: (value) => sameSecret(value, token),
  };
}

export const TOKEN_HEADER = 'x-handlingsrom-token';

/** What a browser without the session gets: how to get in, in both languages (no token, nothing else). */
const NO_SESSION_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Handlingsrom</title></head><body>
<p>Åpne adressen som <code>npm run web</code> skrev ut da den startet (den som slutter på <code>?${KEY_PARAM}=…</code>).</p>
<p lang="en">Open the address that <code>npm run web</code> printed when it started (the one ending in <code>?${KEY_PARAM}=…</code>).</p>
</body></html>`;

/** The web mode's Access: the page and the API for the holder of the printed key's session, who may do everything. */
export function keyAccess(auth: Auth): Access & { token: string; loginPath: string } {
  return {
    token: auth.token,
    loginPath: `/?${KEY_PARAM}=${auth.key}`,
    route(req, res, target) {
      if (req.method !== 'GET' || !target.query.has(KEY_PARAM)) return false;
      const cookie = auth.login(target.query);
      if (!cookie) {
        send(res, 403, MIME['.html'], NO_SESSION_PAGE);
        return true;
      }
      // The key leaves the address bar: the browser goes on to the page with its cookie (always "/", so no crafted
      // path can make this an open redirect).
      res.writeHead(303, { Location: '/', 'Set-Cookie': cookie, ...SECURITY_HEADERS });
      res.end();
      return true;
    },
    page(req, index) {
      if (!auth.hasSession(req)) return { status: 401, html: NO_SESSION_PAGE };
      return { status: 200, html: withMeta(index, { 'handlingsrom-token': auth.token }) };
    },
    caller(req, opts) {
      const ok = auth.hasSession(req) && (opts?.stream || auth.hasToken(req.headers[TOKEN_HEADER]));
      return ok ? { accountId: null, name: null, role: null } : null;
    },
  };
}

/** The page with meta tags in its head (the values are ours: hex tokens, fixed words). */
export function withMeta(index: string, meta: Record<string, string>): string {
  const tags = Object.entries(meta).map(([name, content]) => `  <meta name="${name}" content="${content}" />\n`).join('');
  return index.replace('</head>', `${tags}  </head>`);
}
