// Every way a call over a transport can fail reaches the user as a Norwegian sentence that says what to do:
// never "Failed to fetch", "The user aborted a request" or "Unexpected token '<'".
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { tCode } from '../../../shared/i18n';
import { errorText } from '../i18n/errorText';
import { BAD_ANSWER, httpApi, ipcApi, NOT_DELIVERED, SIGNED_OUT, TIMED_OUT, UNREACHABLE } from './transport';

type Fetch = typeof fetch;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The failures a fetch can meet, each as the browser reports it. */
const FAILURES: [string, Fetch, string][] = [
  ['the server stopped (fetch rejects)', () => Promise.reject(new TypeError('Failed to fetch')), UNREACHABLE],
  [
    'no answer in time',
    (_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('The user aborted a request.', 'AbortError')))),
    TIMED_OUT,
  ],
  ['HTTP 500', () => Promise.resolve(new Response('Internal Server Error', { status: 500 })), 'api.httpStatus'],
  ['HTTP 403 (the session token refused)', () => Promise.resolve(new Response('Forbidden', { status: 403 })), SIGNED_OUT],
  ['an HTML page instead of JSON', () => Promise.resolve(new Response('<html>proxy error</html>', { status: 200 })), BAD_ANSWER],
  ['JSON cut off', () => Promise.resolve(new Response('{"ok":true,"val', { status: 200 })), BAD_ANSWER],
  ['JSON that is not an answer of the store', () => Promise.resolve(json({ hello: 'world' })), BAD_ANSWER],
];

/** English the browser or the platform would write. */
const ENGLISH = /fetch|abort|unexpected token|json|network|internal server|forbidden|error:/i;

async function failure(api: ReturnType<typeof httpApi>): Promise<unknown> {
  try {
    await api.call('scenario.list', {} as never);
  } catch (err) {
    return err;
  }
  throw new Error('the call did not fail');
}

describe('transport errors', () => {
  it.each(FAILURES)('%s: an ApiError with a Norwegian text that says what to do', async (_name, fetchFn, code) => {
    const err = await failure(httpApi('token', { fetchFn, timeoutMs: 20 }));
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe(code);
    const text = errorText(err, (key, params) => tCode('nb', key, params));
    expect(text).not.toBe(code); // a text of the tables, not the bare key
    expect(text).not.toMatch(ENGLISH);
    // It says what to do.
    expect(text).toMatch(/Prøv igjen|Sjekk|Åpne|start Handlingsrom/);
    expect(tCode('en', code, { status: 500 })).not.toBe(code);
  });

  it('may send again what never reached the store or got no answer, but not what the store refused', () => {
    for (const code of [UNREACHABLE, SIGNED_OUT, TIMED_OUT, BAD_ANSWER]) expect(NOT_DELIVERED.has(code)).toBe(true);
    expect(NOT_DELIVERED.has('api.httpStatus')).toBe(false);
  });

  it('passes the store’s own refusal through with its code and parameters', async () => {
    const err = await failure(httpApi('t', { fetchFn: () => Promise.resolve(json({ ok: false, error: { code: 'store.stale', params: { revision: 3, base: 2 } } })) }));
    expect(err).toMatchObject({ code: 'store.stale', params: { revision: 3, base: 2 } });
  });

  it('answers a call that succeeds, and sends the token', async () => {
    let token: string | null = null;
    const api = httpApi('secret', {
      fetchFn: (_url, init) => {
        token = new Headers(init!.headers).get('X-Handlingsrom-Token');
        return Promise.resolve(json({ ok: true, value: [] }));
      },
    });
    expect(await api.call('scenario.list', {} as never)).toEqual([]);
    expect(token).toBe('secret');
  });

  it('the desktop bridge: a back end gone (Electron rejects in English) or a malformed answer in Norwegian too', async () => {
    const bridge = (fn: () => Promise<unknown>) => ({ ops: { 'scenario.list': fn }, onCommand: () => () => undefined, shellCommand: async () => undefined }) as never;
    const gone = await failure(ipcApi(bridge(() => Promise.reject(new Error("Error invoking remote method 'scenario.list': Error: No handler registered")))));
    expect(gone).toMatchObject({ code: UNREACHABLE });
    const odd = await failure(ipcApi(bridge(() => Promise.resolve(undefined))));
    expect(odd).toMatchObject({ code: BAD_ANSWER });
    // Anything that is no ApiError at all (a bug) gets the general text, its detail in the console only.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(errorText(new TypeError('Failed to fetch'), (k, p) => tCode('nb', k, p))).toBe(tCode('nb', 'api.unexpected'));
    } finally {
      console.warn = warn;
    }
  });
});
