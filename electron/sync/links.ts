// What the laptop remembers of the team server, in its own local store (settings rows, so a restart keeps it): the
// server it is connected to (address and user name; never the password or the session), and for each fetched
// scenario its link — the server scenario, the revision and document the two last agreed on, the local revision that
// matched it, and what is still to be sent. The edits themselves wait in the local store's edit log: the queue is
// every local edit after `localRevision`.
import type { Scenario } from '../../shared/model/scenario';
import type { Patch } from '../../shared/patch/types';
import type { Store } from '../store/store';

export interface Link {
  origin: string;
  remoteId: string;
  /** The server's revision the two last agreed on. */
  serverRevision: number;
  /** The server's document at serverRevision: the common ancestor of the next merge. */
  base: Scenario;
  /** The local revision whose document is `base` with `carry` applied. */
  localRevision: number;
  /** A merge's result not yet sent: the patches that take `base` to the local document at localRevision. */
  carry: Patch[] | null;
  /** The user's choices per conflict (by pathKey), kept until the merge they settle has been made. */
  choices: Record<string, 'mine' | 'theirs'>;
  syncedAt: string | null;
}

/** What a status needs of a link (links.ts keeps these in memory: the engine is the only writer of links, and the
 *  page asks for the status every second and a half — without reading and parsing each link's document). */
export type LinkSummary = Pick<Link, 'origin' | 'remoteId' | 'localRevision' | 'syncedAt'> & { carry: boolean };

const summaryOf = (l: Link): LinkSummary => ({ origin: l.origin, remoteId: l.remoteId, localRevision: l.localRevision, syncedAt: l.syncedAt, carry: l.carry !== null });

export interface StoredConnection {
  origin: string;
  username: string;
}

const LINKS = 'sync.links';
const CONNECTION = 'sync.connection';
const linkKey = (localId: string) => `sync.link.${localId}`;

export class Links {
  /** By local id, as last read or written (null: no link). */
  private readonly summaries = new Map<string, LinkSummary | null>();

  constructor(private readonly store: Store) {}

  async ids(): Promise<string[]> {
    return parse<string[]>(await this.store.getSetting(LINKS)) ?? [];
  }

  async get(localId: string): Promise<Link | undefined> {
    const link = parse<Link>(await this.store.getSetting(linkKey(localId)));
    this.summaries.set(localId, link ? summaryOf(link) : null);
    return link;
  }

  async summary(localId: string): Promise<LinkSummary | undefined> {
    if (!this.summaries.has(localId)) await this.get(localId);
    return this.summaries.get(localId) ?? undefined;
  }

  async put(localId: string, link: Link): Promise<void> {
    await this.store.setSetting(linkKey(localId), JSON.stringify(link));
    this.summaries.set(localId, summaryOf(link));
    const ids = await this.ids();
    if (!ids.includes(localId)) await this.store.setSetting(LINKS, JSON.stringify([...ids, localId]));
  }

  /** The local scenario fetched from this server scenario, if any. */
  async localOf(origin: string, remoteId: string): Promise<string | undefined> {
    for (const id of await this.ids()) {
      const l = await this.get(id);
      if (l && l.origin === origin && l.remoteId === remoteId) return id;
    }
    return undefined;
  }

  async connection(): Promise<StoredConnection | undefined> {
    return parse<StoredConnection>(await this.store.getSetting(CONNECTION));
  }

  async setConnection(c: StoredConnection | null): Promise<void> {
    await this.store.setSetting(CONNECTION, c ? JSON.stringify(c) : null);
  }
}

function parse<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
