import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from './server';
import { useTestServer } from './testing';

const t = useTestServer();
interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request, so the Host and Origin headers are exactly what a hostile client would send. */
function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(t.server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: url.host, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (headers: Record<string, string> = {}, body = '{}') => request({ path: '/api/app.info', method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

/** Logs in with the printed URL, as the browser does, and returns the session cookie. */
async function login(): Promise<string> {
  const url = new URL(t.server.url);
  const res = await request({ path: url.pathname + url.search });
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe('/');
  const cookie = res.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
  return cookie.split(';')[0];
}

describe('the web mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(t.server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page and its token only to the holder of the key printed at start', async () => {
    // Any local process can ask for the page; without the session it gets how to get in, not the token.
    const anonymous = await request({ path: '/' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).not.toContain(t.server.token);
    expect(anonymous.body).toContain('Åpne adressen');
    const wrongKey = await request({ path: '/?key=' + 'x'.repeat(48) });
    expect(wrongKey.status).toBe(403);
    expect(wrongKey.headers['set-cookie']).toBeUndefined();
    const cookie = await login();
    const page = await request({ path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="handlingsrom-token" content="${t.server.token}" />`);
    const res = await api({ Cookie: cookie, [TOKEN_HEADER]: t.server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Handlingsrom' } });
  });

  it('refuses API calls without the session or the token, with a wrong one, or from another origin', async () => {
    const cookie = await login();
    expect((await api()).status).toBe(403);
    expect((await api({ [TOKEN_HEADER]: t.server.token })).status).toBe(403);
    expect((await api({ Cookie: cookie })).status).toBe(403);
    expect((await api({ Cookie: 'handlingsrom-1=' + 'x'.repeat(48), [TOKEN_HEADER]: t.server.token })).status).toBe(403);
    expect((await api({ Cookie: cookie, [TOKEN_HEADER]: 'x'.repeat(48) })).status).toBe(403);
    expect((await api({ Cookie: cookie, [TOKEN_HEADER]: t.server.token, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await request({ path: '/api/app.info', headers: { Cookie: cookie, [TOKEN_HEADER]: t.server.token } })).status).toBe(405);
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    expect((await request({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(421);
  });

  it('serves only files of the renderer folder', async () => {
    expect((await request({ path: '/assets/app.js' })).status).toBe(200);
    expect((await request({ path: '/../secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await request({ path: '/assets/%2e%2e/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('lets the browser keep the built assets (named by their content), never the page', async () => {
    expect((await request({ path: '/assets/app.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request({ path: '/' })).headers['cache-control']).toBe('no-store');
  });

  it('answers malformed JSON with a message, not a crash', async () => {
    const res = await api({ Cookie: await login(), [TOKEN_HEADER]: t.server.token }, '{not json');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
  });
});
