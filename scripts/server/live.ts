// Live together: server-sent events per scenario. A page opens one stream for the scenario it shows
// (GET /api/live?scenario=<id>&client=<page id>); once the store has acknowledged a change, every other page on
// that scenario gets it as one event — the revision it made, its patches (for an edit, an undo or a redo), its
// label and author — and applies it to its live copy (renderer/src/workspace/useLiveScenario.ts). Changes to the
// list of scenarios go to every page. A page never gets its own change back (the client id), and a change without
// patches (a rename) tells the page to open the scenario again.
import type http from 'node:http';
import type { UndoState } from '../../shared/api/contract';
import type { LiveChange } from '../../shared/api/live';
import type { Patch } from '../../shared/patch/types';
import { SECURITY_HEADERS } from '../web/http';

/** What one server's hub tells the hubs of the other servers on the same database (relay.ts). */
export type RelayMessage = { type: 'change'; change: LiveChange; client?: string } | { type: 'list'; client?: string };

interface Subscriber {
  res: http.ServerResponse;
  scenario: string | null;
  client: string;
}

/** A comment line every so often keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 25_000;
/** Bounded, as everything else: a page that opens streams in a loop does not exhaust the server. */
const MAX_SUBSCRIBERS = 2_000;

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly timer: ReturnType<typeof setInterval>;
  /** Set by a relay (relay.ts): each change made on this server also goes to the other servers' pages. */
  forward: ((m: RelayMessage) => void) | undefined;

  constructor() {
    this.timer = setInterval(() => this.write(() => true, ': keepalive\n\n'), KEEPALIVE_MS);
    this.timer.unref();
  }

  /** Takes the request as an event stream until the page goes away. */
  subscribe(req: http.IncomingMessage, res: http.ServerResponse, scenario: string | null, client: string): void {
    if (this.subscribers.size >= MAX_SUBSCRIBERS) {
      res.writeHead(503, { 'Content-Type': 'text/plain', ...SECURITY_HEADERS });
      res.end('too many live pages');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive', 'X-Accel-Buffering': 'no', ...SECURITY_HEADERS });
    // Tell the page it is connected (it reads the scenario again if it missed changes while it was not).
    res.write('event: ready\ndata: {}\n\n');
    const sub: Subscriber = { res, scenario, client };
    this.subscribers.add(sub);
    const drop = () => this.subscribers.delete(sub);
    req.on('close', drop);
    res.on('close', drop);
    res.on('error', drop);
  }

  /** A change the store acknowledged, to every other page on its scenario. */
  changed(change: LiveChange, fromClient: string | undefined): void {
    this.forward?.({ type: 'change', change, client: fromClient });
    this.deliver({ type: 'change', change, client: fromClient });
  }

  /** The list of scenarios changed (one added, renamed, deleted, restored): every page reads it again. */
  listChanged(fromClient: string | undefined): void {
    this.forward?.({ type: 'list', client: fromClient });
    this.deliver({ type: 'list', client: fromClient });
  }

  /** To this server's pages only: a change made here, or one another server relayed. */
  deliver(m: RelayMessage): void {
    if (m.type === 'list') this.write((s) => s.client !== m.client, 'event: list\ndata: {}\n\n');
    else this.write((s) => s.scenario === m.change.scenario && s.client !== m.client, `event: change\ndata: ${JSON.stringify(m.change)}\n\n`);
  }

  get size(): number {
    return this.subscribers.size;
  }

  close(): void {
    clearInterval(this.timer);
    for (const s of this.subscribers) s.res.end();
    this.subscribers.clear();
  }

  private write(to: (s: Subscriber) => boolean, text: string): void {
    for (const s of this.subscribers) if (to(s) && !s.res.destroyed) s.res.write(text);
  }
}

const LIST_OPS = new Set(['scenario.create', 'scenario.duplicate', 'scenario.import', 'scenario.delete', 'scenario.restore', 'scenario.purge', 'scenario.rename']);

/** What an acknowledged call tells the other pages (nothing for one that changes nothing). */
export function publish(hub: LiveHub, op: string, input: unknown, value: unknown, author: string | null, fromClient: string | undefined, now = new Date().toISOString()): void {
  const i = (input ?? {}) as { id?: string; label?: string; patches?: Patch[] };
  const at = now;
  if (op === 'scenario.edit' && i.id && Array.isArray(i.patches)) {
    const undo = value as UndoState;
    hub.changed({ scenario: i.id, revision: undo.revision, kind: 'edit', label: (i.label ?? '').trim(), patches: i.patches, author, at, undo }, fromClient);
  } else if ((op === 'scenario.undo' || op === 'scenario.redo') && i.id) {
    const res = value as UndoState & { patches: Patch[] };
    const { patches, ...undo } = res;
    hub.changed({ scenario: i.id, revision: res.revision, kind: op === 'scenario.undo' ? 'undo' : 'redo', label: '', patches, author, at, undo }, fromClient);
  } else if (op === 'scenario.rename' && i.id) {
    hub.changed({ scenario: i.id, revision: (value as UndoState).revision, kind: 'other', label: '', author, at }, fromClient);
  }
  if (LIST_OPS.has(op)) hub.listChanged(fromClient);
}
