// Hostile requests against the real server: every malformed target, header and body gets an answer (or a closed
// connection), and the server still answers the next request. On main before issue 20, `GET /%` alone stopped it.
import net from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from './server';
import { useTestServer } from './testing';

const t = useTestServer();
const port = () => Number(new URL(t.server.url).port);

/** Sends raw bytes and returns the status line (or '' when the server closed without one). */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port(), '127.0.0.1');
    let got = '';
    const done = () => {
      socket.destroy();
      resolve(got.split('\r\n')[0]);
    };
    socket.setTimeout(2000, done);
    socket.on('data', (d) => {
      got += d.toString('latin1');
      if (got.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
    socket.end();
  });
}

const host = () => `Host: 127.0.0.1:${port()}\r\n`;
const get = (target: string, headers = '') => `GET ${target} HTTP/1.1\r\n${host()}${headers}Connection: close\r\n\r\n`;

async function alive(): Promise<void> {
  expect(await raw(get('/assets/app.js'))).toBe('HTTP/1.1 200 OK');
}

describe('the web server under hostile requests', () => {
  it.each([
    '/%',
    '/%zz',
    '/assets/%c0%af',
    '/assets/%ff',
    '//[::1',
    'http://[',
    'http://a:99999/',
    '*',
    '/?%',
    '/api/%',
    '/api/%zz',
    '/%00',
    '/..%5c..%5csecret',
    '/' + 'a'.repeat(60_000),
  ])('answers %s with an error status and stays up', async (target) => {
    const status = await raw(get(target));
    expect(status === '' || /^HTTP\/1\.1 [45]\d\d /.test(status)).toBe(true);
    await alive();
  });

  it('answers a malformed API call with the token headers in the wrong shape and stays up', async () => {
    expect(await raw(`POST /api/%zz HTTP/1.1\r\n${host()}${TOKEN_HEADER}: a\r\n${TOKEN_HEADER}: b\r\nContent-Length: 5\r\n\r\n{"a":`)).toMatch(/^HTTP\/1\.1 4\d\d/);
    await alive();
  });

  it('survives random targets, headers and bodies', async () => {
    const targetChar = fc.constantFrom(...'/%?#[]:@!$&\'()*+,;=abcAZ09-._~\\\x7f\u00e5'.split(''), '%c0%af', '%ff', '%2e%2e', '%00', '//', 'http://');
    const target = fc.array(targetChar, { maxLength: 30 }).map((cs) => cs.join(''));
    const headerValue = fc.string({ maxLength: 40 }).map((v) => v.replace(/[\r\n]/g, ''));
    const header = fc.tuple(fc.constantFrom('Cookie', 'Origin', TOKEN_HEADER, 'Content-Length', 'Transfer-Encoding', 'Content-Type', 'X-Junk'), headerValue);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'BREW'),
        target,
        fc.array(header, { maxLength: 4 }),
        fc.uint8Array({ maxLength: 200 }),
        async (method, t, headers, body) => {
          const head = `${method} ${t || '/'} HTTP/1.1\r\n${host()}${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}Connection: close\r\n\r\n`;
          await raw(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body)]));
          await alive();
        },
      ),
      { numRuns: 150 },
    );
  });
});
