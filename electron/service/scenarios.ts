// The scenario lifecycle and editing, over the store. Every user action is one transaction; every edit is applied
// in memory and validated (schema + domain) before it is written, so an invalid edit writes nothing.
// Two writers (two windows, the app and the command line) are kept apart by revisions: an edit names the revision
// it was made on (baseRevision) and is refused with store.stale when the scenario has moved on.
import type {
  CreatedScenario,
  HistoryEntry,
  OpenedScenario,
  ScenarioSummary,
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
import type { Db } from '../store/db';
import { ScenarioTables, type EditKind, type ScenarioMeta, type ScenarioRow } from '../store/scenarios';
import { deriveStacks, stepStacks } from '../store/undoStacks';
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

export class ScenarioService {
  readonly tables: ScenarioTables;
  private readonly cache: ScenarioCache;
  private readonly snapshotEvery: number;
  private readonly now: () => string;
  private readonly fastSeries: boolean;
  private readonly validate: Validator;

  constructor(
    readonly db: Db,
    opts: ScenarioServiceOptions,
  ) {
    this.validate = opts.validate;
    this.tables = new ScenarioTables(db);
    this.cache = new ScenarioCache(opts.cacheSize ?? 8);
    this.snapshotEvery = opts.snapshotEvery ?? 200;
    this.now = opts.now ?? (() => new Date().toISOString());
    this.fastSeries = opts.fastSeries ?? true;
  }

  // ------------------------------------------------------------------ reading

  list(): ScenarioSummary[] {
    return this.tables.list().map(summary);
  }

  trash(): TrashedScenario[] {
    return this.tables.trash().map((r) => ({ ...summary(r), deletedAt: r.deletedAt ?? '' }));
  }

  row(id: string): ScenarioRow {
    const r = this.tables.row(id);
    if (!r) {
      this.cache.delete(id);
      throw new ApiError('store.notFound', { id });
    }
    return r;
  }

  open(id: string): OpenedScenario {
    const r = this.row(id);
    const e = this.entry(id);
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
  document(id: string): Scenario {
    this.row(id);
    return this.entry(id).doc;
  }

  /** The current document with its revision (what an export records as its origin). */
  current(id: string): { doc: Scenario; revision: number } {
    this.row(id);
    const e = this.entry(id);
    return { doc: e.doc, revision: e.revision };
  }

  /** The document as it was at `revision` (store/scenarios.ts documentAt), or undefined when the store can no
   *  longer give it. */
  documentAt(id: string, revision: number): Scenario | undefined {
    const e = this.entry(id);
    if (revision === e.revision) return e.doc;
    try {
      return this.db.transaction(() => this.tables.documentAt(id, revision))() as Scenario | undefined;
    } catch {
      return undefined;
    }
  }

  history(id: string, limit = 1000): HistoryEntry[] {
    this.row(id);
    return this.tables.recentLog(id, limit).map((r) => ({ revision: r.revision, at: r.at, kind: r.kind, label: r.label, target: r.target }));
  }

  // ------------------------------------------------------------------ lifecycle

  /** Store a document as a new scenario, with a fresh id and a name not taken by another one. The caller has
   *  validated it (validateScenario or readScenarioFile); a new id and name cannot make it invalid. */
  insert(doc: Scenario, opts: { name?: string; basedOn?: string | null }): CreatedScenario {
    let created: CreatedScenario | undefined;
    this.db
      .transaction(() => {
        const taken = new Set(this.db.prepare('SELECT id FROM scenarios').pluck().all() as string[]);
        const id = newUniqueId('scenario', taken);
        const name = uniqueName(opts.name ?? doc.name, this.tables.liveNames());
        const next: Scenario = { ...doc, id, name };
        if (opts.basedOn) next.basedOn = opts.basedOn;
        this.tables.insert(id, metaOf(next), next, opts.basedOn ?? null, this.now());
        created = { id, name };
      })
      .immediate();
    return created!;
  }

  duplicate(id: string, name: string | undefined, lang: Lang): CreatedScenario {
    const source = this.row(id);
    const doc = this.entry(id).doc;
    return this.insert(doc, { name: name ?? t(lang, 'store.copyName', { name: source.name }), basedOn: id });
  }

  /** Name and description are part of the document, so renaming is an edit like any other (and undoable). */
  rename(id: string, change: { name?: string; description?: string }, lang: Lang): UndoState {
    const e = this.entry(id);
    const patches: Patch[] = [];
    if (change.name !== undefined && change.name !== e.doc.name) patches.push({ op: 'set', path: ['name'], value: change.name.trim() });
    if (change.description !== undefined && change.description !== e.doc.description) {
      patches.push({ op: 'set', path: ['description'], value: change.description });
    }
    if (patches.length === 0) return this.state(e);
    const label = change.name !== undefined ? t(lang, 'store.label.rename', { name: change.name.trim() }) : t(lang, 'store.label.describe');
    return this.edit({ id, baseRevision: e.revision, label, patches, lang });
  }

  delete(id: string): { id: string; deletedAt: string } {
    const r = this.row(id);
    if (r.deletedAt) return { id, deletedAt: r.deletedAt };
    const at = this.now();
    this.db.transaction(() => this.tables.setDeleted(id, at)).immediate();
    return { id, deletedAt: at };
  }

  restore(id: string): { id: string; name: string } {
    const r = this.row(id);
    if (r.deletedAt) this.db.transaction(() => this.tables.setDeleted(id, null)).immediate();
    return { id, name: r.name };
  }

  purge(id: string): { id: string } {
    const r = this.row(id);
    if (!r.deletedAt) throw new ApiError('store.notInTrash', { name: r.name });
    this.db.transaction(() => this.tables.purge(id)).immediate();
    this.cache.delete(id);
    return { id };
  }

  // ------------------------------------------------------------------ editing

  edit(input: { id: string; baseRevision: number; label: string; patches: Patch[]; lang: Lang }): UndoState {
    const label = input.label.trim() || t(input.lang, 'store.label.edit');
    const known = this.alreadyApplied(input.id, input.baseRevision, label, input.patches);
    if (known) return known;
    const e = this.writable(input.id, input.baseRevision);
    let next: { doc: Scenario; inverse: Patch[] };
    try {
      next = applyPatches(e.doc, input.patches);
    } catch (err) {
      patchError(err);
    }
    if (next.doc?.id !== input.id) throw new ApiError('store.idChange', {});
    // Year cells of a valid document keep it valid (seriesEdit.ts); everything else is checked in full.
    const doc = this.checked(e.doc, input.patches, next.doc, input.lang);
    this.commit(e, 'edit', label, input.patches, next.inverse, null, doc);
    return this.state(e);
  }

  /**
   * An edit sent again because its answer was lost (the store committed it, then the connection or the server went
   * away): the edit the log holds right after its base revision, with the same label and patches, is this one —
   * applying the same patches to the same revision gives the same document. It is acknowledged at the revision it
   * made, not applied twice; an edit sent after it on that revision is then refused as stale if the scenario has
   * moved on since.
   */
  private alreadyApplied(id: string, baseRevision: number, label: string, patches: Patch[]): UndoState | null {
    const current = this.tables.revision(id);
    if (current === undefined || baseRevision >= current) return null;
    const next = this.tables.edit(id, baseRevision + 1);
    if (!next || next.kind !== 'edit' || next.label !== label || JSON.stringify(next.patches) !== JSON.stringify(patches)) return null;
    return { ...this.state(this.entry(id)), revision: baseRevision + 1 };
  }

  undo(id: string, baseRevision: number, lang: Lang): UndoResult {
    return this.step(id, baseRevision, 'undo', lang);
  }

  redo(id: string, baseRevision: number, lang: Lang): UndoResult {
    return this.step(id, baseRevision, 'redo', lang);
  }

  /** Rewrite the snapshot now (normally done every `snapshotEvery` edits). */
  snapshot(id: string): void {
    const e = this.entry(id);
    if (e.snapshotRevision === e.revision) return;
    this.db.transaction(() => this.tables.writeSnapshot(id, e.doc, e.revision)).immediate();
    e.snapshotRevision = e.revision;
  }

  /** Forget the documents held in memory (the next use reads them from the database). */
  forget(): void {
    this.cache.clear();
  }

  private step(id: string, baseRevision: number, kind: 'undo' | 'redo', lang: Lang): UndoResult {
    const e = this.writable(id, baseRevision);
    const top = (kind === 'undo' ? e.stacks.undo : e.stacks.redo).at(-1);
    if (!top) throw new ApiError(kind === 'undo' ? 'store.nothingToUndo' : 'store.nothingToRedo', {});
    const original = this.tables.edit(id, top.revision);
    if (!original) throw new ApiError('store.corrupt', { id, detail: `revision ${top.revision}` });
    const patches = kind === 'undo' ? original.inverse : original.patches;
    let next: { doc: Scenario; inverse: Patch[] };
    try {
      next = applyPatches(e.doc, patches);
    } catch (err) {
      patchError(err);
    }
    const doc = this.checked(e.doc, patches, next.doc, lang);
    this.commit(e, kind, top.label, patches, next.inverse, top.revision, doc);
    return { ...this.state(e), patches };
  }

  /** The edited document once it has passed the check: in full, or — for year cells only — by construction. */
  private checked(before: Scenario, patches: readonly Patch[], after: Scenario, lang: Lang): Scenario {
    if (this.fastSeries && onlySeriesCells(before, patches)) return after;
    return this.validate(after, lang);
  }

  /** The cached entry of a scenario that may be edited at `baseRevision`. */
  private writable(id: string, baseRevision: number): CachedScenario {
    const r = this.row(id);
    if (r.deletedAt) throw new ApiError('store.inTrash', { name: r.name });
    const e = this.entry(id);
    if (baseRevision !== e.revision) throw new ApiError('store.stale', { revision: e.revision, base: baseRevision });
    return e;
  }

  /** Append one log row and move the scenario to the next revision, in one transaction; then update the cache. */
  private commit(e: CachedScenario, kind: EditKind, label: string, patches: Patch[], inverse: Patch[], target: number | null, doc: Scenario): void {
    const revision = e.revision + 1;
    const at = this.now();
    const snapshot = revision - e.snapshotRevision >= this.snapshotEvery;
    this.db
      .transaction(() => {
        // Another process may have written since `writable` looked: the revision check inside append catches it.
        if (!this.tables.append(e.id, { revision, at, kind, label, patches, inverse, target }, metaOf(doc))) {
          throw new ApiError('store.stale', { revision: this.tables.revision(e.id) ?? -1, base: e.revision });
        }
        if (snapshot) this.tables.writeSnapshot(e.id, doc, revision);
      })
      .immediate();
    e.doc = doc;
    e.revision = revision;
    if (snapshot) e.snapshotRevision = revision;
    stepStacks(e.stacks, { revision, kind, label, target });
  }

  private state(e: CachedScenario): UndoState {
    const u = e.stacks.undo.at(-1);
    const r = e.stacks.redo.at(-1);
    const s: UndoState = { revision: e.revision, canUndo: !!u, canRedo: !!r };
    if (u) s.undoLabel = u.label;
    if (r) s.redoLabel = r.label;
    return s;
  }

  /** The scenario as it stands in the database, from memory when the cached copy is at the same revision. */
  private entry(id: string): CachedScenario {
    const revision = this.tables.revision(id);
    if (revision === undefined) {
      this.cache.delete(id);
      throw new ApiError('store.notFound', { id });
    }
    const cached = this.cache.get(id);
    if (cached && cached.revision === revision) return cached;
    let e: CachedScenario;
    try {
      // Document and log read in one transaction, so they belong to the same revision.
      e = this.db.transaction(() => {
        const loaded = this.tables.load(id);
        if (!loaded) throw new ApiError('store.notFound', { id });
        return { id, doc: loaded.doc as Scenario, revision: loaded.revision, snapshotRevision: loaded.snapshotRevision, stacks: deriveStacks(this.tables.log(id)) };
      })();
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw new ApiError('store.corrupt', { id, detail: err instanceof Error ? err.message : String(err) });
    }
    this.cache.set(e);
    return e;
  }
}
