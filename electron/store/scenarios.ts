// The scenario tables: one row per scenario (metadata, a JSON snapshot of the document at snapshot_revision, the
// current revision) and an append-only log of edits (the patches applied at each revision and their inverse).
// The document at revision r = the snapshot + the patches of the log rows snapshot_revision < revision <= r.
// Saving an edit appends one small row and updates one row; the snapshot is rewritten only now and then (every
// snapshotEvery edits, in the append's transaction: service/scenarios.ts), with the undo and redo stacks at its
// revision (snapshot_stacks), so that loading a scenario reads the log after the snapshot only, however long the log.
// Transactions are the caller's (the service): each user action is one.
import { applyPatches } from '../../shared/patch/apply';
import type { Patch } from '../../shared/patch/types';
import type { Db } from './db';
import type { EditRecord, EditRow, LoggedEdit, ScenarioMeta, ScenarioRow, Snapshot } from './store';
import { encodeStacks, stacksFrom, type UndoStacks } from './undoStacks';

export interface RawScenario {
  id: string;
  name: string;
  description: string;
  municipality: string;
  first_year: number;
  years: number;
  based_on: string | null;
  based_on_name: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: number;
  snapshot_revision: number;
}

export function toRow(r: RawScenario): ScenarioRow {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    municipality: r.municipality,
    firstYear: r.first_year,
    years: r.years,
    basedOn: r.based_on,
    basedOnName: r.based_on_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    revision: r.revision,
    snapshotRevision: r.snapshot_revision,
  };
}

/** The row with the name of the scenario it is based on (the same SQL in both stores). */
export const SELECT_ROW = `SELECT s.id, s.name, s.description, s.municipality, s.first_year, s.years, s.based_on, b.name AS based_on_name,
  s.created_at, s.updated_at, s.deleted_at, s.revision, s.snapshot_revision
  FROM scenarios s LEFT JOIN scenarios b ON b.id = s.based_on`;

/** Prepared statements over one database; every method runs inside whatever transaction the caller holds. */
export class ScenarioTables {
  private readonly q;

  constructor(readonly db: Db) {
    this.q = {
      insert: db.prepare(`INSERT INTO scenarios (id, name, description, municipality, first_year, years, based_on,
        created_at, updated_at, revision, snapshot, snapshot_revision)
        VALUES (@id, @name, @description, @municipality, @firstYear, @years, @basedOn, @at, @at, 0, @snapshot, 0)`),
      row: db.prepare(`${SELECT_ROW} WHERE s.id = ?`),
      list: db.prepare(`${SELECT_ROW} WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.name`),
      trash: db.prepare(`${SELECT_ROW} WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC, s.name`),
      names: db.prepare(`SELECT name FROM scenarios WHERE deleted_at IS NULL`),
      revision: db.prepare(`SELECT revision FROM scenarios WHERE id = ?`),
      snapshot: db.prepare(`SELECT snapshot, snapshot_revision, revision, snapshot_stacks FROM scenarios WHERE id = ?`),
      editsAfter: db.prepare(`SELECT patches FROM edits WHERE scenario_id = ? AND revision > ? AND revision <= ? ORDER BY revision`),
      stepsAfter: db.prepare(`SELECT revision, kind, label, target, patches FROM edits WHERE scenario_id = ? AND revision > ? AND revision <= ? ORDER BY revision`),
      stepsUpTo: db.prepare(`SELECT revision, kind, label, target FROM edits WHERE scenario_id = ? AND revision <= ? ORDER BY revision`),
      inversesDown: db.prepare(`SELECT inverse FROM edits WHERE scenario_id = ? AND revision > ? AND revision <= ? ORDER BY revision DESC`),
      log: db.prepare(`SELECT revision, at, kind, label, target, author FROM edits WHERE scenario_id = ? ORDER BY revision`),
      recent: db.prepare(`SELECT e.revision, e.at, e.kind, e.label, e.target, e.author, u.display_name AS authorName, CASE WHEN @patches THEN e.patches END AS patches
        FROM edits e LEFT JOIN users u ON u.id = e.author WHERE e.scenario_id = @id ORDER BY e.revision DESC LIMIT @limit`),
      edit: db.prepare(`SELECT revision, at, kind, label, target, author, patches, inverse FROM edits WHERE scenario_id = ? AND revision = ?`),
      append: db.prepare(`INSERT INTO edits (scenario_id, revision, at, kind, label, patches, inverse, target, author)
        VALUES (@id, @revision, @at, @kind, @label, @patches, @inverse, @target, @author)`),
      ids: db.prepare(`SELECT id FROM scenarios`),
      count: db.prepare(`SELECT count(*) FROM scenarios`),
      bump: db.prepare(`UPDATE scenarios SET revision = @revision, updated_at = @at, name = @name, description = @description,
        municipality = @municipality, first_year = @firstYear, years = @years WHERE id = @id AND revision = @revision - 1 AND deleted_at IS NULL`),
      writeSnapshot: db.prepare(`UPDATE scenarios SET snapshot = @snapshot, snapshot_stacks = @stacks, snapshot_revision = @revision WHERE id = @id AND revision = @revision`),
      setDeleted: db.prepare(`UPDATE scenarios SET deleted_at = @at WHERE id = @id`),
      purge: db.prepare(`DELETE FROM scenarios WHERE id = ?`),
    };
  }

  insert(id: string, meta: ScenarioMeta, doc: unknown, basedOn: string | null, at: string): void {
    this.q.insert.run({ id, ...meta, basedOn, at, snapshot: JSON.stringify(doc) });
  }

  row(id: string): ScenarioRow | undefined {
    const r = this.q.row.get(id) as RawScenario | undefined;
    return r && toRow(r);
  }

  list(): ScenarioRow[] {
    return (this.q.list.all() as RawScenario[]).map(toRow);
  }

  trash(): ScenarioRow[] {
    return (this.q.trash.all() as RawScenario[]).map(toRow);
  }

  /** Names of the scenarios not in the trash. */
  liveNames(): Set<string> {
    return new Set((this.q.names.all() as { name: string }[]).map((r) => r.name));
  }

  revision(id: string): number | undefined {
    return (this.q.revision.get(id) as { revision: number } | undefined)?.revision;
  }

  /** The current document and stacks: the snapshot's with the later edits replayed. */
  load(id: string): { doc: unknown; revision: number; snapshotRevision: number; stacks: UndoStacks } | undefined {
    const s = this.q.snapshot.get(id) as (RawSnapshot & { snapshot_stacks: string | null }) | undefined;
    if (!s) return undefined;
    const after = this.q.stepsAfter.all(id, s.snapshot_revision, s.revision) as (Omit<EditRow, 'at' | 'author'> & { patches: string })[];
    const doc = replay(s, s.revision, after.map((e) => e.patches));
    if (doc === undefined) throw new Error(`scenario ${id}: the log between revisions ${s.snapshot_revision} and ${s.revision} is incomplete`);
    const before = s.snapshot_stacks === null ? (this.q.stepsUpTo.all(id, s.snapshot_revision) as EditRow[]) : null;
    return { doc, revision: s.revision, snapshotRevision: s.snapshot_revision, stacks: stacksFrom(s.snapshot_stacks, before, after) };
  }

  /**
   * The document as it was at an earlier `revision`: from the snapshot, forward through the log's patches when the
   * revision is newer than the snapshot, backward through their inverses when it is older. Undefined when the
   * scenario or a log row on the way is missing (a log compacted into a later snapshot cannot go back past it).
   */
  documentAt(id: string, revision: number): unknown {
    const s = this.q.snapshot.get(id) as RawSnapshot | undefined;
    if (!s || revision < 0 || revision > s.revision) return undefined;
    const forward = revision >= s.snapshot_revision;
    const rows = (forward
      ? (this.q.editsAfter.all(id, s.snapshot_revision, revision) as { patches: string }[]).map((r) => r.patches)
      : (this.q.inversesDown.all(id, revision, s.snapshot_revision) as { inverse: string }[]).map((r) => r.inverse));
    return replay(s, revision, rows);
  }

  /** The log, oldest first, without the patches. */
  log(id: string): EditRow[] {
    return this.q.log.all(id) as EditRow[];
  }

  /** The newest `limit` rows of the log, newest first, with the authors' names (and their patches when asked). */
  recentLog(id: string, limit: number, patches = false): LoggedEdit[] {
    return (this.q.recent.all({ id, limit, patches: patches ? 1 : 0 }) as RawLogged[]).map(toLogged);
  }

  ids(): Set<string> {
    return new Set(this.q.ids.pluck().all() as string[]);
  }

  count(): number {
    return this.q.count.pluck().get() as number;
  }

  edit(id: string, revision: number): EditRecord | undefined {
    const r = this.q.edit.get(id, revision) as (EditRow & { patches: string; inverse: string }) | undefined;
    return r && { ...r, patches: JSON.parse(r.patches) as Patch[], inverse: JSON.parse(r.inverse) as Patch[] };
  }

  /**
   * Append the edit that makes `revision` (= the current revision + 1) and update the row's revision and metadata.
   * False, with nothing written, when the row is not at revision - 1 (another writer got there first).
   */
  append(id: string, e: EditRecord, meta: ScenarioMeta): boolean {
    const res = this.q.bump.run({ id, revision: e.revision, at: e.at, ...meta });
    if (res.changes !== 1) return false;
    this.q.append.run({
      id,
      revision: e.revision,
      at: e.at,
      kind: e.kind,
      label: e.label,
      patches: JSON.stringify(e.patches),
      inverse: JSON.stringify(e.inverse),
      target: e.target,
      author: e.author,
    });
    return true;
  }

  /** Rewrite the snapshot as the scenario at `revision`, which must be the current revision. */
  writeSnapshot(id: string, snapshot: Snapshot, revision: number): void {
    const res = this.q.writeSnapshot.run({ id, snapshot: JSON.stringify(snapshot.doc), stacks: encodeStacks(snapshot.stacks), revision });
    if (res.changes !== 1) throw new Error(`scenario ${id} is not at revision ${revision}`);
  }

  setDeleted(id: string, at: string | null): void {
    this.q.setDeleted.run({ id, at });
  }

  /** Delete the row and (by cascade) its log; scenarios based on it keep their own data. */
  purge(id: string): void {
    this.q.purge.run(id);
  }
}

interface RawSnapshot {
  snapshot: string;
  snapshot_revision: number;
  revision: number;
}

/** A log row as both stores read it for the history: the patches as JSON text, or null when not asked for. */
export type RawLogged = Omit<LoggedEdit, 'patches'> & { patches: string | null };

export function toLogged(r: RawLogged): LoggedEdit {
  const { patches, ...row } = r;
  return patches === null ? row : { ...row, patches: JSON.parse(patches) as Patch[] };
}

/**
 * The document at `revision` from a snapshot and the log rows between them (both stores read the same rows): the
 * patches of snapshot_revision < r <= revision in order when going forward, the inverses of revision < r <=
 * snapshot_revision newest first when going back. Undefined when a row on the way is missing.
 */
export function replay(s: { snapshot: string; snapshot_revision: number }, revision: number, rows: readonly string[]): unknown {
  if (rows.length !== Math.abs(revision - s.snapshot_revision)) return undefined;
  let doc: unknown = JSON.parse(s.snapshot);
  for (const patches of rows) doc = applyPatches(doc, JSON.parse(patches) as Patch[]).doc;
  return doc;
}
