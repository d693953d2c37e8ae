// The laptop's connection to a team server (scripts/server): signs in as the page would (POST /auth/login), keeps
// the session cookie and the session's API token here in the back end — never in the page, never on disk — and calls
// the server's API with them. Every failure becomes an ApiError with an i18n code: sync.unreachable when the server
// does not answer (the edit stays queued), auth.signedOut when it no longer knows the session, otherwise the
// server's own refusal (a leser's auth.needsEditor, store.stale, …).
import type { OpInput, OpOutput } from '../../shared/api/contract';
import { LOGIN_PATH } from '../../shared/api/accounts';
import { ApiError, type Envelope } from '../../shared/api/errors';
import type { OpName } from '../../shared/api/ops';

/** The header the team server expects the session's token in (scripts/web/auth.ts TOKEN_HEADER). */
const TOKEN_HEADER = 'x-handlingsrom-token';
const TIMEOUT_MS = 30_000;

export interface SignedIn {
  displayName: string;
}

/** An address as the user typed it ("teamserver.kommune.no:8443", "http://127.0.0.1:4000/"): its origin. */
export function normaliseOrigin(text: string): string {
  const t = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  } catch {
    throw new ApiError('sync.badAddress', { address: t });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError('sync.badAddress', { address: t });
  return url.origin;
}

export class TeamClient {
  private cookie: string | null = null;
  private token: string | null = null;

  constructor(
    readonly origin: string,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  get signedIn(): boolean {
    return this.token !== null;
  }

  async login(username: string, password: string): Promise<SignedIn> {
    const res = await this.post(LOGIN_PATH, { username, password }, {});
    const env = await envelope<{ account: { displayName: string }; token: string }>(res);
    if (!env.ok) throw new ApiError(env.error.code, env.error.params);
    const setCookie = res.headers.get('set-cookie') ?? '';
    const pair = setCookie.split(';')[0];
    if (!pair.includes('=')) throw new ApiError('sync.badAnswer', { origin: this.origin });
    this.cookie = pair;
    this.token = env.value.token;
    return { displayName: env.value.account.displayName };
  }

  forget(): void {
    this.cookie = null;
    this.token = null;
  }

  async call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
    if (!this.cookie || !this.token) throw new ApiError('auth.signedOut', {});
    const res = await this.post(`/api/${op}`, input, { Cookie: this.cookie, [TOKEN_HEADER]: this.token });
    if (res.status === 401 || res.status === 403) {
      this.forget();
      throw new ApiError('auth.signedOut', {});
    }
    const env = await envelope<OpOutput<K>>(res);
    if (!env.ok) throw new ApiError(env.error.code, env.error.params);
    return env.value;
  }

  /** Tried twice: a kept-alive connection to a server that restarted fails once before a new one is made. A
   *  repeated edit is safe: the server recognises an edit sent again (same base revision, label and patches). */
  private async post(path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.fetchFn(`${this.origin}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch {
        if (attempt >= 2) throw new ApiError('sync.unreachable', { origin: this.origin });
      }
    }
  }
}

async function envelope<T>(res: Response): Promise<Envelope<T>> {
  let v: unknown;
  try {
    v = await res.json();
  } catch {
    throw new ApiError('sync.badAnswer', { origin: res.url ? new URL(res.url).origin : '' });
  }
  const e = v as { ok?: unknown; error?: { code?: unknown } };
  if (e?.ok === true || (e?.ok === false && typeof e.error?.code === 'string')) return v as Envelope<T>;
  throw new ApiError('sync.badAnswer', { origin: res.url ? new URL(res.url).origin : '' });
}
