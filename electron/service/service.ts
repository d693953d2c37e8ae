// The service layer: one object that implements every operation of the API contract against the store.
// Electron's main process and the web mode both bind transports to `dispatch`; neither knows the other.
import path from 'node:path';
import { contract, type OpInput, type OpOutput } from '../../shared/api/contract';
import { ApiError, type ApiErrorData, type Envelope } from '../../shared/api/errors';
import { isOpName, type OpName } from '../../shared/api/ops';
import { t, type Lang } from '../../shared/i18n';
import { blankScenario } from '../../shared/model';
import { structureOf } from '../../shared/structure';
import { exportScenario } from '../files/exportScenario';
import { importScenario } from '../files/importScenario';
import { reviewImport } from '../files/reviewImport';
import { dbPathIn } from '../paths';
import { BACKUP_EVERY_MS, BackupSchedule } from '../store/backup';
import { AckWriter } from '../store/commits';
import { openDatabase, schemaVersion, type Db } from '../store/db';
import { storeError } from '../store/health';
import { ensurePrivateDir } from '../store/privacy';
import { defaultExamplesDir, Examples } from './examples';
import { ScenarioService } from './scenarios';
import { StartState } from './startState';
import { validateScenario } from './validate';
import { APP_NAME, APP_VERSION } from './version';

export interface ServiceOptions {
  dataDir: string;
  shell: 'electron' | 'web' | 'cli';
  nativeBinding?: string;
  /** The database file; default: handlingsrom.sqlite in dataDir. */
  dbPath?: string;
  /** Where the example scenarios are (*.handlingsrom). Default: <repo root>/resources/examples, found relative to
   *  this file (see examples.ts); the packaged app passes its resources folder. */
  examplesDir?: string;
  /** On the first start with an empty database, create the plan example. Default: true, except for the CLI. */
  seedExample?: boolean;
  /** Language of the texts the service composes when a call does not name one (default 'nb'). */
  lang?: Lang;
  /** Rewrite a scenario's snapshot every this many edits (default 200). */
  snapshotEvery?: number;
  /** The clock (ISO 8601 UTC); tests pass their own. */
  now?: () => string;
  /** Back up the database at start and every this many ms of editing (default 10 minutes; 0: no backups). The
   *  CLI makes none: it does not edit for minutes, and `--db` may name any file. */
  backupEveryMs?: number;
  /** Start on the scenario list instead of the last scenario (--no-open). */
  noOpen?: boolean;
  /** Open although acknowledged edits are missing or the -wal is damaged: the user chose to keep the database as
   *  it is (see store/commits.ts). */
  acceptLoss?: boolean;
}

type Result<K extends OpName> = OpOutput<K> | Promise<OpOutput<K>>;
type Handlers = { [K in OpName]: (input: OpInput<K>) => Result<K> };

export interface Service {
  readonly db: Db;
  /** The rotating backups of the database (undefined when the service makes none). */
  readonly backups: BackupSchedule | undefined;
  readonly scenarios: ScenarioService;
  /**
   * Validate an untrusted call and run it. Never throws: failures come back as an error envelope. Synchronous
   * for every operation except the xlsx export (exceljs writes asynchronously), which returns a Promise; a
   * transport should `await` the result (awaiting a plain value is harmless).
   */
  dispatch(op: unknown, payload: unknown): Envelope<unknown> | Promise<Envelope<unknown>>;
  /** `dispatch`, always as a Promise. */
  call(op: unknown, payload: unknown): Promise<Envelope<unknown>>;
  close(): void;
}

const SEEDED_KEY = 'store.seededExample';

/** Operations that change nothing; every other one counts as editing for the backup schedule. */
const READ_ONLY_OPS = new Set<string>(['app.info', 'app.start', 'app.opening', 'scenario.list', 'scenario.trash', 'scenario.examples', 'scenario.open', 'scenario.history', 'scenario.importReview', 'scenario.export', 'compare.export', 'xlsx.readChanges']);

function errorData(op: string, err: unknown, dbPath: string): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  // A full disk, a read-only or damaged database: a message that says what to do, not SQLite's words.
  const known = storeError(err, dbPath);
  if (known) {
    console.error(`[service] ${op} failed:`, err instanceof Error ? err.message : err);
    return known.toData();
  }
  console.error(`[service] ${op} failed`, err);
  return { code: 'api.internal', params: { op, detail: err instanceof Error ? err.message : String(err) } };
}

export function createService(opts: ServiceOptions): Service {
  const dbPath = opts.dbPath ?? dbPathIn(opts.dataDir);
  // The app's own data folder is private; a database file named on the command line lives where the user put it.
  if (!opts.dbPath) ensurePrivateDir(opts.dataDir);
  const db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding, acceptLoss: opts.acceptLoss });
  const acks = new AckWriter(db, dbPath);
  const everyMs = opts.backupEveryMs ?? (opts.shell === 'cli' ? 0 : BACKUP_EVERY_MS);
  const backups = everyMs > 0 ? new BackupSchedule(db, dbPath, everyMs) : undefined;
  void backups?.now();
  const scenarios = new ScenarioService(db, { validate: validateScenario, snapshotEvery: opts.snapshotEvery, now: opts.now });
  const examples = new Examples(opts.examplesDir ?? defaultExamplesDir());
  const defaultLang: Lang = opts.lang ?? 'nb';
  const langOf = (input: { lang?: Lang }) => input.lang ?? defaultLang;

  if (opts.seedExample ?? opts.shell !== 'cli') {
    try {
      seedExample(db, scenarios, examples);
    } catch (err) {
      // The app works without its example; say why it is missing and go on.
      console.error('[service] could not create the example scenario:', err instanceof ApiError ? `${err.code} ${JSON.stringify(err.params)}` : err);
    }
    acks.acknowledged();
  }

  const start = new StartState(db, opts.noOpen === true);

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: opts.dbPath ? path.dirname(dbPath) : opts.dataDir,
      dbPath,
      schemaVersion: schemaVersion(db),
      shell: opts.shell,
    }),
    'app.start': () => start.info(),
    'app.opening': (input) => start.opening(input.id),
    'scenario.list': () => scenarios.list(),
    'scenario.trash': () => scenarios.trash(),
    'scenario.examples': () => examples.list(defaultLang),
    'scenario.create': (input) => {
      const lang = langOf(input);
      if (input.from === 'example') {
        const doc = examples.load(input.exampleId ?? '', lang);
        return scenarios.insert(doc, { name: input.name });
      }
      const opts = {
        name: input.name ?? t(lang, 'store.newScenarioName'),
        firstYear: input.firstYear ?? new Date().getFullYear() + 1,
        years: input.years,
        municipality: input.municipality,
      };
      const doc = input.from === 'structure' ? structureOf(scenarios.document(input.sourceId ?? ''), opts) : blankScenario(opts);
      return scenarios.insert(validateScenario(doc, lang), {});
    },
    'scenario.duplicate': (input) => scenarios.duplicate(input.id, input.name, langOf(input)),
    'scenario.rename': (input) => scenarios.rename(input.id, { name: input.name, description: input.description }, langOf(input)),
    'scenario.delete': (input) => scenarios.delete(input.id),
    'scenario.restore': (input) => scenarios.restore(input.id),
    'scenario.purge': (input) => scenarios.purge(input.id),
    'scenario.open': (input) => scenarios.open(input.id),
    'scenario.edit': (input) => scenarios.edit({ ...input, lang: langOf(input) }),
    'scenario.undo': (input) => scenarios.undo(input.id, input.baseRevision, langOf(input)),
    'scenario.redo': (input) => scenarios.redo(input.id, input.baseRevision, langOf(input)),
    'scenario.history': (input) => scenarios.history(input.id, input.limit),
    'scenario.import': (input) => importScenario(scenarios, input.content, langOf(input)),
    'scenario.importReview': (input) => reviewImport(scenarios, input.content, langOf(input)),
    'scenario.export': (input) => {
      const { doc, revision } = scenarios.current(input.id);
      return exportScenario(doc, input.format, input.view, langOf(input), revision);
    },
    'compare.export': (input) => {
      const docs = input.ids.map((id) => {
        const doc = scenarios.document(id);
        return { id, name: doc.name, doc };
      });
      // Loaded on first use, as the xlsx export of a scenario: exceljs takes a third of a second to load.
      return import('../files/compareExport').then((m) => m.exportComparisonXlsx(docs, { onlyDiffs: input.onlyDiffs, view: input.view, lang: langOf(input) }));
    },
    // exceljs loads on first use, as for the export.
    'xlsx.readChanges': (input) =>
      import('../files/xlsxImport/readWorkbook').then((m) => m.readChangedWorkbook(input.fileName, Buffer.from(input.content, 'base64'))),
  };

  function dispatch(op: unknown, payload: unknown): Envelope<unknown> | Promise<Envelope<unknown>> {
    if (!isOpName(op)) return { ok: false, error: { code: 'api.unknownOperation', params: { op: String(op) } } };
    const parsed = contract[op].input.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        ok: false,
        error: { code: 'api.invalidInput', params: { op, path: first?.path.join('.') ?? '', detail: first?.message ?? '' } },
      };
    }
    try {
      const handler = handlers[op] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      if (value instanceof Promise) {
        return value.then(
          (v: unknown): Envelope<unknown> => ({ ok: true, value: v }),
          (err: unknown): Envelope<unknown> => ({ ok: false, error: errorData(op, err, dbPath) }),
        );
      }
      if (!READ_ONLY_OPS.has(op)) {
        acks.acknowledged();
        backups?.edited();
      }
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: errorData(op, err, dbPath) };
    }
  }

  return {
    db,
    backups,
    scenarios,
    dispatch,
    call: async (op, payload) => dispatch(op, payload),
    close: () => db.close(),
  };
}

/** The first start of an empty database gets the plan example, once (a user who deletes it is not pestered). */
function seedExample(db: Db, scenarios: ScenarioService, examples: Examples): void {
  const seeded = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SEEDED_KEY);
  if (seeded !== undefined) return;
  const count = db.prepare('SELECT count(*) FROM scenarios').pluck().get() as number;
  if (count === 0) {
    const id = examples.planId();
    if (id === undefined) return;
    db.transaction(() => {
      scenarios.insert(examples.load(id), {});
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, id);
    })();
  } else {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, 'existing');
  }
}
