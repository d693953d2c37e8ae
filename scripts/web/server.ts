// The web mode: the built renderer and the service layer over HTTP, on 127.0.0.1 unless told otherwise. Who may
// see the page and call the API is the Access's to say: the login key printed at start for the single user of the
// web mode (auth.ts), accounts and sessions for the team server (scripts/server). Every API call is checked by it,
// and for a caller with a role against the role table (shared/api/roles.ts) before anything runs; the Host header
// must be our own (no DNS rebinding). Acknowledged changes go live to the other pages on the scenario (live.ts). No
// request, however malformed, may throw out of the handler: one uncaught throw would stop the server.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isOpName } from '../../shared/api/ops';
import { mayCall, refusalCode } from '../../shared/api/roles';
import type { Service } from '../../electron/service/service';
import { LiveHub, publish } from '../server/live';
import type { Phases } from '../server/phases';
import type { Access, Caller } from './access';
import { createAuth, keyAccess, type AuthSecrets } from './auth';
import { MIME, parseJson, readBody, send, sendJson } from './http';
import { parseTarget } from './target';

export { TOKEN_HEADER } from './auth';
/** The page's id on its API calls and its live stream: it does not get its own changes back. */
export const CLIENT_HEADER = 'x-handlingsrom-client';
export const LIVE_PATH = '/api/live';

export interface WebServerOptions {
  service: Service;
  rendererDir: string;
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The address users open behind a reverse proxy (https://budsjett.kommune.no): its host and origin are accepted
   *  besides the server's own, and it is the address printed. */
  publicOrigin?: string;
  /** Who may in; default: the web mode's printed key (with `secretsFor`). */
  access?(origin: string): Access;
  /** The secrets for the port the server got (new ones when absent). */
  secretsFor?(port: number): AuthSecrets;
  /** Time each API call's phases (the load bench, scripts/server/phases.ts). */
  phases?: Phases;
  /** Tests only: called with each answer before it is sent (web.ts sets it only under an env variable). */
  beforeAnswer?(op: string, answer: unknown): void;
}

export interface WebServer {
  /** The address to open (with the login key in the web mode). */
  url: string;
  origin: string;
  /** The web mode's API token ('' for the team server, whose tokens are per session). */
  token: string;
  live: LiveHub;
  close(): Promise<void>;
}

/** Vite names each built script and style by its content (assets/name-hash.js): the browser keeps them, so a later
 *  start or reload of the page takes them, and the compiled code V8 keeps beside them, from its cache. */
const BUILT_ASSET_CACHE = { 'Cache-Control': 'public, max-age=31536000, immutable' };

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const indexPath = path.join(opts.rendererDir, 'index.html');
  if (!fs.existsSync(indexPath)) throw new Error(`renderer not built: ${indexPath} is missing (run npm run build:renderer)`);
  const index = fs.readFileSync(indexPath, 'utf8');
  // Requests are taken only once the port, and so the origin and the login key, are known.
  const server = http.createServer();
  // Malformed HTTP (bad header lines, oversized headers): answer 400 and drop the connection, never throw.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const bindHost = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, bindHost, () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  const hostName = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  const host = `${hostName}:${addr.port}`;
  const origin = `http://${host}`;
  const publicOrigin = opts.publicOrigin ? new URL(opts.publicOrigin).origin : undefined;
  const hosts = new Set([host, ...(publicOrigin ? [new URL(publicOrigin).host] : [])]);
  const origins = new Set([origin, ...(publicOrigin ? [publicOrigin] : [])]);
  let token = '';
  let loginPath = '/';
  let access: Access;
  if (opts.access) access = opts.access(origin);
  else {
    const key = keyAccess(createAuth(addr.port, opts.secretsFor?.(addr.port)));
    ({ token, loginPath } = key);
    access = key;
  }
  const live = new LiveHub();

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    // A client that goes away mid-request must not become an unhandled 'error' event.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    try {
      handle(req, res);
    } catch (err) {
      fail(res, err);
    }
  });

  function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!hosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'wrong host');
    const target = parseTarget(req.url);
    if (!target) return send(res, 400, 'text/plain', 'bad request target');
    // Same-origin only: a browser sends Origin on cross-origin requests other than a plain GET.
    if (req.headers.origin && !origins.has(req.headers.origin)) return send(res, 403, 'text/plain', 'cross-origin refused');
    if (access.route(req, res, target)) return;
    if (target.path === LIVE_PATH) return subscribe(req, res, target.query);
    if (target.path.startsWith('/api/')) return handleApi(req, res, target.path.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (target.path === '/' || target.path === '/index.html') {
      const page = access.page(req, index);
      return send(res, page.status, MIME['.html'], page.html, page.headers);
    }
    // The built scripts and styles hold nothing secret; the page and the API do.
    const file = path.normalize(path.join(opts.rendererDir, target.path));
    if (!file.startsWith(opts.rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain', 'not found');
    }
    send(res, 200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), target.path.startsWith('/assets/') ? BUILT_ASSET_CACHE : {});
  }

  /** An event stream of one scenario's acknowledged changes. EventSource sends no headers of its own, so the
   *  session cookie (SameSite=Strict: never sent from another site) is the check; the stream only reads. */
  function subscribe(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams) {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    void Promise.resolve(access.caller(req, { stream: true })).then((caller) => {
      if (!caller) return send(res, 403, 'text/plain', 'missing or wrong session');
      const scenario = query.get('scenario');
      const client = query.get('client') ?? '';
      if ((scenario !== null && !/^[\w.-]{0,100}$/.test(scenario)) || !/^[\w-]{1,64}$/.test(client)) return send(res, 400, 'text/plain', 'bad live request');
      live.subscribe(req, res, scenario || null, client);
    }).catch((err: unknown) => fail(res, err));
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, op: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    const phases = opts.phases;
    const t0 = performance.now();
    void (async () => {
      const caller = await (phases ? phases.time('http.caller', Promise.resolve(access.caller(req))) : access.caller(req));
      if (!caller) return send(res, 403, 'text/plain', 'missing or wrong token');
      const body = await (phases ? phases.time('http.body', readBody(req, res)) : readBody(req, res));
      if (body && !res.headersSent) await answer(res, op, body, caller, clientOf(req));
      phases?.add(`call ${op}`, performance.now() - t0);
    })().catch((err: unknown) => fail(res, err));
  }

  async function answer(res: http.ServerResponse, op: string, body: Buffer, caller: Caller, client: string | undefined) {
    const phases = opts.phases;
    const payload = parseJson(body);
    if (payload === undefined) return sendJson(res, { ok: false, error: { code: 'api.invalidInput', params: { op, path: '', detail: 'JSON' } } });
    // The role table, before anything runs; the page greys out what would be refused, this is the check.
    if (caller.role && isOpName(op) && !mayCall(caller.role, op)) return sendJson(res, { ok: false, error: { code: refusalCode(op), params: { op } } });
    // The signed-in user is the author of the edits the call makes.
    const dispatched = opts.service.dispatch(op, payload, { userId: caller.accountId ?? undefined });
    const result = await (phases ? phases.time(`service ${op}`, dispatched) : dispatched);
    opts.beforeAnswer?.(op, result);
    const t0 = phases ? performance.now() : 0;
    sendJson(res, result);
    if (result.ok) publish(live, op, payload, result.value, caller.name, client);
    phases?.add('http.answer', performance.now() - t0);
  }

  return {
    url: `${publicOrigin ?? origin}${loginPath}`,
    origin,
    token,
    live,
    close: () =>
      new Promise<void>((resolve) => {
        live.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function clientOf(req: http.IncomingMessage): string | undefined {
  const v = req.headers[CLIENT_HEADER];
  return typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? v : undefined;
}

/** An unexpected failure answers 500 (if nothing was sent yet) and is logged; the server stays up. */
function fail(res: http.ServerResponse, err: unknown) {
  console.error('[web] request failed:', err instanceof Error ? err.message : String(err));
  if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
  else res.destroy();
}
