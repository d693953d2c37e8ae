// The web mode: the built renderer and the service layer over HTTP, on 127.0.0.1 only.
// Every API call must carry the random token handed to the page this server served, so no other local
// process or web page can read or change the scenarios; the Host header must be our own (no DNS rebinding).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Service } from '../../electron/service/service';

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
}

export interface WebServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = crypto.randomBytes(24).toString('hex');
  const indexPath = path.join(opts.rendererDir, 'index.html');
  if (!fs.existsSync(indexPath)) throw new Error(`renderer not built: ${indexPath} is missing (run npm run build:renderer)`);
  const indexHtml = fs
    .readFileSync(indexPath, 'utf8')
    .replace('</head>', `  <meta name="handlingsrom-token" content="${token}" />\n  </head>`);
  let origin = '';

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, MIME['.html'], indexHtml);
    const file = path.normalize(path.join(opts.rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(opts.rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain', 'not found');
    }
    send(res, 200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  });

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, op: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    // Same-origin only: a browser sends Origin on cross-origin POSTs, and the token is only in our page.
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'cross-origin refused');
    if (req.headers[TOKEN_HEADER] !== token) return send(res, 403, 'text/plain', 'missing or wrong token');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        send(res, 413, 'text/plain', 'request too large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', async () => {
      if (res.headersSent) return;
      let payload: unknown;
      try {
        payload = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        return sendJson(res, { ok: false, error: { code: 'api.invalidInput', params: { op, path: '', detail: 'JSON' } } });
      }
      sendJson(res, await opts.service.dispatch(op, payload));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${addr.port}`;

  return {
    url: `${origin}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
