// The API contract: the one list of operations the UI may ask of the back end, with the schema of each
// operation's input (validated by the service before anything runs) and the type of its result.
import { z } from '../model/zod';
import type { Scenario } from '../model';
import { VIEWS } from '../model/customLine';
import { LIMITS } from '../model/limits';
import { patchesSchema, type Patch, type Path } from '../patch';
import type { ReadWorkbook } from '../xlsxImport/types';
import type { CallName } from './calls';
import type { OpName } from './ops';
import type { SyncInput, SyncOpName, SyncOutput } from './sync';

export interface AppInfo {
  name: string;
  version: string;
  /** The folder that holds the database. */
  dataDir: string;
  dbPath: string;
  /** The database's schema version (SQLite user_version). */
  schemaVersion: number;
  /** 'electron' or 'web' */
  shell: string;
}

/** How the page starts: on the most recently changed scenario, or on the scenario list with a line saying why. */
export interface StartInfo {
  openLast: boolean;
  /** unfinished: the last opening of a scenario never got to its first painted view (a hang, a crash); asked: the
   *  app was started with --no-open. */
  reason?: 'unfinished' | 'asked';
  /** The scenario whose opening did not finish (its name), when it still exists. */
  name?: string;
}

/** One row of the list of saved scenarios. Times are ISO 8601 (UTC). */
export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  municipality: string;
  firstYear: number;
  years: number;
  createdAt: string;
  updatedAt: string;
  /** The scenario this one was duplicated from, and its current name (null once that one is purged). */
  basedOn: string | null;
  basedOnName: string | null;
  revision: number;
}

export interface TrashedScenario extends ScenarioSummary {
  deletedAt: string;
}

/** Where a scenario stands after an action: its revision (the next edit's baseRevision) and what undo/redo would do. */
export interface UndoState {
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the edit that undo would take back. */
  undoLabel?: string;
  redoLabel?: string;
}

/** A scenario's document at one revision. */
export interface ScenarioVersion {
  scenario: Scenario;
  revision: number;
}

export interface OpenedScenario extends UndoState {
  scenario: Scenario;
  basedOn: string | null;
  basedOnName: string | null;
  updatedAt: string;
  /** Set when the scenario is in the trash (it can be read, not edited). */
  deletedAt: string | null;
}

/** Undo and redo return the patches they applied, so the UI can apply the same to its copy of the document. */
export interface UndoResult extends UndoState {
  patches: Patch[];
}

export interface HistoryEntry {
  revision: number;
  at: string;
  kind: 'edit' | 'undo' | 'redo';
  label: string;
  /** For undo and redo: the revision of the edit they took back or did again. */
  target: number | null;
  /** On a team server: the user who made it (their id) and their name; absent on the laptop. */
  author?: string;
  authorName?: string;
  /** When asked for (`paths`): the document paths the step changed, so a change can be traced to who made it. */
  paths?: Path[];
}

export interface ExampleInfo {
  id: string;
  name: string;
  description: string;
}

export interface CreatedScenario {
  id: string;
  name: string;
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  /** The file's bytes: UTF-8 text, or base64 for binary formats (xlsx). */
  content: string;
  encoding: 'utf8' | 'base64';
}

/** What a scenario file is to the store before it is imported: a new scenario, or a later version of one the
 *  store has (it descends from it), to be reviewed against it. */
export interface ImportReview {
  /** The file's scenario, validated in full ("theirs"). */
  theirs: Scenario;
  /** The live scenario the file descends from (the nearest in its lineage), or null: then it can only be imported
   *  as a new scenario. */
  target: { id: string; name: string; revision: number } | null;
  /** The target's document now ("mine"). */
  mine: Scenario | null;
  /** The common ancestor (the target as it was exported), or null: the comparison is then two-way. */
  base: Scenario | null;
  /** The origin the target was found by: the name and revision the file says it was exported from, and when the
   *  store made that revision (ISO 8601; null when the file names no revision or the store no longer has it). The
   *  user reads the time, never the internal revision number. */
  origin: { name: string; revision: number | null; at: string | null } | null;
  /** Why the comparison is two-way, as an i18n key (review.fallback.*), when there is a target but no ancestor. */
  fallback: string | null;
  /** The name of a scenario the file descends from that is in the trash (then there is no target). */
  trashed: string | null;
}

function op<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O };
}

const id = z.string().min(1).max(100);
const revision = z.number().int().min(0);
const scenarioName = z.string().trim().min(1).max(200);
/** The language of messages that the service composes (validation details, labels, export headings). */
const lang = z.enum(['nb', 'en']).optional();
const none = z.strictObject({});

const idOnly = z.strictObject({ id });
const openingInput = z.strictObject({ id: id.nullable() });
const createInput = z
  .strictObject({
    /** blank: an empty model; example: a copy of an example; structure: the areas, items, assumptions and lines of
     *  the scenario `sourceId`, without its numbers. */
    from: z.enum(['blank', 'example', 'structure']),
    exampleId: z.string().min(1).max(100).optional(),
    sourceId: id.optional(),
    name: scenarioName.optional(),
    /** For blank and structure: the municipality and the horizon (default: next year, 4 years). */
    municipality: z.string().trim().max(LIMITS.maxName).optional(),
    firstYear: z.number().int().min(LIMITS.minYear).max(LIMITS.maxYear).optional(),
    years: z.number().int().min(1).max(LIMITS.maxYears).optional(),
    lang,
  })
  .refine((v) => v.from !== 'example' || v.exampleId !== undefined, { message: 'exampleId', path: ['exampleId'] })
  .refine((v) => v.from !== 'structure' || v.sourceId !== undefined, { message: 'sourceId', path: ['sourceId'] });
const duplicateInput = z.strictObject({ id, name: scenarioName.optional(), lang });
const renameInput = z
  .strictObject({ id, name: scenarioName.optional(), description: z.string().max(10_000).optional(), lang })
  .refine((v) => v.name !== undefined || v.description !== undefined, { message: 'name or description', path: ['name'] });
const editInput = z.strictObject({ id, baseRevision: revision, label: z.string().max(200), patches: patchesSchema, lang });
const stepInput = z.strictObject({ id, baseRevision: revision, lang });
const historyInput = z.strictObject({ id, limit: z.number().int().min(1).max(100_000).optional(), paths: z.boolean().optional() });
const versionInput = z.strictObject({ id, revision });
// The size limit with its own message is the importer's (50 MB); this bound only protects the transport.
const importInput = z.strictObject({ fileName: z.string().max(1000), content: z.string().max(200_000_000), lang });
const exportInput = z.strictObject({ id, format: z.enum(['handlingsrom', 'xlsx', 'csv']), view: z.enum(VIEWS).optional(), lang });

// The reader's own limit (20 MB, with its message) is checked on the bytes; this bound only protects the transport.
const readXlsxInput = z.strictObject({ fileName: z.string().max(1000), content: z.string().max(30_000_000), lang });

const compareExportInput = z.strictObject({
  ids: z.array(id).min(2).max(4),
  onlyDiffs: z.boolean().optional(),
  view: z.enum(VIEWS).optional(),
  lang,
});

export const contract = {
  'app.info': op<typeof none, AppInfo>(none),
  /** Whether the page opens the last scenario at start (see StartInfo). */
  'app.start': op<typeof none, StartInfo>(none),
  /** The page starts opening a scenario (its id), or has painted its first view (null). An opening that never
   *  finishes is not repeated at the next start. */
  'app.opening': op<typeof openingInput, null>(openingInput),
  /** Scenarios not in the trash, the most recently changed first. */
  'scenario.list': op<typeof none, ScenarioSummary[]>(none),
  'scenario.trash': op<typeof none, TrashedScenario[]>(none),
  /** The example scenarios shipped with the app (resources/examples). */
  'scenario.examples': op<typeof none, ExampleInfo[]>(none),
  /** A blank scenario, a copy of an example, or another scenario's structure without its numbers; a name already
   *  in the list gets " (2)". */
  'scenario.create': op<typeof createInput, CreatedScenario>(createInput),
  /** A copy that records what it was based on. */
  'scenario.duplicate': op<typeof duplicateInput, CreatedScenario>(duplicateInput),
  /** A patch of the document's name and description, so it is undoable. */
  'scenario.rename': op<typeof renameInput, UndoState>(renameInput),
  /** To the trash. */
  'scenario.delete': op<typeof idOnly, { id: string; deletedAt: string }>(idOnly),
  'scenario.restore': op<typeof idOnly, { id: string; name: string }>(idOnly),
  /** Deletes a scenario in the trash for good, with its history. */
  'scenario.purge': op<typeof idOnly, { id: string }>(idOnly),
  'scenario.open': op<typeof idOnly, OpenedScenario>(idOnly),
  /** Apply patches as one undoable edit; refused (store.stale) unless baseRevision is the current revision. */
  'scenario.edit': op<typeof editInput, UndoState>(editInput),
  'scenario.undo': op<typeof stepInput, UndoResult>(stepInput),
  'scenario.redo': op<typeof stepInput, UndoResult>(stepInput),
  /** The log of changes, newest first. */
  'scenario.history': op<typeof historyInput, HistoryEntry[]>(historyInput),
  /** The document as it was at an earlier revision (Historikk restores it as a new, undoable edit); refused
   *  (store.versionGone) when the store can no longer give it. */
  'scenario.version': op<typeof versionInput, ScenarioVersion>(versionInput),
  /** A .handlingsrom file's text; validated completely before anything is written; always a new scenario. */
  'scenario.import': op<typeof importInput, CreatedScenario>(importInput),
  /** Read a .handlingsrom file (validated as for import, nothing written) and find the scenario it descends from,
   *  with the common ancestor when the store can still give it (docs/architecture.md: the edit log). */
  'scenario.importReview': op<typeof importInput, ImportReview>(importInput),
  /** CSV exports one view (required); xlsx is base64. */
  'scenario.export': op<typeof exportInput, ExportedFile>(exportInput),
  /** 2–4 scenarios side by side as an .xlsx workbook: the aligned lines with differences, and what changed. */
  'compare.export': op<typeof compareExportInput, ExportedFile>(compareExportInput),
  /** A workbook exported by the app and changed by a colleague (base64): its view sheets by key and year, and the
   *  hidden sheet naming the scenario it came from. Reads only; the page compares it with the scenario it shows. */
  'xlsx.readChanges': op<typeof readXlsxInput, ReadWorkbook>(readXlsxInput),
} satisfies Record<OpName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpOutput<K extends OpName> = Contract[K]['output'];

/** Any operation of the page's back end (calls.ts): the scenario service's, or the laptop's sync operations. */
export type CallInput<K extends CallName> = K extends OpName ? OpInput<K> : K extends SyncOpName ? SyncInput<K> : never;
export type CallOutput<K extends CallName> = K extends OpName ? OpOutput<K> : K extends SyncOpName ? SyncOutput<K> : never;

/** The one interface the renderer programs against; each transport implements it. */
export interface Api {
  call<K extends CallName>(op: K, input: CallInput<K>): Promise<CallOutput<K>>;
}
