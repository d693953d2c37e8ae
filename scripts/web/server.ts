// The web mode: the built renderer and the service layer over HTTP, on 127.0.0.1 only.
// The page goes only to the holder of the login key printed at start (auth.ts); every API call must carry the
// session cookie and the random token in that page, so no other local user, process or web page can read or
// change the scenarios; the Host header must be our own (no DNS rebinding). No request, however malformed,
// may throw out of the handler: one uncaught throw would stop the server.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Service } from '../../electron/service/service';
import { createAuth, KEY_PARAM, type AuthSecrets } from './auth';
import { parseTarget } from './target';

export const TOKEN_HEADER = 'x-handlingsrom-token';
const MAX_BODY = 64 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebServerOptions {
  service: Service;
  rendererDir: string;
  port: number;
  /** The secrets for the port the server got (new ones when absent). */
  secretsFor?(port: number): AuthSecrets;
  /** Tests only: called with each answer before it is sent (web.ts sets it only under an env variable). */
  beforeAnswer?(op: string, answer: unknown): void;
}

export interface WebServer {
  /** The address to open, with the login key. */
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const indexPath = path.join(opts.rendererDir, 'index.html');
  if (!fs.existsSync(indexPath)) throw new Error(`renderer not built: ${indexPath} is missing (run npm run build:renderer)`);
  const indexTemplate = fs.readFileSync(indexPath, 'utf8');
  // Requests are taken only once the port, and so the origin and the login key, are known.
  const server = http.createServer();
  // Malformed HTTP (bad header lines, oversized headers): answer 400 and drop the connection, never throw.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  const host = `127.0.0.1:${addr.port}`;
  const origin = `http://${host}`;
  const auth = createAuth(addr.port, opts.secretsFor?.(addr.port));
  const indexHtml = indexTemplate.replace('</head>', `  <meta name="handlingsrom-token" content="${auth.token}" />\n  </head>`);

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
    if (req.headers.host !== host) return send(res, 421, 'text/plain', 'wrong host');
    const target = parseTarget(req.url);
    if (!target) return send(res, 400, 'text/plain', 'bad request target');
    if (target.path.startsWith('/api/')) return handleApi(req, res, target.path.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (target.query.has(KEY_PARAM)) {
      const cookie = auth.login(target.query);
      if (!cookie) return send(res, 403, MIME['.html'], NO_SESSION_PAGE);
      // The key leaves the address bar: the browser goes on to the page with its cookie (always "/", so no
      // crafted path can make this an open redirect).
      res.writeHead(303, { Location: '/', 'Set-Cookie': cookie, ...SECURITY_HEADERS });
      return res.end();
    }
    if (target.path === '/' || target.path === '/index.html') {
      if (!auth.hasSession(req)) return send(res, 401, MIME['.html'], NO_SESSION_PAGE);
      return send(res, 200, MIME['.html'], indexHtml);
    }
    // The built scripts and styles hold nothing secret; the page and the API do.
    const file = path.normalize(path.join(opts.rendererDir, target.path));
    if (!file.startsWith(opts.rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain', 'not found');
    }
    send(res, 200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, op: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    // Same-origin only: a browser sends Origin on cross-origin POSTs, and the token is only in our page.
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'cross-origin refused');
    if (!auth.hasSession(req) || !auth.hasToken(req.headers[TOKEN_HEADER])) return send(res, 403, 'text/plain', 'missing or wrong token');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        send(res, 413, 'text/plain', 'request too large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      void answer(res, op, chunks).catch((err: unknown) => fail(res, err));
    });
  }

  async function answer(res: http.ServerResponse, op: string, chunks: Buffer[]) {
    let payload: unknown;
    try {
      payload = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return sendJson(res, { ok: false, error: { code: 'api.invalidInput', params: { op, path: '', detail: 'JSON' } } });
    }
    const result = await opts.service.dispatch(op, payload);
    opts.beforeAnswer?.(op, result);
    sendJson(res, result);
  }

  return {
    url: `${origin}/?${KEY_PARAM}=${auth.key}`,
    token: auth.token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a browser without the session gets: how to get in, in both languages (no token, nothing else). */
const NO_SESSION_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Handlingsrom</title></head><body>
<p>Åpne adressen som <code>npm run web</code> skrev ut da den startet (den som slutter på <code>?${KEY_PARAM}=…</code>).</p>
<p lang="en">Open the address that <code>npm run web</code> printed when it started (the one ending in <code>?${KEY_PARAM}=…</code>).</p>
</body></html>`;

/** An unexpected failure answers 500 (if nothing was sent yet) and is logged; the server stays up. */
function fail(res: http.ServerResponse, err: unknown) {
  console.error('[web] request failed:', err instanceof Error ? err.message : String(err));
  if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
  else res.destroy();
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

function sendJson(res: http.ServerResponse, value: unknown) {
  send(res, 200, MIME['.json'], JSON.stringify(value));
}
