// Small HTTP helpers shared by the web mode and the team server: answers with the security headers, and bounded
// request bodies.
import type http from 'node:http';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

export function sendJson(res: http.ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}) {
  send(res, status, MIME['.json'], JSON.stringify(value), headers);
}

export const MAX_BODY = 64 * 1024 * 1024;

/** The body of a request, or null when it was too large (then 413 has been sent and the request dropped). */
export function readBody(req: http.IncomingMessage, res: http.ServerResponse, max = MAX_BODY): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    let ended = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > max) {
        over = true;
        send(res, 413, 'text/plain', 'request too large');
        req.destroy();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => {
      ended = true;
      if (!over) resolve(Buffer.concat(chunks));
    });
    // A client that went away mid-body: nothing to answer.
    req.on('close', () => {
      if (!ended) resolve(null);
    });
  });
}

/** JSON from a body; undefined when it does not parse. An empty body is {}. */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
