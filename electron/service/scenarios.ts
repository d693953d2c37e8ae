// The scenario lifecycle and editing, over the store. Every user action is one transaction; every edit is applied
// in memory and validated (schema + domain) before it is written, so an invalid edit writes nothing.
// Two writers (two windows, the app and the command line, two users of a team server) are kept apart by revisions:
// an edit names the revision it was made on (baseRevision) and is refused with store.stale when the scenario has
// moved on — checked again by the store inside the transaction that writes it (Store.append). An edit on the revision
// of the copy held in memory is applied to that copy and written in one statement, without reading the scenario
// first: the store's check refuses it when the copy was not current (another process or server wrote, the scenario
// went to the trash), and only then is the scenario read again to answer why (editNow).
// The store is asynchronous (PostgreSQL is over the network); so is everything here that reads or writes it.
import type {
  CreatedScenario,
  HistoryEntry,
  OpenedScenario,
  ScenarioSummary,
  ScenarioVersion,
  TrashedScenario,
  UndoResult,
  UndoState,
} from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { t, type Lang } from '../../shared/i18n';
// Imported from their files rather than the packages' index, which would also load zod and every schema: the
// crash test's child process starts with this file and nothing more.
import { newUniqueId } from '../../shared/model/ids';
import type { Scenario } from '../../shared/model/scenario';
import { applyPatches } from '../../shared/patch/apply';
import { PatchError } from '../../shared/patch/errors';
import type { Patch } from '../../shared/patch/types';
import type { EditKind, ScenarioMeta, ScenarioRow, Store } from '../store/store';
import { copyStacks, stepStacks, type UndoStacks } from '../store/undoStacks';
import { ScenarioCache, type CachedScenario } from './cache';
import { uniqueName } from './names';
import { onlySeriesCells } from './seriesEdit';

/** Schema + domain check of a whole document (validate.ts); throws an ApiError when it is not valid. */
export type Validator = (doc: unknown, lang: Lang) => Scenario;

export interface ScenarioServiceOptions {
  /** The whole-document check (validateScenario in validate.ts). Passed in rather than imported, so that a process
   *  that only writes year cells (the crash test's child) does not load the formula engine. */
  validate: Validator;
  /** Rewrite the snapshot after this many edits since the last one (default 200). */
  snapshotEvery?: number;
  /** How many documents to keep in memory (default 8). */
  cacheSize?: number;
  /** And at most this many characters of their JSON (default: no bound but cacheSize). */
  cacheBytes?: number;
  /** The clock, as ISO 8601 UTC; tests pass their own. */
  now?: () => string;
  /** Save edits of year cells without the whole-document check (seriesEdit.ts). Default true. */
  fastSeries?: boolean;
}

export function metaOf(doc: Scenario): ScenarioMeta {
  return { name: doc.name, description: doc.description, municipality: doc.municipality, firstYear: doc.firstYear, years: doc.years };
}

function summary(r: ScenarioRow): ScenarioSummary {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    municipality: r.municipality,
    firstYear: r.firstYear,
    years: r.years,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    basedOn: r.basedOn,
    basedOnName: r.basedOnName,
    revision: r.revision,
  };
}

function patchError(err: unknown): never {
  if (err instanceof PatchError) throw new ApiError(err.code, err.params);
  throw err;
}

/** Who makes an edit: a team server's user id; null on the laptop. */
export type Author = string | null;

export class ScenarioService {
  private readonly cache: ScenarioCache;
  /** The write in flight per scenario: writes to one scenario in this process take turns (see exclusive). */
  private readonly writing = new Map<string, Promise<unknown>>();
  private readonly snapshotEvery: number;
  private readonly now: () => string;
  private readonly fastSeries: boolean;
  private readonly validate: Validator;

  constructor(
    readonly store: Store,
    opts: ScenarioServiceOptions,
  ) {
    this.validate = opts.validate;
    this.cache = new ScenarioCache(opts.cacheSize ?? 8, opts.cacheBytes);
    this.snapshotEvery = opts.snapshotEvery ?? 200;
    this.now = opts.now ?? (() => new Date().toISOString());
    this.fastSeries = opts.fastSeries ?? true;
  }

  // ------------------------------------------------------------------ reading

  async list(): Promise<ScenarioSummary[]> {
    return (await this.store.list()).map(summary);
  }

  async trash(): Promise<TrashedScenario[]> {
    return (await this.store.trash()).map((r) => ({ ...summary(r), deletedAt: r.deletedAt ?? '' }));
  }

  async row(id: string): Promise<ScenarioRow> {
    const r = await this.store.row(id);
    if (!r) {
      this.cache.delete(id);
      throw new ApiError('store.notFound', { id });
    }
    return r;
  }

  async open(id: string): Promise<OpenedScenario> {
    const r = await this.row(id);
    const e = await this.entry(id, r.revision);
    return {
      scenario: e.doc,
      ...this.state(e),
      basedOn: r.basedOn,
      basedOnName: r.basedOnName,
      updatedAt: r.updatedAt,
      deletedAt: r.deletedAt,
    };
  }

  /** The current document (from memory when it is current there). */
  async document(id: string): Promise<Scenario> {
    const r = await this.row(id);
    return (await this.entry(id, r.revision)).doc;
  }

  /** The current document with its revision (what an export records as its origin). */
  async current(id: string): Promise<{ doc: Scenario; revision: number }> {
    const r = await this.row(id);
    const e = await this.entry(id, r.revision);
    return { doc: e.doc, revision: e.revision };
  }

  /** The document as it was at `revision` (store/scenarios.ts documentAt), or undefined when the store can no
   *  longer give it. */
  async documentAt(id: string, revision: number): Promise<Scenario | undefined> {
    const e = await this.entry(id);
    if (revision === e.revision) return e.doc;
    try {
      return (await this.store.documentAt(id, revision)) as Scenario | undefined;
    } catch {
      return undefined;
    }
  }

  /** The document at an earlier revision, for Historikk to restore (as an edit of the page's own: undoable). */
  async version(id: string, revision: number): Promise<ScenarioVersion> {
    await this.row(id);
    const scenario = await this.documentAt(id, revision);
    if (scenario === undefined) throw new ApiError('store.versionGone', { revision });
    return { scenario, revision };
  }

  /** The newest `limit` steps, newest first, with who made them; with `paths`, each step's changed paths too
   *  (the patches it applied: an undo's are its target's inverses). */
  async history(id: string, limit = 1000, paths = false): Promise<HistoryEntry[]> {
    // One store call: the log rows with their authors (and patches), or undefined when there is no such scenario.
    const rows = await this.store.recentLog(id, limit, paths);
    if (!rows) {
      this.cache.delete(id);
      throw new ApiError('store.notFound', { id });
    }
    return rows.map((r) => ({
      revision: r.revision,
      at: r.at,
      kind: r.kind,
      label: r.label,
      target: r.target,
      ...(r.author !== null ? { author: r.author, authorName: r.authorName ?? r.author } : {}),
      ...(paths ? { paths: (r.patches ?? []).map((p) => p.path) } : {}),
    }));
  }

  // ------------------------------------------------------------------ lifecycle

  /** Store a document as a new scenario, with a fresh id and a name not taken by another one. The caller has
   *  validated it (validateScenario or readScenarioFile); a new id and name cannot make it invalid. */
  async insert(doc: Scenario, opts: { name?: string; basedOn?: string | null; settings?: Record<string, string> }): Promise<CreatedScenario> {
    const made = await this.store.insert((taken) => {
      const id = newUniqueId('scenario', taken.ids);
      const name = uniqueName(opts.name ?? doc.name, taken.names);
      const next: Scenario = { ...doc, id, name };
      if (opts.basedOn) next.basedOn = opts.basedOn;
      return { id, meta: metaOf(next), doc: next, basedOn: opts.basedOn ?? null, at: this.now() };
    }, opts.settings);
    return { id: made.id, name: made.meta.name };
  }

  async duplicate(id: string, name: string | undefined, lang: Lang): Promise<CreatedScenario> {
    const source = await this.row(id);
    const doc = (await this.entry(id, source.revision)).doc;
    return this.insert(doc, { name: name ?? t(lang, 'store.copyName', { name: source.name }), basedOn: id });
  }

  /** Name and description are part of the document, so renaming is an edit like any other (and undoable). */
  async rename(id: string, change: { name?: string; description?: string }, lang: Lang, author: Author = null): Promise<UndoState> {
    const e = await this.entry(id);
    const patches: Patch[] = [];
    if (change.name !== undefined && change.name !== e.doc.name) patches.push({ op: 'set', path: ['name'], value: change.name.trim() });
    if (change.description !== undefined && change.description !== e.doc.description) {
      patches.push({ op: 'set', path: ['description'], value: change.description });
    }
    if (patches.length === 0) return this.state(e);
    const label = change.name !== undefined ? t(lang, 'store.label.rename', { name: change.name.trim() }) : t(lang, 'store.label.describe');
    return this.edit({ id, baseRevision: e.revision, label, patches, lang, author });
  }

  async delete(id: string): Promise<{ id: string; deletedAt: string }> {
    const r = await this.row(id);
    if (r.deletedAt) return { id, deletedAt: r.deletedAt };
    const at = this.now();
    await this.store.setDeleted(id, at);
    return { id, deletedAt: at };
  }

  async restore(id: string): Promise<{ id: string; name: string }> {
    const r = await this.row(id);
    if (r.deletedAt) await this.store.setDeleted(id, null);
    return { id, name: r.name };
  }

  async purge(id: string): Promise<{ id: string }> {
    const r = await this.row(id);
    if (!r.deletedAt) throw new ApiError('store.notInTrash', { name: r.name });
    await this.store.purge(id);
    this.cache.delete(id);
    return { id };
  }

  // ------------------------------------------------------------------ editing

  edit(input: { id: string; baseRevision: number; label: string; patches: Patch[]; lang: Lang; author?: Author }): Promise<UndoState> {
    return this.exclusive(input.id, () => this.editNow(input));
  }

  private async editNow(input: { id: string; baseRevision: number; label: string; patches: Patch[]; lang: Lang; author?: Author }): Promise<UndoState> {
    const label = input.label.trim() || t(input.lang, 'store.label.edit');
    // The copy in memory is on the edit's base revision: one round trip, the append, whose check says if it was current.
    // A refusal goes the long way, which says why; so does an edit the copy cannot take when the copy was not current.
    const cached = this.copyAt(input.id, input.baseRevision);
    if (cached && (await this.onCopy(cached, () => this.applyEdit(cached, input, label)))) return this.state(cached);
    const known = await this.alreadyApplied(input.id, input.baseRevision, label, input.patches, input.author ?? null);
    if (known) return known;
    const e = await this.writable(input.id, input.baseRevision);
    if (!(await this.applyEdit(e, input, label))) throw await this.staleError(e);
    return this.state(e);
  }

  /** Applies, checks and appends an edit to `e`; false when the store refused it (see commit). */
  private async applyEdit(e: CachedScenario, input: { id: string; patches: Patch[]; lang: Lang; author?: Author }, label: string): Promise<boolean> {
    let next: { doc: Scenario; inverse: Patch[] };
    try {
      next = applyPatches(e.doc, input.patches);
    } catch (err) {
      patchError(err);
    }
    if (next.doc?.id !== input.id) throw new ApiError('store.idChange', {});
    // Year cells of a valid document keep it valid (seriesEdit.ts); everything else is checked in full.
    const doc = this.checked(e.doc, input.patches, next.doc, input.lang);
    return this.commit(e, { kind: 'edit', label, patches: input.patches, inverse: next.inverse, target: null, author: input.author ?? null }, doc);
  }

  /**
   * Runs a write on the copy in memory: its value, or false when the store refused it. When the copy cannot take it
   * (a patch that does not apply, a document that fails the check, nothing to undo), that is the answer if the copy
   * was current — the edit is refused once, not applied again to a copy read anew — and false (the long way) if not.
   */
  private async onCopy<T>(e: CachedScenario, write: () => Promise<T | false>): Promise<T | false> {
    try {
      return await write();
    } catch (err) {
      const r = await this.store.row(e.id);
      if (r && !r.deletedAt && r.revision === e.revision) throw err;
      return false;
    }
  }

  /** The cached copy when it is at `baseRevision` (not read from the store: the append checks it). A copy the store
   *  refuses is dropped by commit, so the next call reads the scenario again. */
  private copyAt(id: string, baseRevision: number): CachedScenario | undefined {
    const e = this.cache.get(id);
    return e && e.revision === baseRevision ? e : undefined;
  }

  private async staleError(e: CachedScenario): Promise<ApiError> {
    return new ApiError('store.stale', { revision: (await this.store.revision(e.id)) ?? -1, base: e.revision });
  }

  /**
   * An edit sent again because its answer was lost (the store committed it, then the connection or the server went
   * away): the edit the log holds right after its base revision, with the same label and patches, is this one —
   * applying the same patches to the same revision gives the same document. It is acknowledged at the revision it
   * made, not applied twice; an edit sent after it on that revision is then refused as stale if the scenario has
   * moved on since. The same author too: another user's identical edit is not this one.
   */
  private async alreadyApplied(id: string, baseRevision: number, label: string, patches: Patch[], author: Author): Promise<UndoState | null> {
    const current = await this.store.revision(id);
    if (current === undefined || baseRevision >= current) return null;
    const next = await this.store.edit(id, baseRevision + 1);
    if (!next || next.kind !== 'edit' || next.label !== label || next.author !== author || JSON.stringify(next.patches) !== JSON.stringify(patches)) return null;
    return { ...this.state(await this.entry(id)), revision: baseRevision + 1 };
  }

  undo(id: string, baseRevision: number, lang: Lang, author: Author = null): Promise<UndoResult> {
    return this.exclusive(id, () => this.step(id, baseRevision, 'undo', lang, author));
  }

  redo(id: string, baseRevision: number, lang: Lang, author: Author = null): Promise<UndoResult> {
    return this.exclusive(id, () => this.step(id, baseRevision, 'redo', lang, author));
  }

  /** Rewrite the snapshot now (normally done every `snapshotEvery` edits). */
  snapshot(id: string): Promise<void> {
    return this.exclusive(id, async () => {
      const e = await this.entry(id);
      if (e.snapshotRevision === e.revision) return;
      await this.store.writeSnapshot(id, { doc: e.doc, stacks: e.stacks }, e.revision);
      e.snapshotRevision = e.revision;
    });
  }

  /**
   * Runs the writes to one scenario one after the other. A write reads the cached entry, awaits the store, and
   * moves the entry on after its commit; two interleaved writes would let the second apply its patches to a document
   * the first had moved on meanwhile. Across processes (or servers) the store's revision check keeps them apart.
   */
  private exclusive<T>(id: string, write: () => Promise<T>): Promise<T> {
    const before = this.writing.get(id) ?? Promise.resolve();
    const run = before.then(write, write);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.writing.set(id, settled);
    void settled.then(() => {
      if (this.writing.get(id) === settled) this.writing.delete(id);
    });
    return run;
  }

  /** Forget the documents held in memory (the next use reads them from the database). */
  forget(): void {
    this.cache.clear();
  }

  private async step(id: string, baseRevision: number, kind: 'undo' | 'redo', lang: Lang, author: Author): Promise<UndoResult> {
    // As an edit: on the copy in memory when it is at the base revision, read again when the store refuses it.
    const cached = this.copyAt(id, baseRevision);
    if (cached) {
      const done = await this.onCopy(cached, async () => (await this.stepOn(cached, kind, lang, author)) ?? false);
      if (done) return done;
    }
    const e = await this.writable(id, baseRevision);
    const done = await this.stepOn(e, kind, lang, author);
    if (!done) throw await this.staleError(e);
    return done;
  }

  private async stepOn(e: CachedScenario, kind: 'undo' | 'redo', lang: Lang, author: Author): Promise<UndoResult | null> {
    const id = e.id;
    const top = (kind === 'undo' ? e.stacks.undo : e.stacks.redo).at(-1);
    if (!top) throw new ApiError(kind === 'undo' ? 'store.nothingToUndo' : 'store.nothingToRedo', {});
    const original = await this.store.edit(id, top.revision);
    if (!original) throw new ApiError('store.corrupt', { id, detail: `revision ${top.revision}` });
    const patches = kind === 'undo' ? original.inverse : original.patches;
    let next: { doc: Scenario; inverse: Patch[] };
    try {
      next = applyPatches(e.doc, patches);
    } catch (err) {
      patchError(err);
    }
    const doc = this.checked(e.doc, patches, next.doc, lang);
    if (!(await this.commit(e, { kind, label: top.label, patches, inverse: next.inverse, target: top.revision, author }, doc))) return null;
    return { ...this.state(e), patches };
  }

  /** The edited document once it has passed the check: in full, or — for year cells only — by construction. */
  private checked(before: Scenario, patches: readonly Patch[], after: Scenario, lang: Lang): Scenario {
    if (this.fastSeries && onlySeriesCells(before, patches)) return after;
    return this.validate(after, lang);
  }

  /** The cached entry of a scenario that may be edited at `baseRevision`. */
  private async writable(id: string, baseRevision: number): Promise<CachedScenario> {
    const r = await this.row(id);
    if (r.deletedAt) throw new ApiError('store.inTrash', { name: r.name });
    const e = await this.entry(id, r.revision);
    if (baseRevision !== e.revision) throw new ApiError('store.stale', { revision: e.revision, base: baseRevision });
    return e;
  }

  /** Append one log row and move the scenario to the next revision, in one transaction; then update the cache.
   *  False, with nothing written and the copy dropped from the cache, when the store refused it: another writer
   *  moved the scenario on, or it is in the trash or gone. */
  private async commit(
    e: CachedScenario,
    edit: { kind: EditKind; label: string; patches: Patch[]; inverse: Patch[]; target: number | null; author: Author },
    doc: Scenario,
  ): Promise<boolean> {
    const revision = e.revision + 1;
    const at = this.now();
    const step = { revision, kind: edit.kind, label: edit.label, target: edit.target };
    // Every snapshotEvery edits the snapshot moves to this revision, with the stacks as they will be after it.
    let snapshot: { doc: Scenario; stacks: UndoStacks } | undefined;
    if (revision - e.snapshotRevision >= this.snapshotEvery) {
      snapshot = { doc, stacks: copyStacks(e.stacks) };
      stepStacks(snapshot.stacks, step);
    }
    // Another writer (a process, a server) may have written since the copy was read: the revision check inside
    // append catches it, and nothing is written.
    if (!(await this.store.append(e.id, { revision, at, ...edit }, metaOf(doc), snapshot))) {
      if (this.cache.get(e.id) === e) this.cache.delete(e.id);
      return false;
    }
    // A newer copy of this scenario may have replaced the entry in the cache meanwhile; this one is then dropped.
    e.doc = doc;
    e.revision = revision;
    if (snapshot) {
      e.snapshotRevision = revision;
      e.stacks = snapshot.stacks;
    } else stepStacks(e.stacks, step);
    return true;
  }

  private state(e: CachedScenario): UndoState {
    const u = e.stacks.undo.at(-1);
    const r = e.stacks.redo.at(-1);
    const s: UndoState = { revision: e.revision, canUndo: !!u, canRedo: !!r };
    if (u) s.undoLabel = u.label;
    if (r) s.redoLabel = r.label;
    return s;
  }

  /** The scenario as it stands in the database, from memory when the cached copy is at the same revision (the
   *  caller's when it has just read the row, else read here). */
  private async entry(id: string, known?: number): Promise<CachedScenario> {
    const revision = known ?? (await this.store.revision(id));
    if (revision === undefined) {
      this.cache.delete(id);
      throw new ApiError('store.notFound', { id });
    }
    const cached = this.cache.get(id);
    if (cached && cached.revision === revision) return cached;
    let e: CachedScenario;
    try {
      // Document and stacks read at one revision.
      const loaded = await this.store.load(id);
      if (!loaded) throw new ApiError('store.notFound', { id });
      e = { id, doc: loaded.doc as Scenario, revision: loaded.revision, snapshotRevision: loaded.snapshotRevision, stacks: loaded.stacks };
      if (this.cache.bytes !== Infinity) e.size = JSON.stringify(e.doc).length;
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError('store.corrupt', { id, detail: err instanceof Error ? err.message : String(err) });
    }
    this.cache.set(e);
    return e;
  }
}
