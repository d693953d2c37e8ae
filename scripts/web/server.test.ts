import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { startWebServer, TOKEN_HEADER, type WebServer } from './server';

let dir: string;
let service: Service;
let server: WebServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-web-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>hei</body></html>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  service = createService({ dataDir: path.join(dir, 'data'), shell: 'web' });
  server = await startWebServer({ service, rendererDir, port: 0 });
});
afterAll(async () => {
  await server.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so the Host and Origin headers are exactly what a hostile client would send. */
function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: url.host, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (headers: Record<string, string> = {}, body = '{}') => request({ path: '/api/app.info', method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('the web mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('hands the token to the page it serves, and answers API calls that carry it', async () => {
    const page = await request({ path: '/' });
    expect(page.body).toContain(`<meta name="handlingsrom-token" content="${server.token}" />`);
    const res = await api({ [TOKEN_HEADER]: server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Handlingsrom' } });
  });

  it('refuses API calls without the token, with a wrong one, or from another origin', async () => {
    expect((await api()).status).toBe(403);
    expect((await api({ [TOKEN_HEADER]: 'x'.repeat(48) })).status).toBe(403);
    expect((await api({ [TOKEN_HEADER]: server.token, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await request({ path: '/api/app.info', headers: { [TOKEN_HEADER]: server.token } })).status).toBe(405);
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

  it('answers malformed JSON with a message, not a crash', async () => {
    const res = await api({ [TOKEN_HEADER]: server.token }, '{not json');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'api.invalidInput' } });
  });
});
