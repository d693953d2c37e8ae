// Live across several team servers on one database: each server's hub (live.ts) sends the changes made on it with
// PostgreSQL's NOTIFY, and LISTENs for the others', which it passes to its own pages. A notification is delivered
// only once its transaction has committed, and only while a server listens: a server that was away (or lost its
// connection) has missed what came meanwhile, as a page that lost its stream has — its pages' next edit on an old
// revision is refused as stale, as ever, and they read the scenario again. A payload is at most 8000 bytes: a change
// too long for one goes without its patches, which tells the pages to open the scenario again (live.ts).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { LiveHub, RelayMessage } from './live';

export const LIVE_CHANNEL = 'handlingsrom_live';
/** PostgreSQL's limit is 8000 bytes; a little below it for the envelope. */
const MAX_PAYLOAD = 7_900;
const RECONNECT_MS = 1_000;

export interface Relay {
  close(): Promise<void>;
}

/** The message as one notification's payload: whole, or without its patches when it would not fit. */
export function payloadOf(from: string, m: RelayMessage): string {
  const whole = JSON.stringify({ from, m });
  if (Buffer.byteLength(whole) <= MAX_PAYLOAD || m.type !== 'change') return whole;
  const { patches: _patches, undo: _undo, ...rest } = m.change;
  return JSON.stringify({ from, m: { ...m, change: { ...rest, kind: 'other' } } });
}

/** Connects a listening client for `hub` and sets its forward; reconnects while the server runs. */
export async function startRelay(connectionString: string, hub: LiveHub): Promise<Relay> {
  const me = randomUUID();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL || !n.payload) return;
      try {
        const { from, m } = JSON.parse(n.payload) as { from: string; m: RelayMessage };
        if (from !== me) hub.deliver(m);
      } catch {
        // Not one of ours: ignored.
      }
    });
    c.on('error', (err) => {
      console.error('[live] the relay lost PostgreSQL:', err.message);
      lost(c);
    });
    c.on('end', () => lost(c));
    await c.connect();
    await c.query(`LISTEN ${LIVE_CHANNEL}`);
    client = c;
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (!closed) connect().catch(schedule);
    }, RECONNECT_MS);
    retry.unref();
  };
  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = undefined;
    void c.end().catch(() => undefined);
    schedule();
  };

  await connect();
  hub.forward = (m) => {
    // After the store acknowledged the change; a notification that cannot be sent loses only the live view of it.
    client?.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payloadOf(me, m)]).catch((err: unknown) => console.error('[live] could not relay a change:', err instanceof Error ? err.message : err));
  };
  return {
    async close() {
      closed = true;
      hub.forward = undefined;
      if (retry) clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
