// The laptop's sync engine (issue 21, "laptops stay offline-first"; docs/architecture.md, "The laptop and the team
// server"). The local store stays the one the page saves to: "Lagret" is the local store's acknowledgement, online
// or not. A scenario fetched from the team server is linked to it (links.ts); its local edits are the queue — every
// edit in the local edit log after the link's localRevision — sent to the server one by one, in order, each as the
// edit it was (same label and patches), on the server revision the two last agreed on. When the server's version
// moved meanwhile, the three-way merge (plan.ts) makes one document of both: changes of one side are taken as they
// are, conflicts wait for the user's choice; the result becomes one local edit and one server edit. Rounds run one
// at a time: after every local edit, every few seconds, and when the page asks.
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import type { LinkedScenario, RemoteScenario, ScenarioSync, SyncConflicts, SyncConnection, SyncStatus } from '../../shared/api/sync';
import type { UndoState } from '../../shared/api/contract';
import type { LiveChange } from '../../shared/api/live';
import { t } from '../../shared/i18n';
import type { Scenario } from '../../shared/model/scenario';
import { applyPatches } from '../../shared/patch/apply';
import type { Patch } from '../../shared/patch/types';
import type { Service } from '../service/service';
import { validateScenario } from '../service/validate';
import { Links, type Link } from './links';
import { planMerge } from './plan';
import { normaliseOrigin, TeamClient } from './teamClient';

export interface SyncEngineOptions {
  /** How often linked scenarios are brought up to date while nothing else asks (default 5 s; 0: only when asked). */
  intervalMs?: number;
  now?: () => string;
  /** A document changed in the local store by the engine (a merge, the server's edits), as the live stream carries
   *  it: the back end tells the pages showing it (the web mode's live stream; the desktop's IPC, electron/backend). */
  onLocalChange?(change: LiveChange): void;
  fetchFn?: typeof fetch;
}

/** What the last round of a scenario found, when it did not end in agreement (kept in memory: a restart looks again). */
interface Trouble {
  state: 'offline' | 'signedOut' | 'conflict' | 'refused';
  error: ApiErrorData | null;
  conflicts: number;
}

const MAX_STALE_RETRIES = 5;
const LOCAL_MOVED = 'sync.localMoved';

export class SyncEngine {
  private readonly links: Links;
  private client: TeamClient | null = null;
  private username: string | null = null;
  private displayName: string | null = null;
  /** Kept in this process's memory only, to sign in again when the server restarted (its sessions are gone). */
  private password: string | null = null;
  private readonly trouble = new Map<string, Trouble>();
  private chain: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly kicked = new Set<string>();
  private readonly now: () => string;

  constructor(
    private readonly service: Service,
    private readonly opts: SyncEngineOptions = {},
  ) {
    this.links = new Links(service.store);
    this.now = opts.now ?? (() => new Date().toISOString());
    const every = opts.intervalMs ?? 5000;
    if (every > 0) {
      this.timer = setInterval(() => void this.syncAll().catch(() => undefined), every);
      this.timer.unref();
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  // ------------------------------------------------------------------ the connection

  async connect(address: string, username: string, password: string): Promise<SyncConnection> {
    const origin = normaliseOrigin(address);
    const client = new TeamClient(origin, this.opts.fetchFn);
    const me = await client.login(username, password);
    this.client = client;
    this.username = username;
    this.password = password;
    this.displayName = me.displayName;
    await this.links.setConnection({ origin, username });
    this.trouble.clear();
    void this.syncAll().catch(() => undefined);
    return this.connection(origin, username);
  }

  async disconnect(): Promise<void> {
    this.client = null;
    this.password = null;
    this.displayName = null;
    await this.links.setConnection(null);
  }

  private connection(origin: string, username: string): SyncConnection {
    const signedIn = this.client?.origin === origin && this.client.signedIn;
    return { origin, username, displayName: signedIn ? this.displayName : null, signedIn: signedIn || (this.client?.origin === origin && this.password !== null) };
  }

  async status(id?: string): Promise<SyncStatus> {
    const stored = await this.links.connection();
    const linked: LinkedScenario[] = [];
    let scenario: ScenarioSync | null = null;
    for (const linkedId of await this.links.ids()) {
      const s = await this.scenarioStatus(linkedId);
      if (s) linked.push({ id: linkedId, origin: s.origin, pending: s.pending });
      if (linkedId === id) scenario = s;
    }
    return { connection: stored ? this.connection(stored.origin, stored.username) : null, scenario, linked };
  }

  async scenarioStatus(id: string): Promise<ScenarioSync | null> {
    const link = await this.links.summary(id);
    if (!link) return null;
    const revision = await this.service.store.revision(id);
    if (revision === undefined) return null;
    const pending = (link.carry ? 1 : 0) + Math.max(0, revision - link.localRevision);
    const connected = this.client?.origin === link.origin && (this.client.signedIn || this.password !== null);
    const trouble: Trouble | undefined = connected ? this.trouble.get(id) : { state: 'signedOut', error: { code: 'sync.signInAgain', params: { origin: link.origin } }, conflicts: 0 };
    return {
      origin: link.origin,
      remoteId: link.remoteId,
      state: trouble?.state ?? (pending > 0 ? 'pending' : 'synced'),
      pending,
      conflicts: trouble?.conflicts ?? 0,
      error: trouble?.error ?? null,
      syncedAt: link.syncedAt,
    };
  }

  // ------------------------------------------------------------------ the team's scenarios

  async remoteList(): Promise<RemoteScenario[]> {
    const list = await this.remote((c) => c.call('scenario.list', {}));
    const origin = this.client!.origin;
    const out: RemoteScenario[] = [];
    for (const s of list) {
      out.push({ id: s.id, name: s.name, municipality: s.municipality, firstYear: s.firstYear, years: s.years, updatedAt: s.updatedAt, localId: (await this.links.localOf(origin, s.id)) ?? null });
    }
    return out;
  }

  /** "Hent": a copy of the server scenario in the local store, linked to it. Fetched before: that copy. */
  async fetch(remoteId: string): Promise<{ id: string; name: string }> {
    return this.serial(async () => {
      const origin = this.requireClient().origin;
      const known = await this.links.localOf(origin, remoteId);
      const knownRow = known && (await this.service.store.row(known));
      if (known && knownRow && !knownRow.deletedAt) return { id: known, name: knownRow.name };
      const opened = await this.remote((c) => c.call('scenario.open', { id: remoteId }));
      const doc = validateScenario(opened.scenario, 'nb');
      // The copy keeps the server's name: a different local name would be sent back to the team as a rename.
      if ((await this.service.store.list()).some((r) => r.name === doc.name)) throw new ApiError('sync.nameTaken', { name: doc.name });
      const made = await this.service.scenarios.insert(doc, { name: doc.name });
      const revision = (await this.service.store.revision(made.id)) ?? 0;
      await this.links.put(made.id, { origin, remoteId, serverRevision: opened.revision, base: doc, localRevision: revision, carry: null, choices: {}, syncedAt: this.now() });
      return made;
    });
  }

  // ------------------------------------------------------------------ rounds

  /** A local edit was saved: send it soon. */
  kick(id: string): void {
    if (this.kicked.has(id)) return;
    this.kicked.add(id);
    setTimeout(() => {
      this.kicked.delete(id);
      void this.sync(id).catch(() => undefined);
    }, 50).unref();
  }

  /** One round for every linked scenario of the connected server. */
  async syncAll(): Promise<void> {
    if (!this.client) return;
    for (const id of await this.links.ids()) await this.sync(id);
  }

  /** Bring one linked scenario up to date with the server, as far as it can be now; its status after. */
  sync(id: string): Promise<ScenarioSync | null> {
    return this.serial(async () => {
      await this.round(id);
      return this.scenarioStatus(id);
    });
  }

  async conflicts(id: string): Promise<SyncConflicts | null> {
    return this.serial(async () => {
      const link = await this.links.get(id);
      if (!link) return null;
      const theirs = await this.remote((c) => c.call('scenario.open', { id: link.remoteId }));
      if (theirs.revision === link.serverRevision) return null;
      const mine = await this.service.scenarios.current(id);
      const plan = planMerge(link.base, mine.doc, theirs.scenario, link.choices);
      return plan.open.length > 0 ? { serverRevision: theirs.revision, base: link.base, conflicts: plan.open } : null;
    });
  }

  /** The user's choices for the conflicts of a merge; the merge is then made and sent. */
  async resolve(id: string, choices: { path: string; side: 'mine' | 'theirs' }[]): Promise<ScenarioSync | null> {
    await this.serial(async () => {
      const link = await this.links.get(id);
      if (!link) throw new ApiError('sync.notLinked', {});
      for (const c of choices) link.choices[c.path] = c.side;
      await this.links.put(id, link);
    });
    return this.sync(id);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async round(id: string): Promise<void> {
    const link = await this.links.get(id);
    if (!link || !this.client || this.client.origin !== link.origin) return;
    try {
      for (let attempt = 0; ; attempt++) {
        const list = await this.remote((c) => c.call('scenario.list', {}));
        const remote = list.find((s) => s.id === link.remoteId);
        if (!remote) throw new ApiError('sync.remoteGone', { name: link.base.name });
        if (remote.revision !== link.serverRevision && !(await this.merge(id, link))) return;
        try {
          await this.push(id, link);
          this.trouble.delete(id);
          return;
        } catch (err) {
          // A colleague's edit reached the server between our look and our edit: look again and merge.
          if (!(err instanceof ApiError && err.code === 'store.stale') || attempt >= MAX_STALE_RETRIES) throw err;
        }
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === LOCAL_MOVED) return this.kick(id);
      this.trouble.set(id, troubleOf(err));
    }
  }

  /** Sends the carried merge result and then every local edit after link.localRevision, in order. */
  private async push(id: string, link: Link): Promise<void> {
    if (link.carry) {
      await this.sendEdit(link, t('nb', 'sync.label.merged'), link.carry);
      link.carry = null;
      await this.agreed(id, link);
    }
    const current = (await this.service.store.revision(id)) ?? link.localRevision;
    for (let r = link.localRevision + 1; r <= current; r++) {
      const e = await this.service.store.edit(id, r);
      if (!e) throw new ApiError('store.corrupt', { id, detail: `revision ${r}` });
      const label = e.kind === 'edit' ? e.label : t('nb', e.kind === 'undo' ? 'sync.label.undo' : 'sync.label.redo', { label: e.label });
      await this.sendEdit(link, label, e.patches);
      link.localRevision = r;
      await this.agreed(id, link);
    }
  }

  private async sendEdit(link: Link, label: string, patches: Patch[]): Promise<void> {
    if (patches.length > 0) {
      const res = await this.remote((c) => c.call('scenario.edit', { id: link.remoteId, baseRevision: link.serverRevision, label, patches, lang: 'nb' }));
      link.serverRevision = res.revision;
    }
    link.base = applyPatches(link.base, patches).doc;
  }

  private async agreed(id: string, link: Link): Promise<void> {
    link.syncedAt = this.now();
    await this.links.put(id, link);
  }

  /** The server's version moved: merge it with the local one. False when conflicts wait for the user. */
  private async merge(id: string, link: Link): Promise<boolean> {
    const theirs = await this.remote((c) => c.call('scenario.open', { id: link.remoteId }));
    const mine = await this.service.scenarios.current(id);
    const plan = planMerge(link.base, mine.doc, theirs.scenario, link.choices);
    if (plan.open.length > 0) {
      this.trouble.set(id, { state: 'conflict', error: null, conflicts: plan.open.length });
      return false;
    }
    let localRevision = mine.revision;
    if (plan.local.length > 0) {
      const pending = link.carry !== null || mine.revision > link.localRevision;
      const label = t('nb', pending ? 'sync.label.merged' : 'sync.label.fromServer');
      let state: UndoState;
      try {
        state = await this.service.scenarios.edit({ id, baseRevision: mine.revision, label, patches: plan.local, lang: 'nb', author: null });
      } catch (err) {
        // The user saved an edit while the merge was made: make it again with that edit included.
        if (err instanceof ApiError && err.code === 'store.stale') throw new ApiError(LOCAL_MOVED, {});
        throw err;
      }
      localRevision = state.revision;
      this.opts.onLocalChange?.({ scenario: id, revision: state.revision, kind: 'edit', label, patches: plan.local, author: t('nb', 'sync.team'), at: this.now(), undo: state });
    }
    Object.assign(link, {
      serverRevision: theirs.revision,
      base: theirs.scenario as Scenario,
      localRevision,
      carry: plan.remote.length > 0 ? plan.remote : null,
      choices: {},
    });
    await this.agreed(id, link);
    return true;
  }

  private requireClient(): TeamClient {
    if (!this.client) throw new ApiError('sync.notConnected', {});
    return this.client;
  }

  /** A call to the server, signed in again once if the server forgot the session (it restarted). */
  private async remote<T>(call: (c: TeamClient) => Promise<T>): Promise<T> {
    const client = this.requireClient();
    try {
      if (!client.signedIn && this.password !== null && this.username !== null) await client.login(this.username, this.password);
      return await call(client);
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'auth.signedOut') || this.password === null || this.username === null) throw err;
      await client.login(this.username, this.password);
      return call(client);
    }
  }
}

function troubleOf(err: unknown): Trouble {
  const error: ApiErrorData = err instanceof ApiError ? err.toData() : { code: 'api.internal', params: { op: 'sync', detail: err instanceof Error ? err.message : String(err) } };
  const state: Trouble['state'] = error.code === 'sync.unreachable' ? 'offline' : error.code === 'auth.signedOut' || error.code === 'sync.notConnected' ? 'signedOut' : 'refused';
  return { state, error, conflicts: 0 };
}
